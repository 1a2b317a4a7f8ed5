#include "support/fakestructured.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cb::Test {

namespace {

QByteArray event(const QByteArray& name, const QJsonObject& data, const QByteArray& eol = "\n")
{
    QByteArray out;
    if (!name.isEmpty())
        out += "event: " + name + eol;
    return out + "data: " + QJsonDocument(data).toJson(QJsonDocument::Compact) + eol + eol;
}

} // namespace

FakeResponse FakeStructured::anthropicReply(const QString& text, int inputTokens, int outputTokens)
{
    const QJsonObject message{{QStringLiteral("id"), QStringLiteral("msg_structured")},
                              {QStringLiteral("type"), QStringLiteral("message")},
                              {QStringLiteral("role"), QStringLiteral("assistant")},
                              {QStringLiteral("content"), QJsonArray{}},
                              {QStringLiteral("model"), QStringLiteral("claude-haiku-4-5")},
                              {QStringLiteral("stop_reason"), QJsonValue::Null},
                              {QStringLiteral("usage"), QJsonObject{{QStringLiteral("input_tokens"), inputTokens},
                                                                    {QStringLiteral("output_tokens"), 1}}}};
    QByteArray body = event("message_start", {{QStringLiteral("type"), QStringLiteral("message_start")},
                                              {QStringLiteral("message"), message}});
    body += event("content_block_start",
                  {{QStringLiteral("type"), QStringLiteral("content_block_start")},
                   {QStringLiteral("index"), 0},
                   {QStringLiteral("content_block"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), QString()}}}});
    body += event("content_block_delta",
                  {{QStringLiteral("type"), QStringLiteral("content_block_delta")},
                   {QStringLiteral("index"), 0},
                   {QStringLiteral("delta"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("text_delta")}, {QStringLiteral("text"), text}}}});
    body += event("content_block_stop",
                  {{QStringLiteral("type"), QStringLiteral("content_block_stop")}, {QStringLiteral("index"), 0}});
    body += event("message_delta",
                  {{QStringLiteral("type"), QStringLiteral("message_delta")},
                   {QStringLiteral("delta"), QJsonObject{{QStringLiteral("stop_reason"), QStringLiteral("end_turn")}}},
                   {QStringLiteral("usage"), QJsonObject{{QStringLiteral("output_tokens"), outputTokens}}}});
    body += event("message_stop", {{QStringLiteral("type"), QStringLiteral("message_stop")}});
    return FakeResponse::sse(body);
}

FakeResponse FakeStructured::geminiReply(const QString& text, int inputTokens, int outputTokens)
{
    const QJsonObject chunk{
        {QStringLiteral("candidates"),
         QJsonArray{QJsonObject{{QStringLiteral("content"),
                                 QJsonObject{{QStringLiteral("parts"), QJsonArray{QJsonObject{{QStringLiteral("text"), text}}}},
                                             {QStringLiteral("role"), QStringLiteral("model")}}},
                                {QStringLiteral("finishReason"), QStringLiteral("STOP")},
                                {QStringLiteral("index"), 0}}}},
        {QStringLiteral("usageMetadata"), QJsonObject{{QStringLiteral("promptTokenCount"), inputTokens},
                                                      {QStringLiteral("candidatesTokenCount"), outputTokens},
                                                      {QStringLiteral("totalTokenCount"), inputTokens + outputTokens}}},
        {QStringLiteral("modelVersion"), QStringLiteral("gemini-2.5-flash")}};
    return FakeResponse::sse(event(QByteArray(), chunk, "\r\n"));
}

} // namespace Cb::Test
