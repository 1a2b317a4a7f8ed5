#include "core/providers/batch/anthropicbatchprotocol.h"

#include <QCoreApplication>

#include "core/providers/anthropicprotocol.h"
#include "core/providers/batch/batchfilewriter.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace Cb::Core {

bool AnthropicBatchProtocol::isValidCustomId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9_-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

Result<QByteArray> AnthropicBatchProtocol::requestEntry(const QString& customId,
                                                        const ProviderRequest& request)
{
    if (!isValidCustomId(customId))
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Cb::Core::AnthropicBatchProtocol", "Anthropic: batch request id \"%1\" must be 1–64 letters, "
                                   "digits, '-' or '_'.")
                        .arg(customId));
    const auto call = AnthropicProtocol::createCall(request);
    if (!call)
        return fail(call.error());
    QJsonObject params = QJsonDocument::fromJson(call->body).object();
    params.remove(QStringLiteral("stream"));
    const QJsonObject entry{{QStringLiteral("custom_id"), customId},
                            {QStringLiteral("params"), params}};
    return QJsonDocument(entry).toJson(QJsonDocument::Compact);
}

BatchLineResult AnthropicBatchProtocol::parseLine(const QJsonObject& line, const QString& apiKey)
{
    BatchLineResult r;
    r.customId = line.value(QStringLiteral("custom_id")).toString();
    const QJsonObject result = line.value(QStringLiteral("result")).toObject();
    const QString type = result.value(QStringLiteral("type")).toString();
    if (type == QStringLiteral("succeeded")) {
        r.outcome = BatchLineResult::Outcome::Succeeded;
        r.result = AnthropicProtocol::parseMessage(result.value(QStringLiteral("message")).toObject());
    } else if (type == QStringLiteral("expired")) {
        r.outcome = BatchLineResult::Outcome::Expired;
        r.error = Error(ErrorCode::Provider,
                        QCoreApplication::translate("Cb::Core::AnthropicBatchProtocol", "Anthropic: the batch expired before this request ran."));
    } else if (type == QStringLiteral("canceled")) {
        r.outcome = BatchLineResult::Outcome::Cancelled;
        r.error = Error(ErrorCode::Cancelled,
                        QCoreApplication::translate("Cb::Core::AnthropicBatchProtocol", "Anthropic: the batch was cancelled before this request ran."));
    } else {
        r.outcome = BatchLineResult::Outcome::Failed;
        QJsonObject error = result.value(QStringLiteral("error")).toObject();
        if (error.isEmpty())
            error.insert(QStringLiteral("message"),
                         QCoreApplication::translate("Cb::Core::AnthropicBatchProtocol",
                                                     "unexpected result type \"%1\"")
                             .arg(type));
        r.error = HttpErrorClassifier::fromStreamError(ProviderKind::Anthropic, error, apiKey);
    }
    return r;
}

Result<QList<BatchFile>> AnthropicBatchProtocol::prepare(const QList<BatchItem>& items,
                                                         BatchLimits limits) const
{
    BatchFileWriter::Framing framing;
    framing.head = "{\"requests\":[";
    framing.separator = ",";
    framing.tail = "]}";
    framing.contentType = "application/json";
    framing.overheadBytes = framing.head.size() + framing.tail.size();
    BatchFileWriter writer(kind(), limits, framing);
    for (const BatchItem& item : items) {
        const auto entry = requestEntry(item.customId, item.request);
        if (!entry)
            return fail(entry.error());
        if (auto added = writer.add(item.customId, item.request.model, *entry); !added)
            return fail(added.error());
    }
    return writer.finish();
}

HttpCall AnthropicBatchProtocol::call(const QByteArray& method, const QString& path) const
{
    HttpCall c;
    c.method = method;
    c.url = QUrl(m_connection.effectiveBaseUrl() + path);
    c.headers = {{"x-api-key", m_connection.apiKey.toUtf8()},
                 {"anthropic-version", "2023-06-01"}};
    return c;
}

HttpCall AnthropicBatchProtocol::createCall(const BatchFile& file, const QString&) const
{
    HttpCall c = call("POST", QStringLiteral("/v1/messages/batches"));
    c.addHeader("Content-Type", file.contentType);
    c.bodyFile = file.path();
    return c;
}

HttpCall AnthropicBatchProtocol::retrieveCall(const QString& batchId) const
{
    return call("GET", QStringLiteral("/v1/messages/batches/") + batchId);
}

HttpCall AnthropicBatchProtocol::cancelCall(const QString& batchId) const
{
    return call("POST", QStringLiteral("/v1/messages/batches/") + batchId + QStringLiteral("/cancel"));
}

Result<BatchStatus> AnthropicBatchProtocol::parseStatus(const QByteArray& body) const
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    BatchStatus s;
    s.id = o.value(QStringLiteral("id")).toString();
    s.providerStatus = o.value(QStringLiteral("processing_status")).toString();
    const QJsonObject counts = o.value(QStringLiteral("request_counts")).toObject();
    const auto n = [&](const char* key) { return counts.value(QLatin1String(key)).toInteger(); };
    s.succeeded = n("succeeded");
    s.failed = n("errored");
    s.total = n("processing") + n("succeeded") + n("errored") + n("canceled") + n("expired");
    const bool cancelAsked = o.value(QStringLiteral("cancel_initiated_at")).isString();
    if (s.providerStatus == QStringLiteral("in_progress"))
        s.state = BatchState::InProgress;
    else if (s.providerStatus == QStringLiteral("canceling"))
        s.state = BatchState::Cancelling;
    else if (s.providerStatus == QStringLiteral("ended"))
        s.state = cancelAsked      ? BatchState::Cancelled
                  : n("expired") > 0 ? BatchState::Expired
                                     : BatchState::Completed;
    else
        return fail(ErrorCode::Parse,
                    QCoreApplication::translate("Cb::Core::AnthropicBatchProtocol",
                                                "Anthropic: unexpected batch object (id "
                                                "\"%1\", processing_status \"%2\").")
                        .arg(s.id, s.providerStatus));
    if (s.id.isEmpty())
        return fail(ErrorCode::Parse,
                    QCoreApplication::translate("Cb::Core::AnthropicBatchProtocol",
                                                "Anthropic: the batch reply has no id."));
    s.expiresAt = QDateTime::fromString(o.value(QStringLiteral("expires_at")).toString(),
                                        Qt::ISODateWithMs);
    return s;
}

QList<HttpCall> AnthropicBatchProtocol::resultCalls(const BatchStatus& status) const
{
    // The documented results_url, built from our own base URL so the key never goes elsewhere.
    return {call("GET", QStringLiteral("/v1/messages/batches/") + status.id +
                            QStringLiteral("/results"))};
}

int AnthropicBatchProtocol::parseResults(const QByteArray& body, const QSet<QString>& expected,
                                         QHash<QString, BatchLineResult>& into) const
{
    const QString key = m_connection.apiKey;
    return forEachJsonLine(body, [&](const QJsonObject& line) {
        BatchLineResult r = parseLine(line, key);
        if (expected.contains(r.customId))
            into.insert(r.customId, std::move(r));
    });
}

} // namespace Cb::Core
