#include "core/providers/backgroundpollreply.h"

#include <QCoreApplication>

#include "core/providers/apicall.h"
#include "core/providers/httptransport.h"
#include "core/providers/responsesprotocol.h"

#include <QJsonDocument>

namespace Cb::Core {

namespace {

Result<QVariant> parseResponseBody(const QByteArray& body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject() || !doc.object().contains(QStringLiteral("status")))
        return fail(ErrorCode::Parse,
                    QCoreApplication::translate("Cb::Core::BackgroundPollReply",
                                                "OpenAI: the response object has no status."));
    return QVariant(doc.object());
}

} // namespace

BackgroundPollReply::BackgroundPollReply(QNetworkAccessManager* nam, const ProviderRequest& request,
                                         const QString& existingResponseId,
                                         const ProviderOptions& options, QObject* parent)
    : ProviderReply(request.kind, request.model, parent), m_nam(nam), m_request(request),
      m_options(options), m_intervalMs(options.poll.initialIntervalMs)
{
    m_request.background = true;
    m_request.stream = false;
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &BackgroundPollReply::poll);
    if (!existingResponseId.isEmpty())
        setResponseId(existingResponseId);
    QMetaObject::invokeMethod(this, &BackgroundPollReply::start, Qt::QueuedConnection);
}

BackgroundPollReply::~BackgroundPollReply()
{
    abortTransport();
}

void BackgroundPollReply::start()
{
    if (isDone())
        return;
    m_sinceStart.start();
    if (!responseId().isEmpty()) {
        poll();
        return;
    }
    countAttempt();
    watch(new ApiCall(m_nam, m_request.kind, m_request.model, m_request.apiKey,
                      ResponsesProtocol::createCall(m_request), parseResponseBody, m_options,
                      this));
}

void BackgroundPollReply::poll()
{
    if (isDone())
        return;
    watch(new ApiCall(m_nam, m_request.kind, m_request.model, m_request.apiKey,
                      ResponsesProtocol::retrieveCall(m_request, responseId()), parseResponseBody,
                      m_options, this));
}

void BackgroundPollReply::watch(ApiCall* call)
{
    if (m_call)
        m_call->deleteLater();
    m_call = call;
    connect(call, &ApiCall::finished, this, [this](const QVariant& v) {
        onSnapshot(ResponsesProtocol::parseResponse(v.toJsonObject()));
    });
    connect(call, &ApiCall::failed, this, [this](const Error& e) {
        Error err = e;
        if (e.code == ErrorCode::NotFound && !responseId().isEmpty())
            err.message =
                QCoreApplication::translate("Cb::Core::BackgroundPollReply", "OpenAI: background response %1 is unknown or expired (stored "
                                           "responses are kept only for a while).")
                    .arg(responseId());
        failWith(err);
    });
}

void BackgroundPollReply::onSnapshot(const ResponseSnapshot& s)
{
    setResponseId(s.id);
    if (!s.model.isEmpty())
        setModelEcho(s.model);
    if (!s.isTerminal()) {
        setState(s.status == QStringLiteral("queued") ? ReplyState::Queued
                                                      : ReplyState::InProgress);
        scheduleNextPoll(s.status);
        return;
    }
    if (s.usage.isKnown())
        updateUsage(s.usage);
    for (const StreamEvent& e :
         ResponsesProtocol::terminalEvents(s, true, true, m_request.apiKey,
                                          HttpErrorClassifier::ErrorPhase::BackgroundPoll)) {
        if (applyEvent(e))
            break;
    }
}

void BackgroundPollReply::scheduleNextPoll(const QString& status)
{
    const qint64 elapsed = m_sinceStart.elapsed();
    if (elapsed + m_intervalMs > m_options.poll.deadlineMs) {
        failWith(Error(
            ErrorCode::Timeout,
            QCoreApplication::translate("Cb::Core::BackgroundPollReply", "OpenAI: timed out (polling deadline, limit %1): background response %2 "
                           "is still '%3'. It may still finish; resume it later by id.")
                .arg(HttpTransport::describeDuration(m_options.poll.deadlineMs), responseId(),
                     status)));
        return;
    }
    m_pollTimer.start(int(m_intervalMs));
    m_intervalMs = std::min<qint64>(qint64(double(m_intervalMs) * m_options.poll.factor),
                                    m_options.poll.maxIntervalMs);
}

void BackgroundPollReply::abortTransport()
{
    m_pollTimer.stop();
    if (m_call) {
        m_call->abort();
        m_call->deleteLater();
        m_call = nullptr;
    }
}

void BackgroundPollReply::cancelOnServer()
{
    if (!responseId().isEmpty() && m_nam)
        HttpTransport::sendDetached(m_nam, ResponsesProtocol::cancelCall(m_request, responseId()));
}

} // namespace Cb::Core
