#include "support/fakebatchserver.h"

#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>

namespace Cb::Test {

namespace {

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The bytes of the multipart part named "file" (the JSONL upload).
QByteArray multipartFile(const RecordedRequest& r)
{
    const QByteArray type = r.header("content-type");
    const qsizetype at = type.indexOf("boundary=");
    if (at < 0)
        return {};
    const QByteArray boundary = QByteArray("--" + type.mid(at + 9));
    const qsizetype part = r.body.indexOf("name=\"file\"");
    const qsizetype start = r.body.indexOf("\r\n\r\n", part);
    const qsizetype end = r.body.indexOf(QByteArray("\r\n" + boundary), start);
    if (part < 0 || start < 0 || end < 0)
        return {};
    return r.body.mid(start + 4, end - start - 4);
}

FakeResponse rateLimited()
{
    return FakeResponse::json(
               429, R"({"error":{"type":"rate_limit_error","message":"Too many batches"}})")
        .header("Retry-After", "0");
}

} // namespace

FakeBatchServer::FakeBatchServer(Flavour flavour) : m_flavour(flavour)
{
    m_fate = [](const QString&) { return Fate::Succeed; };
    m_http.setHandler([this](const RecordedRequest& r) { return handle(r); });
}

QString FakeBatchServer::baseUrl() const
{
    return m_flavour == Flavour::OpenAi ? m_http.baseUrl(QStringLiteral("/v1")) : m_http.baseUrl();
}

FakeBatchServer::Batch* FakeBatchServer::find(const QString& id)
{
    for (Batch& b : m_batches)
        if (b.id == id)
            return &b;
    return nullptr;
}

std::optional<FakeResponse> FakeBatchServer::handle(const RecordedRequest& r)
{
    const QString path = r.path();
    const QString prefix = m_flavour == Flavour::OpenAi ? QStringLiteral("/v1/batches")
                                                        : QStringLiteral("/v1/messages/batches");
    if (m_flavour == Flavour::OpenAi && r.method == "POST" && path == QStringLiteral("/v1/files")) {
        ++m_counts[QStringLiteral("upload")];
        const QString id = QStringLiteral("file-%1").arg(m_files.size() + 1);
        m_files.insert(id, multipartFile(r));
        return FakeResponse::json(200, compact({{QStringLiteral("id"), id},
                                                {QStringLiteral("object"), QStringLiteral("file")},
                                                {QStringLiteral("purpose"), QStringLiteral("batch")}}));
    }
    if (m_flavour == Flavour::OpenAi && r.method == "GET" &&
        path.startsWith(QStringLiteral("/v1/files/")) && path.endsWith(QStringLiteral("/content"))) {
        ++m_counts[QStringLiteral("results")];
        const QString file = path.section(QLatin1Char('/'), 3, 3);
        Batch* b = find(file.mid(4));
        if (!b)
            return FakeResponse::json(404, R"({"error":{"message":"No such file"}})");
        return FakeResponse::text(200, results(*b, file.startsWith(QStringLiteral("err-"))));
    }
    if (r.method == "POST" && path == prefix) {
        ++m_counts[QStringLiteral("create")];
        if (m_rateLimitedCreates > 0) {
            --m_rateLimitedCreates;
            return rateLimited();
        }
        return m_flavour == Flavour::OpenAi ? createOpenAi(r) : createAnthropic(r);
    }
    if (!path.startsWith(prefix + QLatin1Char('/')))
        return FakeResponse::json(404, R"({"error":{"message":"unknown path"}})");
    const QStringList rest = path.mid(prefix.size() + 1).split(QLatin1Char('/'));
    Batch* b = find(rest.value(0));
    if (!b)
        return FakeResponse::json(404, R"({"error":{"message":"No such batch"}})");
    if (r.method == "POST" && rest.value(1) == QStringLiteral("cancel")) {
        ++m_counts[QStringLiteral("cancel")];
        b->cancelled = true;
        b->polls = 0;
    } else if (r.method == "GET" && rest.value(1) == QStringLiteral("results")) {
        ++m_counts[QStringLiteral("results")];
        return FakeResponse::text(200, results(*b, false));
    } else if (r.method == "GET" && rest.size() == 1) {
        ++m_counts[QStringLiteral("poll")];
        ++b->polls;
    } else {
        return FakeResponse::json(404, R"({"error":{"message":"unknown path"}})");
    }
    return FakeResponse::json(200, compact(m_flavour == Flavour::OpenAi ? openAiObject(*b)
                                                                         : anthropicObject(*b)));
}

FakeResponse FakeBatchServer::createOpenAi(const RecordedRequest& r)
{
    const QJsonObject req = r.json();
    const QString fileId = req.value(QStringLiteral("input_file_id")).toString();
    if (!m_files.contains(fileId) ||
        req.value(QStringLiteral("endpoint")).toString() != QStringLiteral("/v1/responses") ||
        req.value(QStringLiteral("completion_window")).toString() != QStringLiteral("24h"))
        return FakeResponse::json(400, R"({"error":{"message":"bad batch create"}})");
    Batch b;
    b.id = QStringLiteral("batch_%1").arg(m_batches.size() + 1);
    for (const QByteArray& line : m_files.value(fileId).split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        b.customIds << o.value(QStringLiteral("custom_id")).toString();
        b.bodies << o.value(QStringLiteral("body")).toObject();
        b.model = b.bodies.last().value(QStringLiteral("model")).toString();
    }
    m_batches << b;
    return FakeResponse::json(200, compact(openAiObject(m_batches.last())));
}

FakeResponse FakeBatchServer::createAnthropic(const RecordedRequest& r)
{
    Batch b;
    b.id = QStringLiteral("msgbatch_%1").arg(m_batches.size() + 1);
    for (const QJsonValue& v : r.json().value(QStringLiteral("requests")).toArray()) {
        const QJsonObject o = v.toObject();
        b.customIds << o.value(QStringLiteral("custom_id")).toString();
        b.bodies << o.value(QStringLiteral("params")).toObject();
    }
    if (b.customIds.isEmpty())
        return FakeResponse::json(400, R"({"type":"error","error":{"type":"invalid_request_error","message":"no requests"}})");
    b.model = b.bodies.first().value(QStringLiteral("model")).toString();
    m_batches << b;
    return FakeResponse::json(200, compact(anthropicObject(m_batches.last())));
}

QString FakeBatchServer::statusOf(const Batch& b) const
{
    if (b.cancelled)
        return b.polls == 0 ? QStringLiteral("cancelling") : QStringLiteral("cancelled");
    return m_statuses.value(std::min<qsizetype>(b.polls, m_statuses.size() - 1));
}

QJsonObject FakeBatchServer::openAiObject(const Batch& b) const
{
    const QString status = statusOf(b);
    const bool ended = status == QStringLiteral("completed") || status == QStringLiteral("expired") ||
                       status == QStringLiteral("cancelled");
    qint64 ok = 0, bad = 0;
    for (const QString& id : b.customIds)
        (m_fate(id) == Fate::Succeed ? ok : bad) += 1;
    QJsonObject o{{QStringLiteral("id"), b.id},
                  {QStringLiteral("object"), QStringLiteral("batch")},
                  {QStringLiteral("endpoint"), QStringLiteral("/v1/responses")},
                  {QStringLiteral("completion_window"), QStringLiteral("24h")},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("expires_at"), 1711557933},
                  {QStringLiteral("output_file_id"), ended ? QJsonValue(QString(QStringLiteral("out-") + b.id)) : QJsonValue()},
                  {QStringLiteral("error_file_id"), ended && bad > 0 ? QJsonValue(QString(QStringLiteral("err-") + b.id)) : QJsonValue()},
                  {QStringLiteral("request_counts"),
                   QJsonObject{{QStringLiteral("total"), b.customIds.size()},
                               {QStringLiteral("completed"), ended ? ok : 0},
                               {QStringLiteral("failed"), ended ? bad : 0}}}};
    if (status == QStringLiteral("failed"))
        o.insert(QStringLiteral("errors"), QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                                                       {QStringLiteral("data"), m_validationErrors}});
    return o;
}

