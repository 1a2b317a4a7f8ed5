#pragma once

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace Cb::Core {

class ApiCall;

struct LocalServerCandidate
{
    quint16 port = 0;
    QString name; // "Ollama", "llama.cpp", ...
};

struct DetectedServer
{
    QString name;
    QString baseUrl; // ready for ProviderRequest::baseUrl (includes /v1)
    QStringList models;
};

// Probes the usual local OpenAI-compatible servers (Ollama 11434, llama.cpp 8080, vLLM 8000,
// LM Studio 1234 — injectable, so tests use port-0 servers) with GET {base}/models, all in
// parallel, no retries, short timeout. Emits serverFound for each answer and then finished()
// once, with every server found in candidate order. GUI thread; owned by the caller.
class LocalServerDetector : public QObject
{
    Q_OBJECT

public:
    static QList<LocalServerCandidate> defaultCandidates();

    LocalServerDetector(QNetworkAccessManager* nam,
                        QList<LocalServerCandidate> candidates = defaultCandidates(),
                        int probeTimeoutMs = 1500, QObject* parent = nullptr);

    void start();
    bool isRunning() const { return m_pending > 0; }
    QList<DetectedServer> found() const;

Q_SIGNALS:
    void serverFound(const Cb::Core::DetectedServer& server);
    void finished(const QList<Cb::Core::DetectedServer>& servers);

private:
    void probeDone();

    QPointer<QNetworkAccessManager> m_nam;
    QList<LocalServerCandidate> m_candidates;
    int m_probeTimeoutMs;
    QList<std::optional<DetectedServer>> m_results;
    int m_pending = 0;
};

} // namespace Cb::Core
