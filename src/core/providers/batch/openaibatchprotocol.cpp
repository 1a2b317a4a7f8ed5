#include "core/providers/batch/openaibatchprotocol.h"

#include "core/providers/batch/batchfilewriter.h"
#include "core/providers/responsesprotocol.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Cb::Core {

namespace {

// `notAnObject` is the whole sentence for a reply that is not a JSON object.
Result<QJsonObject> parseObject(const QByteArray& body, const QString& notAnObject)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(ErrorCode::Parse, notAnObject);
    return doc.object();
}

qint64 count(const QJsonObject& counts, const char* key)
{
    const QJsonValue v = counts.value(QLatin1String(key));
    return v.isDouble() ? v.toInteger() : -1;
}

} // namespace

QByteArray OpenAiBatchProtocol::requestLine(const QString& customId,
                                            const ProviderRequest& request)
{
    QJsonObject body = QJsonDocument::fromJson(ResponsesProtocol::createCall(request).body).object();
    // Batch lines are answered whole, never streamed or run in the background.
    for (const char* key : {"stream", "background", "store"})
        body.remove(QLatin1String(key));
    const QJsonObject line{{QStringLiteral("custom_id"), customId},
                           {QStringLiteral("method"), QStringLiteral("POST")},
                           {QStringLiteral("url"), QStringLiteral("/v1/responses")},
                           {QStringLiteral("body"), body}};
    return QJsonDocument(line).toJson(QJsonDocument::Compact);
}

BatchLineResult OpenAiBatchProtocol::parseLine(const QJsonObject& line, const QString& apiKey)
{
    BatchLineResult r;
    r.customId = line.value(QStringLiteral("custom_id")).toString();
    const QJsonObject response = line.value(QStringLiteral("response")).toObject();
    const QJsonObject error = line.value(QStringLiteral("error")).toObject();
    const int status = response.value(QStringLiteral("status_code")).toInt();
    if (!error.isEmpty() || response.isEmpty()) {
        const QString code = error.value(QStringLiteral("code")).toString();
        r.outcome = code == QStringLiteral("batch_expired")     ? BatchLineResult::Outcome::Expired
                    : code == QStringLiteral("batch_cancelled") ? BatchLineResult::Outcome::Cancelled
                                                                : BatchLineResult::Outcome::Failed;
        r.error = HttpErrorClassifier::fromStreamError(ProviderKind::OpenAiResponses, error, apiKey);
        return r;
    }
    const QJsonObject body = response.value(QStringLiteral("body")).toObject();
    if (status < 200 || status >= 300) {
        r.outcome = BatchLineResult::Outcome::Failed;
        r.error = HttpErrorClassifier::classify(ProviderKind::OpenAiResponses, status, {},
                                                QJsonDocument(body).toJson(QJsonDocument::Compact),
                                                body.value(QStringLiteral("model")).toString(),
                                                apiKey)
                      .error;
        return r;
    }
    const ResponseSnapshot s = ResponsesProtocol::parseResponse(body);
    r.result.text = s.text;
    r.result.reasoning = s.reasoning;
    r.result.refusal = s.refusal;
    r.result.refused = !s.refusal.isEmpty();
    r.result.toolCalls = s.toolCalls;
    // An incomplete response may hold a cut call: only a completed one's calls are run.
    r.result.calls = s.status == QStringLiteral("completed") ? s.calls : QList<ToolCall>();
    r.result.modelTurn = s.output;
    r.result.usage = s.usage;
    r.result.responseId = s.id;
    r.result.model = s.model;
    // The same terminal mapping as a streamed call: completed, incomplete (truncated) or failed.
    const QList<StreamEvent> end =
        ResponsesProtocol::terminalEvents(s, false, false, apiKey, HttpErrorClassifier::ErrorPhase::BatchResult);
    const StreamEvent last = end.isEmpty() ? StreamEvent::completed(s.status, false) : end.last();
    if (last.kind == StreamEvent::Kind::Failed) {
        r.outcome = BatchLineResult::Outcome::Failed;
        r.error = last.error;
        return r;
    }
    r.outcome = BatchLineResult::Outcome::Succeeded;
    r.result.finishReason = last.text;
    r.result.truncated = last.truncated;
    return r;
}

Result<QList<BatchFile>> OpenAiBatchProtocol::prepare(const QList<BatchItem>& items,
                                                      BatchLimits limits) const
{
    const QByteArray b(boundary);
    BatchFileWriter::Framing framing;
    framing.head = "--" + b +
                   "\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nbatch\r\n--" + b +
                   "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"requests.jsonl\""
                   "\r\nContent-Type: application/jsonl\r\n\r\n";
    framing.separator = "\n";
    framing.tail = "\n\r\n--" + b + "--\r\n";
    framing.contentType = "multipart/form-data; boundary=" + b;
    framing.oneModelPerFile = true;
    BatchFileWriter writer(kind(), limits, framing);
    // One model per file: group by model, keeping each model's requests in their order.
    QList<const BatchItem*> order;
    for (const BatchItem& item : items)
        order << &item;
    std::stable_sort(order.begin(), order.end(), [](const BatchItem* a, const BatchItem* b) {
        return a->request.model < b->request.model;
    });
    for (const BatchItem* item : order)
        if (auto added = writer.add(item->customId, item->request.model,
                                    requestLine(item->customId, item->request));
            !added)
            return fail(added.error());
    return writer.finish();
}

