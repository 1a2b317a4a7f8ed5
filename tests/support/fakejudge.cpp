#include "support/fakejudge.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cb::Test {

namespace {

QByteArray event(const QByteArray& name, const QJsonObject& data)
{
    QByteArray out;
    if (!name.isEmpty())
        out += "event: " + name + '\n';
    return out + "data: " + QJsonDocument(data).toJson(QJsonDocument::Compact) + "\n\n";
}

void collectStrings(const QJsonValue& v, QString& out)
{
    if (v.isString()) {
        out += v.toString() + QLatin1Char('\n');
    } else if (v.isArray()) {
        for (const QJsonValue& item : v.toArray())
            collectStrings(item, out);
    } else if (v.isObject()) {
        for (const QJsonValue& item : v.toObject())
            collectStrings(item, out);
    }
}

} // namespace

FakeResponse FakeJudge::responsesReply(const QString& text, int inputTokens, int outputTokens)
{
    const QJsonObject message{{QStringLiteral("id"), QStringLiteral("msg_judge")},
                              {QStringLiteral("type"), QStringLiteral("message")},
                              {QStringLiteral("status"), QStringLiteral("completed")},
                              {QStringLiteral("role"), QStringLiteral("assistant")},
                              {QStringLiteral("content"),
                               QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("output_text")},
                                                      {QStringLiteral("annotations"), QJsonArray{}},
                                                      {QStringLiteral("text"), text}}}}};
    QJsonObject response{{QStringLiteral("id"), QStringLiteral("resp_judge")},
                         {QStringLiteral("object"), QStringLiteral("response")},
                         {QStringLiteral("status"), QStringLiteral("in_progress")},
                         {QStringLiteral("model"), QStringLiteral("gpt-4.1-mini")},
                         {QStringLiteral("output"), QJsonArray{}}};
    QByteArray body = event("response.created", {{QStringLiteral("type"), QStringLiteral("response.created")},
                                                  {QStringLiteral("sequence_number"), 0},
                                                  {QStringLiteral("response"), response}});
    body += event("response.output_text.delta", {{QStringLiteral("type"), QStringLiteral("response.output_text.delta")},
                                                 {QStringLiteral("sequence_number"), 1},
                                                 {QStringLiteral("item_id"), QStringLiteral("msg_judge")},
                                                 {QStringLiteral("output_index"), 0},
                                                 {QStringLiteral("content_index"), 0},
                                                 {QStringLiteral("delta"), text}});
    response.insert(QStringLiteral("status"), QStringLiteral("completed"));
    response.insert(QStringLiteral("output"), QJsonArray{message});
    response.insert(QStringLiteral("usage"),
                    QJsonObject{{QStringLiteral("input_tokens"), inputTokens},
                                {QStringLiteral("input_tokens_details"), QJsonObject{{QStringLiteral("cached_tokens"), 0}}},
                                {QStringLiteral("output_tokens"), outputTokens},
                                {QStringLiteral("output_tokens_details"),
                                 QJsonObject{{QStringLiteral("reasoning_tokens"), 0}}},
                                {QStringLiteral("total_tokens"), inputTokens + outputTokens}});
    body += event("response.completed", {{QStringLiteral("type"), QStringLiteral("response.completed")},
                                         {QStringLiteral("sequence_number"), 2},
                                         {QStringLiteral("response"), response}});
    return FakeResponse::sse(body);
}

FakeResponse FakeJudge::chatReply(const QString& text)
{
    auto chunk = [](const QJsonObject& delta, const QJsonValue& finish) {
        return QJsonObject{{QStringLiteral("id"), QStringLiteral("chatcmpl-judge")},
                           {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                           {QStringLiteral("model"), QStringLiteral("judge")},
                           {QStringLiteral("choices"), QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                                                              {QStringLiteral("delta"), delta},
                                                                              {QStringLiteral("finish_reason"), finish}}}}};
    };
    QByteArray body = event({}, chunk({{QStringLiteral("role"), QStringLiteral("assistant")},
                                       {QStringLiteral("content"), text}},
                                      QJsonValue::Null));
    body += event({}, chunk({}, QStringLiteral("stop")));
    body += "data: [DONE]\n\n";
    return FakeResponse::sse(body);
}

FakeJudge::Shown FakeJudge::shownIn(const RecordedRequest& request)
{
    QString all;
    collectStrings(request.json(), all);
    const qsizetype a = all.indexOf(QLatin1String("## Answer A\n\n"));
    const qsizetype b = all.indexOf(QLatin1String("## Answer B\n\n"));
    const qsizetype end = all.indexOf(QLatin1String("## Your verdict"));
    if (a < 0 || b < a || end < b)
        return {};
    const qsizetype aStart = a + 13;
    const qsizetype bStart = b + 13;
    return {all.mid(aStart, b - aStart).trimmed(), all.mid(bStart, end - bStart).trimmed(), true};
}

} // namespace Cb::Test
