#include "core/providers/streamingreply.h"

#include "core/providers/httperrorclassifier.h"
#include "core/providers/httptransport.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Cb::Core {

StreamingReply::StreamingReply(QNetworkAccessManager* nam, const ProviderRequest& request,
                               Result<HttpCall> call, std::unique_ptr<StreamMapper> mapper,
                               const ProviderOptions& options, QObject* parent)
    : ProviderReply(request.kind, request.model, parent), m_nam(nam), m_kindForErrors(request.kind),
      m_apiKey(request.apiKey), m_call(std::move(call)), m_mapper(std::move(mapper)),
      m_options(options)
{
    for (QTimer* t : {&m_firstByteTimer, &m_idleTimer, &m_totalTimer, &m_retryTimer})
        t->setSingleShot(true);
    // Coarse timers may fire 5 % early; a retry must never beat the server's Retry-After.
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_firstByteTimer, &QTimer::timeout, this, [this] {
        failPhase(tr("waiting for the first byte of the response"),
                  m_options.timeouts.firstByteMs);
    });
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        const Error e(ErrorCode::Timeout, QString());
        if (!tryResume(e))
            failPhase(tr("idle: no data between stream events"),
                      m_options.timeouts.idleMs);
    });
    connect(&m_totalTimer, &QTimer::timeout, this, [this] {
        failPhase(tr("total time for the call"), m_options.timeouts.totalMs);
    });
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { sendAttempt(m_currentCall); });
    QMetaObject::invokeMethod(this, &StreamingReply::start, Qt::QueuedConnection);
}

StreamingReply::~StreamingReply()
{
    releaseNet();
}

void StreamingReply::setBackgroundResume(ResumeFactory resume, CancelFactory cancel)
{
    m_resumeFactory = std::move(resume);
    m_cancelFactory = std::move(cancel);
}

void StreamingReply::start()
{
    if (isDone())
        return;
    if (!m_call) {
        failWith(m_call.error());
        return;
    }
    m_totalTimer.start(int(std::min<qint64>(m_options.timeouts.totalMs, INT_MAX)));
    m_currentCall = *m_call;
    sendAttempt(m_currentCall);
}

void StreamingReply::sendAttempt(const HttpCall& call)
{
    if (isDone())
        return;
    if (!m_nam) {
        failWith(Error(
            ErrorCode::Network,
            QCoreApplication::translate("Cb::Core::StreamingReply",
                                        "The network manager is gone; the call cannot run.")));
        return;
    }
    releaseNet();
    countAttempt();
    if (state() == ReplyState::Retrying)
        setState(ReplyState::Waiting);
    m_status = 0;
    m_errorBody.clear();
    m_bodyStarted = false;
    m_net = HttpTransport::send(m_nam, call);
    connect(m_net, &QNetworkReply::metaDataChanged, this, &StreamingReply::onMetaData);
    connect(m_net, &QNetworkReply::readyRead, this, &StreamingReply::onReadyRead);
    connect(m_net, &QNetworkReply::finished, this, &StreamingReply::onNetFinished);
    m_firstByteTimer.start(int(std::min<qint64>(m_options.timeouts.firstByteMs, INT_MAX)));
}

void StreamingReply::onMetaData()
{
    m_status = HttpTransport::status(m_net);
    if (m_status == 0)
        return;
    m_firstByteTimer.stop();
    if (m_status >= 200 && m_status < 300) {
        m_idleTimer.start(int(std::min<qint64>(m_options.timeouts.idleMs, INT_MAX)));
        // Accepted: from here silence means the model is thinking.
        if (state() == ReplyState::Waiting || state() == ReplyState::Retrying ||
            state() == ReplyState::Resuming)
            setState(ReplyState::Thinking);
    }
}

void StreamingReply::onReadyRead()
{
    if (!m_net)
        return;
    if (m_status == 0)
        onMetaData();
    const QByteArray bytes = m_net->readAll();
    if (m_status < 200 || m_status >= 300) {
        // Only the start of an error body is useful, and an endless one must not pile up.
        m_errorBody += bytes.left(kMaxErrorBody - m_errorBody.size());
        return;
    }
    m_idleTimer.start();
    const qint64 room = m_options.maxResponseBytes - m_bodyBytes;
    m_bodyBytes += bytes.size();
    if (bytes.size() <= room) {
        consume(bytes);
        // Idle means the server was silent: time spent parsing a large read does not count.
        if (!isDone() && m_idleTimer.isActive())
            m_idleTimer.start();
        return;
    }
    // Keep what fits under the limit (one read can carry megabytes), then stop.
    consume(bytes.left(qsizetype(std::max<qint64>(room, 0))));
    if (!isDone())
        failOversized();
}

void StreamingReply::consume(const QByteArray& bytes)
{
    if (bytes.isEmpty())
        return;
    m_bodyStarted = true;
    for (const SseEvent& sse : m_decoder.feed(bytes)) {
        for (const StreamEvent& ev : m_mapper->map(sse)) {
            if (ev.kind == StreamEvent::Kind::TextDelta ||
                ev.kind == StreamEvent::Kind::ReasoningDelta)
                m_outputStarted = true;
            // A terminal event ends the reply at once; the server may keep the socket open.
            if (applyEvent(ev))
                return;
        }
    }
}

