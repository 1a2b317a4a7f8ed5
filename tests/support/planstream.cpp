#include "support/planstream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cb::Test {

namespace {

QByteArray json(const QJsonObject& o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

} // namespace

QByteArray planStream(const QString& protocol, const QString& text)
{
    QByteArray out;
    auto data = [&out](const QJsonObject& o, const QByteArray& event = {}) {
        if (!event.isEmpty())
            out += "event: " + event + "\n";
        out += "data: " + json(o) + "\n\n";
    };
    if (protocol == QLatin1String("responses")) {
        const QJsonObject response{{QStringLiteral("id"), QStringLiteral("resp_fuse")},
                                   {QStringLiteral("status"), QStringLiteral("in_progress")}};
        data({{QStringLiteral("type"), QStringLiteral("response.created")}, {QStringLiteral("response"), response}},
             "response.created");
        data({{QStringLiteral("type"), QStringLiteral("response.output_text.delta")}, {QStringLiteral("delta"), text}},
             "response.output_text.delta");
        const QJsonObject message{{QStringLiteral("type"), QStringLiteral("message")},
                                  {QStringLiteral("role"), QStringLiteral("assistant")},
                                  {QStringLiteral("content"),
                                   QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("output_text")},
                                                          {QStringLiteral("text"), text}}}}};
        data({{QStringLiteral("type"), QStringLiteral("response.completed")},
              {QStringLiteral("response"),
               QJsonObject{{QStringLiteral("id"), QStringLiteral("resp_fuse")},
                           {QStringLiteral("status"), QStringLiteral("completed")},
                           {QStringLiteral("output"), QJsonArray{message}},
                           {QStringLiteral("usage"), QJsonObject{{QStringLiteral("input_tokens"), 400},
                                                                 {QStringLiteral("output_tokens"), 60},
                                                                 {QStringLiteral("total_tokens"), 460}}}}}},
             "response.completed");
    } else if (protocol == QLatin1String("chat")) {
        auto choice = [](const QJsonObject& delta, const QJsonValue& finish) {
            return QJsonArray{QJsonObject{{QStringLiteral("index"), 0}, {QStringLiteral("delta"), delta},
                                          {QStringLiteral("finish_reason"), finish}}};
        };
        data({{QStringLiteral("choices"), choice({{QStringLiteral("content"), text}}, QJsonValue::Null)}});
        data({{QStringLiteral("choices"), choice({}, QStringLiteral("stop"))}});
        data({{QStringLiteral("choices"), QJsonArray{}},
              {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), 400},
                                                    {QStringLiteral("completion_tokens"), 60},
                                                    {QStringLiteral("total_tokens"), 460}}}});
        out += "data: [DONE]\n\n";
    } else if (protocol == QLatin1String("anthropic")) {
        data({{QStringLiteral("type"), QStringLiteral("message_start")},
              {QStringLiteral("message"),
               QJsonObject{{QStringLiteral("id"), QStringLiteral("msg_fuse")},
                           {QStringLiteral("role"), QStringLiteral("assistant")},
                           {QStringLiteral("content"), QJsonArray{}},
                           {QStringLiteral("usage"), QJsonObject{{QStringLiteral("input_tokens"), 400},
                                                                 {QStringLiteral("output_tokens"), 1}}}}}},
             "message_start");
        data({{QStringLiteral("type"), QStringLiteral("content_block_start")},
              {QStringLiteral("index"), 0},
              {QStringLiteral("content_block"),
               QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), QString()}}}},
             "content_block_start");
        data({{QStringLiteral("type"), QStringLiteral("content_block_delta")},
              {QStringLiteral("index"), 0},
              {QStringLiteral("delta"),
               QJsonObject{{QStringLiteral("type"), QStringLiteral("text_delta")}, {QStringLiteral("text"), text}}}},
             "content_block_delta");
        data({{QStringLiteral("type"), QStringLiteral("content_block_stop")}, {QStringLiteral("index"), 0}},
             "content_block_stop");
        data({{QStringLiteral("type"), QStringLiteral("message_delta")},
              {QStringLiteral("delta"), QJsonObject{{QStringLiteral("stop_reason"), QStringLiteral("end_turn")}}},
              {QStringLiteral("usage"), QJsonObject{{QStringLiteral("output_tokens"), 60}}}},
             "message_delta");
        data({{QStringLiteral("type"), QStringLiteral("message_stop")}}, "message_stop");
    } else {
        data({{QStringLiteral("candidates"),
               QJsonArray{QJsonObject{
                   {QStringLiteral("content"),
                    QJsonObject{{QStringLiteral("parts"), QJsonArray{QJsonObject{{QStringLiteral("text"), text}}}},
                                {QStringLiteral("role"), QStringLiteral("model")}}},
                   {QStringLiteral("index"), 0},
                   {QStringLiteral("finishReason"), QStringLiteral("STOP")}}}},
              {QStringLiteral("usageMetadata"), QJsonObject{{QStringLiteral("promptTokenCount"), 400},
                                                            {QStringLiteral("candidatesTokenCount"), 60},
                                                            {QStringLiteral("totalTokenCount"), 460}}},
              {QStringLiteral("responseId"), QStringLiteral("gem-fuse")}});
    }
    return out;
}

} // namespace Cb::Test
