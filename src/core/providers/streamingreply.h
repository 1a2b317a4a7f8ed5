#pragma once

#include "core/common/result.h"
#include "core/providers/httpcall.h"
#include "core/providers/provideroptions.h"
#include "core/providers/providerreply.h"
#include "core/providers/providerrequest.h"
#include "core/providers/ssedecoder.h"
#include "core/providers/streammapper.h"

#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

#include <QNetworkAccessManager>
class QNetworkReply;

namespace Cb::Core {

// A ProviderReply driven by one streaming HTTP request: SSE decoding, per-provider mapping,
// retries with backoff for 429/5xx/529/refused connections before the stream starts, and the
// three phase timeouts (first byte, idle gap, total). A stream that drops after output began
// fails with the partial output kept — unless resume factories are set (OpenAI background +
// stream), in which case it reconnects with starting_after and dedupes by sequence number.
// Starts on the next event-loop turn so callers can connect first. GUI thread only.
class StreamingReply final : public ProviderReply
{
    Q_OBJECT

public:
    using ResumeFactory = std::function<HttpCall(const QString& responseId, qint64 afterSequence)>;
    using CancelFactory = std::function<HttpCall(const QString& responseId)>;

    StreamingReply(QNetworkAccessManager* nam, const ProviderRequest& request,
                   Result<HttpCall> call, std::unique_ptr<StreamMapper> mapper,
                   const ProviderOptions& options, QObject* parent = nullptr);
    ~StreamingReply() override;

    void setBackgroundResume(ResumeFactory resume, CancelFactory cancel);

protected:
    void abortTransport() override;
    void cancelOnServer() override;

private:
    void start();
    void sendAttempt(const HttpCall& call);
    void onMetaData();
    void onReadyRead();
    void onNetFinished();
    void consume(const QByteArray& bytes);
    void handleEndOfStream();
    bool tryResume(const Error& reason);
    void retryOrFail(const Error& error, bool retryable, std::optional<qint64> serverDelayMs);
    void failPhase(const QString& phase, qint64 limitMs);
    void failOversized();

    static constexpr qsizetype kMaxErrorBody = 1 << 20;
    void releaseNet();

    QPointer<QNetworkAccessManager> m_nam;
    ProviderKind m_kindForErrors;
    QString m_apiKey;
    Result<HttpCall> m_call;
    HttpCall m_currentCall; // what a retry re-sends: the create call or the latest resume
    std::unique_ptr<StreamMapper> m_mapper;
    ProviderOptions m_options;
    ResumeFactory m_resumeFactory;
    CancelFactory m_cancelFactory;
    SseDecoder m_decoder;
    QNetworkReply* m_net = nullptr;
    QByteArray m_errorBody;
    qint64 m_bodyBytes = 0; // over all attempts, against ProviderOptions::maxResponseBytes
    int m_status = 0;
    bool m_bodyStarted = false;
    bool m_outputStarted = false;
    int m_retries = 0;
    int m_resumes = 0;
    QTimer m_firstByteTimer;
    QTimer m_idleTimer;
    QTimer m_totalTimer;
    QTimer m_retryTimer;
};

} // namespace Cb::Core
