#pragma once

#include "core/common/error.h"
#include "core/providers/providerkind.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>
#include <utility>

namespace Cb::Core {

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

// What went wrong with a non-2xx response and whether another attempt may help.
struct HttpFailure
{
    Error error;
    bool retryable = false;
    std::optional<qint64> retryAfterMs; // server-requested wait, if it said one
};

// Fields common to the three error body shapes (OpenAI/Ollama, Anthropic, google.rpc).
struct ProviderErrorBody
{
    QString message;
    QString type; // OpenAI/Anthropic "type", Gemini "status"
    QString code; // OpenAI "code", Anthropic error.details.error_code
    QString param;
    std::optional<qint64> retryDelayMs; // Gemini RetryInfo.retryDelay
};

// Pure mapping from HTTP status, headers and body to an Error people can act on. Messages name
// the provider and never contain the API key (it is redacted if the provider echoes it).
class HttpErrorClassifier
{
public:
    static HttpFailure classify(ProviderKind kind, int status, const HttpHeaders& headers,
                                const QByteArray& body, const QString& model,
                                const QString& apiKey);
    // Where a provider's error object was found, so the message names the right phase.
    enum class ErrorPhase
    {
        Stream,         // inside a 200 stream (`error` event / `{"error":…}` chunk)
        BackgroundPoll, // in a background response read by polling: there was no stream
        BatchResult,    // in one result line of a Batch API output file
    };
    static Error fromStreamError(ProviderKind kind, const QJsonObject& payload,
                                 const QString& apiKey, ErrorPhase phase = ErrorPhase::Stream);
    static ProviderErrorBody parseErrorBody(const QByteArray& body);
    static ProviderErrorBody parseErrorObject(const QJsonObject& payload);
    // Delay requested by retry-after-ms, Retry-After (seconds or HTTP date), the
    // x-ratelimit-reset-* Go durations or anthropic-ratelimit-*-reset timestamps.
    static std::optional<qint64> retryDelayFromHeaders(const HttpHeaders& headers,
                                                       const QDateTime& nowUtc);
    static QByteArray headerValue(const HttpHeaders& headers, QByteArrayView name);
    static QString redact(QString message, const QString& apiKey);
};

} // namespace Cb::Core
