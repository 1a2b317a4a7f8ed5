#pragma once

#include "core/providers/provideroptions.h"
#include "core/providers/providerreply.h"
#include "core/providers/providerrequest.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <QNetworkAccessManager>

namespace Cb::Core {

class ApiCall;
struct ResponseSnapshot;

// An OpenAI Responses call in background mode without a stream (o3-pro): creates the response
// (background:true, store:true) — or, given an id, picks up an existing one after a restart —
// then polls GET /responses/{id} with a growing interval until a terminal status or the hard
// deadline of PollPolicy (a response can stay "queued" forever). The text arrives at once at the
// end. cancel() also sends POST /responses/{id}/cancel. States: Waiting → Queued → InProgress →
// Finished / Failed / Cancelled. GUI thread only; same ownership rules as ProviderReply.
class BackgroundPollReply final : public ProviderReply
{
    Q_OBJECT

public:
    BackgroundPollReply(QNetworkAccessManager* nam, const ProviderRequest& request,
                        const QString& existingResponseId, const ProviderOptions& options,
                        QObject* parent = nullptr);
    ~BackgroundPollReply() override;

protected:
    void abortTransport() override;
    void cancelOnServer() override;

private:
    void start();
    void poll();
    void onSnapshot(const ResponseSnapshot& snapshot);
    void scheduleNextPoll(const QString& status);
    void watch(ApiCall* call);

    QPointer<QNetworkAccessManager> m_nam;
    ProviderRequest m_request;
    ProviderOptions m_options;
    QPointer<ApiCall> m_call;
    QTimer m_pollTimer;
    QElapsedTimer m_sinceStart;
    qint64 m_intervalMs = 0;
};

} // namespace Cb::Core
