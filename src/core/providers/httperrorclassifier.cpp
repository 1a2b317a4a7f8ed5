#include "core/providers/httperrorclassifier.h"

#include "core/providers/goduration.h"
#include "core/secrets/secretencodings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace Cb::Core {

namespace {

QString jsonScalar(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

bool isNonRetryable429(const ProviderErrorBody& e, const QByteArray& body)
{
    static const QStringList markers = {
        QStringLiteral("insufficient_quota"),
        QStringLiteral("enforced_spend_limit_reached"),
        QStringLiteral("billing"),
    };
    for (const QString& m : markers) {
        if (e.code.contains(m) || e.type.contains(m))
            return true;
    }
    // The whole per-minute budget is smaller than the request: waiting cannot help.
    if (e.message.startsWith(QStringLiteral("Request too large"), Qt::CaseInsensitive))
        return true;
    // Gemini daily quotas stay exhausted until the next day.
    return body.contains("PerDay");
}

// "Please try again in 1.574s." in OpenAI rate-limit messages.
std::optional<qint64> delayFromMessage(const QString& message)
{
    static const QRegularExpression re(QStringLiteral("try again in ([0-9.]+(?:ms|s|m))"));
    const auto m = re.match(message);
    if (!m.hasMatch())
        return std::nullopt;
    return parseGoDurationMs(m.capturedView(1));
}

} // namespace

QByteArray HttpErrorClassifier::headerValue(const HttpHeaders& headers, QByteArrayView name)
{
    for (const auto& [k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

QString HttpErrorClassifier::redact(QString message, const QString& apiKey)
{
    // A server or proxy may quote the key percent-encoded or inside a base64 header too.
    message = SecretEncodings::redact(message, apiKey, QStringLiteral("[redacted]"));
    static const QRegularExpression keyLike(
        QStringLiteral("\\b(sk-[A-Za-z0-9_\\-]{12,}|AIza[0-9A-Za-z_\\-]{20,})"));
    message.replace(keyLike, QStringLiteral("[redacted]"));
    return message;
}

ProviderErrorBody HttpErrorClassifier::parseErrorObject(const QJsonObject& payload)
{
    ProviderErrorBody out;
    // Nested {"error":{…}} (OpenAI, Anthropic, Gemini, OpenRouter) or flat (Responses `error`
    // event).
    const QJsonObject e = payload.value(QStringLiteral("error")).isObject()
                              ? payload.value(QStringLiteral("error")).toObject()
                              : payload;
    out.message = e.value(QStringLiteral("message")).toString();
    out.type = e.value(QStringLiteral("type")).toString();
    if (out.type.isEmpty() || out.type == QStringLiteral("error"))
        out.type = e.value(QStringLiteral("status")).toString();
    out.code = jsonScalar(e.value(QStringLiteral("code")));
    const QJsonObject details = e.value(QStringLiteral("details")).toObject();
    if (out.code.isEmpty())
        out.code = details.value(QStringLiteral("error_code")).toString();
    out.param = jsonScalar(e.value(QStringLiteral("param")));
    for (const QJsonValue& d : e.value(QStringLiteral("details")).toArray()) {
        const QJsonObject o = d.toObject();
        const QString reason = o.value(QStringLiteral("reason")).toString();
        // google.rpc puts the useful word (API_KEY_INVALID) in details; "code" is just the status.
        bool numericCode = false;
        out.code.toInt(&numericCode);
        if (!reason.isEmpty() && (out.code.isEmpty() || numericCode))
            out.code = reason;
        const QString delay = o.value(QStringLiteral("retryDelay")).toString();
        if (!delay.isEmpty())
            out.retryDelayMs = parseGoDurationMs(delay);
    }
    return out;
}

ProviderErrorBody HttpErrorClassifier::parseErrorBody(const QByteArray& body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject())
        return parseErrorObject(doc.object());
    if (doc.isArray() && !doc.array().isEmpty()) // Gemini sometimes wraps errors in [ ]
        return parseErrorObject(doc.array().first().toObject());
    ProviderErrorBody out;
    out.message = QString::fromUtf8(body.left(300)).simplified();
    return out;
}

std::optional<qint64> HttpErrorClassifier::retryDelayFromHeaders(const HttpHeaders& headers,
                                                                 const QDateTime& nowUtc)
{
    bool ok = false;
    const QByteArray ms = headerValue(headers, "retry-after-ms");
    if (const double v = ms.toDouble(&ok); ok && v >= 0)
        return static_cast<qint64>(std::ceil(v));
    const QByteArray ra = headerValue(headers, "retry-after").trimmed();
    if (!ra.isEmpty()) {
        if (const double v = ra.toDouble(&ok); ok && v >= 0)
            return static_cast<qint64>(std::ceil(v * 1000));
        const QDateTime when = QDateTime::fromString(QString::fromLatin1(ra), Qt::RFC2822Date);
        if (when.isValid())
            return std::max<qint64>(0, nowUtc.msecsTo(when));
    }
    // OpenAI: take the resets of the exhausted limits (remaining == 0); else the longest.
    std::optional<qint64> exhausted, any;
    for (const char* kind : {"requests", "tokens"}) {
        const QByteArray reset =
            headerValue(headers, QByteArray(QByteArray("x-ratelimit-reset-") + kind));
        const auto d = parseGoDurationMs(QString::fromLatin1(reset));
        if (!d)
            continue;
        any = std::max(any.value_or(0), *d);
        if (headerValue(headers, QByteArray(QByteArray("x-ratelimit-remaining-") + kind))
                .trimmed() == "0")
            exhausted = std::max(exhausted.value_or(0), *d);
    }
    if (exhausted)
        return exhausted;
    if (any)
        return any;
    // Anthropic: RFC 3339 reset timestamps.
    for (const char* kind : {"requests", "tokens", "input-tokens", "output-tokens"}) {
        const QByteArray name = QByteArray("anthropic-ratelimit-") + kind;
        if (headerValue(headers, QByteArray(name + "-remaining")).trimmed() != "0")
            continue;
        const QDateTime when = QDateTime::fromString(
            QString::fromLatin1(headerValue(headers, QByteArray(name + "-reset"))),
            Qt::ISODateWithMs);
        if (when.isValid())
            return std::max<qint64>(0, nowUtc.msecsTo(when));
    }
    return std::nullopt;
}

HttpFailure HttpErrorClassifier::classify(ProviderKind kind, int status, const HttpHeaders& headers,
                                          const QByteArray& body, const QString& model,
                                          const QString& apiKey)
{
    const QString who = providerDisplayName(kind);
    const ProviderErrorBody e = parseErrorBody(body);
    const QString detail = e.message.isEmpty() ? QString() : QStringLiteral(": ") + e.message;
    const QString http = QStringLiteral(" (HTTP %1)").arg(status);
    HttpFailure f;
    auto set = [&](ErrorCode code, const QString& message, bool retry) {
        f.error = Error(code, redact(message, apiKey));
        f.retryable = retry;
    };
    const bool badKey =
        e.code == QStringLiteral("API_KEY_INVALID") || e.code == QStringLiteral("invalid_api_key");
    // The wording in the interface language; the provider's own message (detail) as it wrote it.
    if (status == 401 || badKey) {
        set(ErrorCode::Auth,
            QCoreApplication::translate("Cb::Core::HttpErrorClassifier",
                                        "%1 rejected the API key%2%3. Check the key for %1 in Settings.")
                .arg(who, http, detail),
            false);
    } else if (status == 403) {
        set(ErrorCode::Auth,
            QCoreApplication::translate("Cb::Core::HttpErrorClassifier",
                                        "%1 refused access%2%3. The API key may lack permission for this "
                                        "model or region.")
                .arg(who, http, detail),
            false);
    } else if (status == 404) {
        set(ErrorCode::NotFound,
            QCoreApplication::translate("Cb::Core::HttpErrorClassifier",
                                        "%1: model '%2' not found or not accessible with this key%3%4")
                .arg(who, model, http, detail),
            false);
    } else if (status == 413 || e.code == QStringLiteral("context_length_exceeded")) {
        set(ErrorCode::TooLarge,
            QCoreApplication::translate("Cb::Core::HttpErrorClassifier", "%1 says the request is too large%2%3")
                .arg(who, http, detail),
            false);
    } else if (status == 400 || status == 422) {
        QString msg = QCoreApplication::translate("Cb::Core::HttpErrorClassifier", "%1 rejected the request%2%3")
                          .arg(who, http, detail);
        if (!e.param.isEmpty())
            msg += QCoreApplication::translate("Cb::Core::HttpErrorClassifier", " (parameter: %1)").arg(e.param);
        set(ErrorCode::InvalidInput, msg, false);
    } else if (status == 402) {
        set(ErrorCode::Quota,
            QCoreApplication::translate("Cb::Core::HttpErrorClassifier", "%1: billing problem%2%3")
                .arg(who, http, detail),
            false);
    } else if (status == 429) {
        if (isNonRetryable429(e, body))
            set(ErrorCode::Quota,
                QCoreApplication::translate("Cb::Core::HttpErrorClassifier",
                                            "%1 quota or request-size limit reached%2%3")
                    .arg(who, http, detail),
                false);
        else
            set(ErrorCode::RateLimited,
                QCoreApplication::translate("Cb::Core::HttpErrorClassifier", "%1 rate limit reached%2%3")
                    .arg(who, http, detail),
                true);
    } else if (status == 408 || status == 409 || status >= 500) {
        const bool overloaded = status == 529 || e.type == QStringLiteral("overloaded_error");
        const QString message =
            overloaded ? QCoreApplication::translate("Cb::Core::HttpErrorClassifier", "%1 is overloaded%2%3")
                       : QCoreApplication::translate("Cb::Core::HttpErrorClassifier", "%1 server error%2%3");
        set(ErrorCode::Server, message.arg(who, http, detail), status != 501);
    } else {
        set(ErrorCode::Provider,
            QCoreApplication::translate("Cb::Core::HttpErrorClassifier", "%1 returned an error%2%3")
                .arg(who, http, detail),
            false);
    }
    if (f.retryable) {
        f.retryAfterMs = retryDelayFromHeaders(headers, QDateTime::currentDateTimeUtc());
        if (!f.retryAfterMs)
            f.retryAfterMs = e.retryDelayMs;
        if (!f.retryAfterMs)
            f.retryAfterMs = delayFromMessage(e.message);
    }
    return f;
}

Error HttpErrorClassifier::fromStreamError(ProviderKind kind, const QJsonObject& payload,
                                           const QString& apiKey, ErrorPhase phase)
{
    const ProviderErrorBody e = parseErrorObject(payload);
    const QString who = providerDisplayName(kind);
    const QString code = e.code.isEmpty() ? e.type : e.code;
    const QString what = code.isEmpty() ? QString() : QStringLiteral(" (") + code + QLatin1Char(')');
    const QString detail = e.message.isEmpty() ? QString() : QStringLiteral(": ") + e.message;
    QString msg;
    switch (phase) {
    case ErrorPhase::Stream:
        msg = QCoreApplication::translate("Cb::Core::HttpErrorClassifier",
                                          "%1 reported an error during the stream%2%3");
        break;
    case ErrorPhase::BackgroundPoll:
        msg = QCoreApplication::translate("Cb::Core::HttpErrorClassifier",
                                          "%1 reported that the background response failed%2%3");
        break;
    case ErrorPhase::BatchResult:
        msg = QCoreApplication::translate("Cb::Core::HttpErrorClassifier",
                                          "%1 reported that the batch request failed%2%3");
        break;
    }
    msg = msg.arg(who, what, detail);
    ErrorCode errorCode = ErrorCode::Provider;
    if (e.code == QStringLiteral("context_length_exceeded"))
        errorCode = ErrorCode::TooLarge;
    else if (e.type == QStringLiteral("overloaded_error") ||
             e.type == QStringLiteral("api_error") || e.code == QStringLiteral("server_error") ||
             e.code == QStringLiteral("502"))
        errorCode = ErrorCode::Server;
    else if (e.code == QStringLiteral("rate_limit_exceeded") ||
             e.type == QStringLiteral("rate_limit_error"))
        errorCode = ErrorCode::RateLimited;
    else if (e.code == QStringLiteral("insufficient_quota"))
        errorCode = ErrorCode::Quota;
    return Error(errorCode, redact(msg, apiKey));
}

} // namespace Cb::Core