QJsonObject FakeBatchServer::anthropicObject(const Batch& b) const
{
    const QString status = statusOf(b);
    const bool ended = status == QStringLiteral("completed") || status == QStringLiteral("expired") ||
                       status == QStringLiteral("cancelled");
    QHash<Fate, qint64> n;
    for (const QString& id : b.customIds)
        ++n[m_fate(id)];
    return {{QStringLiteral("id"), b.id},
            {QStringLiteral("type"), QStringLiteral("message_batch")},
            {QStringLiteral("processing_status"), ended ? QStringLiteral("ended")
                                                  : status == QStringLiteral("cancelling") ? QStringLiteral("canceling")
                                                                                           : QStringLiteral("in_progress")},
            {QStringLiteral("request_counts"),
             QJsonObject{{QStringLiteral("processing"), ended ? 0 : b.customIds.size()},
                         {QStringLiteral("succeeded"), ended ? n.value(Fate::Succeed) : 0},
                         {QStringLiteral("errored"), ended ? n.value(Fate::Fail) : 0},
                         {QStringLiteral("canceled"), ended ? n.value(Fate::Cancel) : 0},
                         {QStringLiteral("expired"), ended ? n.value(Fate::Expire) : 0}}},
            {QStringLiteral("created_at"), QStringLiteral("2026-12-06T02:00:00Z")},
            {QStringLiteral("expires_at"), QStringLiteral("2026-12-07T02:00:00Z")},
            {QStringLiteral("cancel_initiated_at"),
             b.cancelled ? QJsonValue(QStringLiteral("2026-12-06T02:10:00Z")) : QJsonValue()},
            {QStringLiteral("results_url"),
             ended ? QJsonValue(m_http.baseUrl(QStringLiteral("/v1/messages/batches/") + b.id +
                                               QStringLiteral("/results")))
                   : QJsonValue()}};
}

