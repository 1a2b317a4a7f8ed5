#pragma once

#include "core/common/error.h"
#include "core/providers/httpcall.h"
#include "core/providers/providerkind.h"
#include "core/providers/provideroptions.h"

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Cb::Core {

// Small stateless helpers shared by the reply classes: sending an HttpCall, reading the status,
// describing transport errors and computing backoff delays.
class HttpTransport
{
public:
    static QNetworkReply* send(QNetworkAccessManager* nam, const HttpCall& call);
    // Fire-and-forget request (server-side cancel): the reply deletes itself when done, even
    // if the object that asked for it is gone by then.
    static void sendDetached(QNetworkAccessManager* nam, const HttpCall& call);
    // Detaches `reply` from `receiver`, aborts it if still running, schedules its deletion and
    // nulls the pointer. Safe inside the reply's own signals.
    static void release(QNetworkReply*& reply, QObject* receiver);
    // HTTP status, or 0 when no response headers arrived.
    static int status(const QNetworkReply* reply);
    static HttpHeaders headers(const QNetworkReply* reply);
    // A transport-level failure (refused, reset, DNS) described for people.
    static Error transportError(ProviderKind kind, const QNetworkReply* reply, bool midStream);
    // Wait before retry number `retry` (1-based): the server's delay if given, else exponential
    // backoff with optional jitter; both capped by policy.maxDelayMs.
    static qint64 backoffDelayMs(const RetryPolicy& policy, int retry,
                                 std::optional<qint64> serverDelayMs);
    static QString describeDuration(qint64 ms);
};

} // namespace Cb::Core
