#include "core/providers/localserverdetector.h"

#include "core/providers/apicall.h"
#include "core/providers/chatcompletionsprotocol.h"

namespace Cb::Core {

QList<LocalServerCandidate> LocalServerDetector::defaultCandidates()
{
    return {{11434, QStringLiteral("Ollama")},
            {8080, QStringLiteral("llama.cpp")},
            {8000, QStringLiteral("vLLM")},
            {1234, QStringLiteral("LM Studio")}};
}

LocalServerDetector::LocalServerDetector(QNetworkAccessManager* nam,
                                         QList<LocalServerCandidate> candidates, int probeTimeoutMs,
                                         QObject* parent)
    : QObject(parent), m_nam(nam), m_candidates(std::move(candidates)),
      m_probeTimeoutMs(probeTimeoutMs)
{
}

QList<DetectedServer> LocalServerDetector::found() const
{
    QList<DetectedServer> out;
    for (const auto& r : m_results) {
        if (r)
            out << *r;
    }
    return out;
}

void LocalServerDetector::start()
{
    if (m_pending > 0)
        return;
    m_results = QList<std::optional<DetectedServer>>(m_candidates.size());
    m_pending = int(m_candidates.size());
    if (m_pending == 0) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT finished({}); }, Qt::QueuedConnection);
        return;
    }
    ProviderOptions probe;
    probe.retry.maxRetries = 0; // a closed port is an answer, not a glitch
    probe.timeouts.firstByteMs = m_probeTimeoutMs;
    probe.timeouts.totalMs = 2LL * m_probeTimeoutMs;
    for (qsizetype i = 0; i < m_candidates.size(); ++i) {
        const LocalServerCandidate c = m_candidates[i];
        ProviderRequest r;
        r.kind = ProviderKind::ChatCompletions;
        r.baseUrl = QStringLiteral("http://127.0.0.1:%1/v1").arg(c.port);
        auto* call = new ApiCall(
            m_nam, r.kind, QString(), QString(), ChatCompletionsProtocol::listModelsCall(r),
            ApiCall::typedParser(&ChatCompletionsProtocol::parseModels), probe, this);
        connect(call, &ApiCall::finished, this,
                [this, i, c, base = r.baseUrl, call](const QVariant& v) {
                    m_results[i] = DetectedServer{c.name, base, v.toStringList()};
                    Q_EMIT serverFound(*m_results[i]);
                    call->deleteLater();
                    probeDone();
                });
        connect(call, &ApiCall::failed, this, [this, call](const Error&) {
            call->deleteLater();
            probeDone();
        });
    }
}

void LocalServerDetector::probeDone()
{
    if (--m_pending == 0)
        Q_EMIT finished(found());
}

} // namespace Cb::Core