QJsonObject FakeBatchServer::successLine(const Batch& b, int i) const
{
    const QString id = b.customIds.at(i);
    QString text = QString(QStringLiteral("answer:") + id);
    if (m_answerBytes > text.size()) {
        const QString words = QStringLiteral(" The plan ships in three phases; each has an owner and a date.");
        text.reserve(m_answerBytes);
        while (text.size() < m_answerBytes)
            text += words;
    }
    if (m_flavour == Flavour::OpenAi) {
        const QJsonObject response{
            {QStringLiteral("id"), QString(QStringLiteral("resp_") + id)},
            {QStringLiteral("object"), QStringLiteral("response")},
            {QStringLiteral("status"), QStringLiteral("completed")},
            {QStringLiteral("model"), b.model},
            {QStringLiteral("output"),
             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("message")},
                                    {QStringLiteral("content"),
                                     QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("output_text")},
                                                            {QStringLiteral("text"), text}}}}}}},
            {QStringLiteral("usage"),
             QJsonObject{{QStringLiteral("input_tokens"), 100 + i},
                         {QStringLiteral("output_tokens"), 50},
                         {QStringLiteral("output_tokens_details"), QJsonObject{{QStringLiteral("reasoning_tokens"), 10}}}}}};
        return {{QStringLiteral("id"), QString(QStringLiteral("batch_req_") + id)},
                {QStringLiteral("custom_id"), id},
                {QStringLiteral("response"),
                 QJsonObject{{QStringLiteral("status_code"), 200},
                             {QStringLiteral("request_id"), QString(QStringLiteral("req_") + id)},
                             {QStringLiteral("body"), response}}},
                {QStringLiteral("error"), QJsonValue()}};
    }
    const QJsonObject message{
        {QStringLiteral("id"), QString(QStringLiteral("msg_") + id)},
        {QStringLiteral("type"), QStringLiteral("message")},
        {QStringLiteral("model"), b.bodies.at(i).value(QStringLiteral("model"))},
        {QStringLiteral("content"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("thinking")},
                                {QStringLiteral("thinking"), QString(QStringLiteral("thought:") + id)}},
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), text}}}},
        {QStringLiteral("stop_reason"), QStringLiteral("end_turn")},
        {QStringLiteral("usage"), QJsonObject{{QStringLiteral("input_tokens"), 100 + i},
                                              {QStringLiteral("cache_read_input_tokens"), 5},
                                              {QStringLiteral("output_tokens"), 50}}}};
    return {{QStringLiteral("custom_id"), id},
            {QStringLiteral("result"), QJsonObject{{QStringLiteral("type"), QStringLiteral("succeeded")},
                                                   {QStringLiteral("message"), message}}}};
}