HttpCall OpenAiBatchProtocol::call(const QByteArray& method, const QString& path) const
{
    HttpCall c;
    c.method = method;
    c.url = QUrl(m_connection.effectiveBaseUrl() + path);
    c.addHeader("Authorization", "Bearer " + m_connection.apiKey.toUtf8());
    return c;
}

std::optional<HttpCall> OpenAiBatchProtocol::uploadCall(const BatchFile& file) const
{
    HttpCall c = call("POST", QStringLiteral("/files"));
    c.addHeader("Content-Type", file.contentType);
    c.bodyFile = file.path();
    return c;
}

Result<QString> OpenAiBatchProtocol::parseUpload(const QByteArray& body) const
{
    const auto o = parseObject(
        body, QCoreApplication::translate("Cb::Core::OpenAiBatchProtocol",
                                          "OpenAI: the file upload reply is not a JSON object."));
    if (!o)
        return fail(o.error());
    const QString id = o->value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        return fail(ErrorCode::Parse,
                    QCoreApplication::translate("Cb::Core::OpenAiBatchProtocol",
                                                "OpenAI: the file upload reply has no id."));
    return id;
}

HttpCall OpenAiBatchProtocol::createCall(const BatchFile& file, const QString& uploadedId) const
{
    HttpCall c = call("POST", QStringLiteral("/batches"));
    c.addHeader("Content-Type", "application/json");
    const QJsonObject body{
        {QStringLiteral("input_file_id"), uploadedId},
        {QStringLiteral("endpoint"), QStringLiteral("/v1/responses")},
        {QStringLiteral("completion_window"), QStringLiteral("24h")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("source"), QStringLiteral("contextbench")},
                     {QStringLiteral("model"), file.model}}}};
    c.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return c;
}

HttpCall OpenAiBatchProtocol::retrieveCall(const QString& batchId) const
{
    return call("GET", QStringLiteral("/batches/") + batchId);
}

HttpCall OpenAiBatchProtocol::cancelCall(const QString& batchId) const
{
    return call("POST", QStringLiteral("/batches/") + batchId + QStringLiteral("/cancel"));
}

Result<BatchStatus> OpenAiBatchProtocol::parseStatus(const QByteArray& body) const
{
    const auto o = parseObject(
        body, QCoreApplication::translate("Cb::Core::OpenAiBatchProtocol",
                                          "OpenAI: the batch reply is not a JSON object."));
    if (!o)
        return fail(o.error());
    BatchStatus s;
    s.id = o->value(QStringLiteral("id")).toString();
    s.providerStatus = o->value(QStringLiteral("status")).toString();
    const auto state = batchStateFromName(s.providerStatus);
    if (s.id.isEmpty() || !state)
        return fail(ErrorCode::Parse,
                    QCoreApplication::translate("Cb::Core::OpenAiBatchProtocol",
                                                "OpenAI: unexpected batch object (id \"%1\", "
                                                "status \"%2\").")
                        .arg(s.id, s.providerStatus));
    s.state = *state;
    const QJsonObject counts = o->value(QStringLiteral("request_counts")).toObject();
    s.total = count(counts, "total");
    s.succeeded = count(counts, "completed");
    s.failed = count(counts, "failed");
    s.outputFileId = o->value(QStringLiteral("output_file_id")).toString();
    s.errorFileId = o->value(QStringLiteral("error_file_id")).toString();
    const QJsonValue expires = o->value(QStringLiteral("expires_at"));
    if (expires.isDouble())
        s.expiresAt = QDateTime::fromSecsSinceEpoch(expires.toInteger(), Qt::UTC);
    for (const QJsonValue& e : o->value(QStringLiteral("errors"))
                                   .toObject()
                                   .value(QStringLiteral("data"))
                                   .toArray()) {
        const QJsonObject err = e.toObject();
        const QJsonValue line = err.value(QStringLiteral("line"));
        QString message = err.value(QStringLiteral("message")).toString();
        const QString code = err.value(QStringLiteral("code")).toString();
        if (!code.isEmpty())
            message += QStringLiteral(" (") + code + QLatin1Char(')');
        s.validationErrors.append({line.isDouble() ? line.toInt() : -1, message});
    }
    return s;
}

QList<HttpCall> OpenAiBatchProtocol::resultCalls(const BatchStatus& status) const
{
    QList<HttpCall> out;
    for (const QString& id : {status.outputFileId, status.errorFileId})
        if (!id.isEmpty())
            out << call("GET", QStringLiteral("/files/") + id + QStringLiteral("/content"));
    return out;
}

int OpenAiBatchProtocol::parseResults(const QByteArray& body, const QSet<QString>& expected,
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