void StreamingReply::onNetFinished()
{
    if (!m_net || isDone())
        return;
    if (m_status == 0)
        m_status = HttpTransport::status(m_net);
    const QByteArray rest = m_net->readAll();
    const bool httpOk = m_status >= 200 && m_status < 300;
    if (m_status != 0 && !httpOk) {
        m_errorBody += rest.left(kMaxErrorBody - m_errorBody.size());
        const HttpFailure f =
            HttpErrorClassifier::classify(m_kindForErrors, m_status, HttpTransport::headers(m_net),
                                          m_errorBody, model(), m_apiKey);
        releaseNet();
        retryOrFail(f.error, f.retryable, f.retryAfterMs);
        return;
    }
    consume(rest);
    if (isDone())
        return;
    if (m_net->error() != QNetworkReply::NoError) {
        const bool midStream = m_bodyStarted;
        const Error e = HttpTransport::transportError(m_kindForErrors, m_net, midStream);
        releaseNet();
        if (!midStream)
            retryOrFail(e, true, std::nullopt);
        else if (!tryResume(e))
            failWith(e);
        return;
    }
    releaseNet();
    handleEndOfStream();
}

void StreamingReply::handleEndOfStream()
{
    if (!m_mapper->terminated() &&
        tryResume(Error(ErrorCode::Network, QCoreApplication::translate("Cb::Core::StreamingReply",
                                                                        "stream ended early"))))
        return;
    for (const StreamEvent& ev : m_mapper->finish()) {
        StreamEvent e = ev;
        if (e.kind == StreamEvent::Kind::Failed && m_outputStarted)
            e.error.message += QCoreApplication::translate("Cb::Core::StreamingReply",
                                                           " The partial output was kept.");
        if (applyEvent(e))
            break;
    }
    if (!isDone())
        failWith(Error(ErrorCode::Parse,
                       QCoreApplication::translate("Cb::Core::StreamingReply",
                                                   "%1: the stream ended without a result.")
                           .arg(providerDisplayName(m_kindForErrors))));
}

bool StreamingReply::tryResume(const Error& reason)
{
    Q_UNUSED(reason);
    if (!m_resumeFactory || responseId().isEmpty() || m_mapper->terminated() ||
        m_resumes >= m_options.poll.maxResumes || isDone())
        return false;
    ++m_resumes;
    releaseNet();
    m_idleTimer.stop();
    // A fresh decoder: the cut may have left half an event behind.
    m_decoder.reset();
    setState(ReplyState::Resuming);
    m_currentCall = m_resumeFactory(responseId(), m_mapper->lastSequence());
    // Back off a little so a flapping connection does not hammer the server.
    m_retryTimer.start(
        int(HttpTransport::backoffDelayMs(m_options.retry, m_resumes, std::nullopt)));
    return true;
}

void StreamingReply::retryOrFail(const Error& error, bool retryable,
                                 std::optional<qint64> serverDelayMs)
{
    if (!retryable || m_retries >= m_options.retry.maxRetries) {
        failWith(error);
        return;
    }
    ++m_retries;
    const qint64 delay = HttpTransport::backoffDelayMs(m_options.retry, m_retries, serverDelayMs);
    setTransientError(
        Error(error.code, tr("%1 Retrying in %2.").arg(error.message, HttpTransport::describeDuration(delay))));
    setState(ReplyState::Retrying);
    m_retryTimer.start(int(delay));
}

void StreamingReply::failPhase(const QString& phase, qint64 limitMs)
{
    if (isDone())
        return;
    abortTransport();
    QString msg = tr("%1: timed out (%2, limit %3).")
                      .arg(providerDisplayName(m_kindForErrors), phase, HttpTransport::describeDuration(limitMs));
    if (m_outputStarted)
        msg += tr(" The partial output was kept.");
    failWith(Error(ErrorCode::Timeout, msg));
}

void StreamingReply::failOversized()
{
    QString msg = tr("%1: the response passed the limit of %2 MB and was stopped; the server kept streaming "
                     "without end.")
                      .arg(providerDisplayName(m_kindForErrors))
                      .arg(m_options.maxResponseBytes / (1024 * 1024));
    if (m_outputStarted)
        msg += tr(" The partial output was kept.");
    failWith(Error(ErrorCode::TooLarge, msg));
}

void StreamingReply::releaseNet()
{
    HttpTransport::release(m_net, this);
}

void StreamingReply::abortTransport()
{
    for (QTimer* t : {&m_firstByteTimer, &m_idleTimer, &m_totalTimer, &m_retryTimer})
        t->stop();
    releaseNet();
}

void StreamingReply::cancelOnServer()
{
    if (m_cancelFactory && !responseId().isEmpty() && m_nam)
        HttpTransport::sendDetached(m_nam, m_cancelFactory(responseId()));
}

} // namespace Cb::Core