QJsonObject FakeBatchServer::errorLine(const Batch& b, int i) const
{
    const QString id = b.customIds.at(i);
    const Fate fate = m_fate(id);
    if (m_flavour == Flavour::OpenAi) {
        if (fate == Fate::Fail)
            return {{QStringLiteral("custom_id"), id},
                    {QStringLiteral("response"),
                     QJsonObject{{QStringLiteral("status_code"), 400},
                                 {QStringLiteral("body"),
                                  QJsonObject{{QStringLiteral("error"),
                                               QJsonObject{{QStringLiteral("type"), QStringLiteral("invalid_request_error")},
                                                           {QStringLiteral("message"), QString(QStringLiteral("bad request ") + id)}}}}}}},
                    {QStringLiteral("error"), QJsonValue()}};
        return {{QStringLiteral("custom_id"), id},
                {QStringLiteral("response"), QJsonValue()},
                {QStringLiteral("error"),
                 QJsonObject{{QStringLiteral("code"), fate == Fate::Expire ? QStringLiteral("batch_expired")
                                                                           : QStringLiteral("batch_cancelled")},
                             {QStringLiteral("message"), QStringLiteral("not run")}}}};
    }
    if (fate == Fate::Fail)
        return {{QStringLiteral("custom_id"), id},
                {QStringLiteral("result"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("errored")},
                             {QStringLiteral("error"),
                              QJsonObject{{QStringLiteral("type"), QStringLiteral("error")},
                                          {QStringLiteral("error"),
                                           QJsonObject{{QStringLiteral("type"), QStringLiteral("invalid_request_error")},
                                                       {QStringLiteral("message"), QString(QStringLiteral("bad request ") + id)}}}}}}}};
    return {{QStringLiteral("custom_id"), id},
            {QStringLiteral("result"),
             QJsonObject{{QStringLiteral("type"), fate == Fate::Expire ? QStringLiteral("expired")
                                                                       : QStringLiteral("canceled")}}}};
}

QByteArray FakeBatchServer::results(const Batch& b, bool errorsOnly) const
{
    QList<int> order;
    for (int i = 0; i < b.customIds.size(); ++i) {
        const Fate fate = m_fate(b.customIds.at(i));
        if (fate == Fate::Omit)
            continue;
        // OpenAI splits successes (output file) from everything else (error file).
        if (m_flavour == Flavour::OpenAi && errorsOnly == (fate == Fate::Succeed))
            continue;
        order << i;
    }
    QRandomGenerator rng(m_seed);
    std::shuffle(order.begin(), order.end(), rng);
    QByteArray out;
    for (int i : order) {
        out += compact(m_fate(b.customIds.at(i)) == Fate::Succeed ? successLine(b, i) : errorLine(b, i));
        out += '\n';
    }
    return out;
}

} // namespace Cb::Test
