// The pure parts of the batch clients: request lines built from the streamed-call bodies,
// result lines mapped like streamed calls, batch objects, and splitting into files.
#include "core/providers/anthropicprotocol.h"
#include "core/providers/batch/anthropicbatchprotocol.h"
#include "core/providers/batch/openaibatchprotocol.h"
#include "core/providers/responsesprotocol.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryFile>

#include <gtest/gtest.h>

using namespace Cb::Core;

namespace {

ProviderRequest request(ProviderKind kind, const QString& model, const QString& input = QStringLiteral("Plan it."))
{
    ProviderRequest r;
    r.kind = kind;
    r.baseUrl = QStringLiteral("http://127.0.0.1:9/v1");
    r.apiKey = QStringLiteral("sk-batch-secret-123456");
    r.model = model;
    r.instructions = QStringLiteral("Be brief.");
    r.input = input;
    r.reasoningEffort = QStringLiteral("high");
    r.maxOutputTokens = 4000;
    return r;
}

QJsonObject json(const QByteArray& bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

QByteArray readAll(const BatchFile& f)
{
    QFile file(f.path());
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << f.path().toStdString();
    return file.readAll();
}

} // namespace

TEST(OpenAiBatchProtocol, requestLine_isTheStreamedBodyWithoutStreaming)
{
    ProviderRequest r = request(ProviderKind::OpenAiResponses, QStringLiteral("o3-pro"));
    r.background = true;
    const QJsonObject line = json(OpenAiBatchProtocol::requestLine(QStringLiteral("c1"), r));
    EXPECT_EQ(line.value(QStringLiteral("custom_id")).toString(), QStringLiteral("c1"));
    EXPECT_EQ(line.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
    EXPECT_EQ(line.value(QStringLiteral("url")).toString(), QStringLiteral("/v1/responses"));
    QJsonObject streamed = json(ResponsesProtocol::createCall(r).body);
    for (const char* key : {"stream", "background", "store"})
        streamed.remove(QLatin1String(key));
    EXPECT_EQ(line.value(QStringLiteral("body")).toObject(), streamed);
    EXPECT_FALSE(line.value(QStringLiteral("body")).toObject().contains(QStringLiteral("stream")));
}

TEST(OpenAiBatchProtocol, parseLine_success_sameTextAndUsageAsParseResponse)
{
    const QJsonObject body = json(R"({"id":"resp_1","status":"completed","model":"o3",
        "output":[{"type":"reasoning","summary":[{"type":"summary_text","text":"why"}]},
                  {"type":"message","content":[{"type":"output_text","text":"the plan"}]}],
        "usage":{"input_tokens":120,"input_tokens_details":{"cached_tokens":20},
                 "output_tokens":80,"output_tokens_details":{"reasoning_tokens":30}}})");
    const QJsonObject line{{QStringLiteral("custom_id"), QStringLiteral("c7")},
                           {QStringLiteral("response"), QJsonObject{{QStringLiteral("status_code"), 200},
                                                                    {QStringLiteral("body"), body}}},
                           {QStringLiteral("error"), QJsonValue()}};
    const BatchLineResult r = OpenAiBatchProtocol::parseLine(line, QString());
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.customId, QStringLiteral("c7"));
    EXPECT_EQ(r.result.text, QStringLiteral("the plan"));
    EXPECT_EQ(r.result.reasoning, QStringLiteral("why"));
    EXPECT_EQ(r.result.usage, ResponsesProtocol::parseResponse(body).usage);
    EXPECT_EQ(r.result.usage.inputTokens, 120);
    EXPECT_EQ(r.result.usage.reasoningTokens, 30);
    EXPECT_EQ(r.result.responseId, QStringLiteral("resp_1"));
    EXPECT_FALSE(r.result.truncated);
}

TEST(OpenAiBatchProtocol, parseLine_incompleteResponse_succeedsTruncated)
{
    const QJsonObject line = json(R"({"custom_id":"c1","response":{"status_code":200,"body":
        {"id":"r","status":"incomplete","incomplete_details":{"reason":"max_output_tokens"},
         "output":[{"type":"message","content":[{"type":"output_text","text":"cut"}]}]}}})");
    const BatchLineResult r = OpenAiBatchProtocol::parseLine(line, QString());
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r.result.truncated);
    EXPECT_EQ(r.result.finishReason, QStringLiteral("max_output_tokens"));
}

TEST(OpenAiBatchProtocol, parseLine_http400_failedWithProviderMessageAndNoKey)
{
    const QJsonObject line = json(R"({"custom_id":"c2","response":{"status_code":400,"body":
        {"error":{"type":"invalid_request_error","message":"bad key sk-batch-secret-123456 here"}}},"error":null})");
    const BatchLineResult r = OpenAiBatchProtocol::parseLine(line, QStringLiteral("sk-batch-secret-123456"));
    EXPECT_EQ(r.outcome, BatchLineResult::Outcome::Failed);
    EXPECT_TRUE(r.error.message.contains(QStringLiteral("bad key"))) << r.error.message.toStdString();
    EXPECT_FALSE(r.error.message.contains(QStringLiteral("sk-batch-secret-123456")));
}

TEST(OpenAiBatchProtocol, parseLine_batchExpiredCode_expired)
{
    const BatchLineResult r = OpenAiBatchProtocol::parseLine(
        json(R"({"custom_id":"c3","response":null,"error":{"code":"batch_expired","message":"x"}})"), QString());
    EXPECT_EQ(r.outcome, BatchLineResult::Outcome::Expired);
}

TEST(OpenAiBatchProtocol, parseStatus_failed_keepsValidationErrorsPerLine)
{
    const OpenAiBatchProtocol p(request(ProviderKind::OpenAiResponses, QStringLiteral("o3")));
    const auto s = p.parseStatus(R"({"id":"batch_9","status":"failed","errors":{"data":[
        {"code":"invalid_json","message":"Line is not valid JSON","line":2},
        {"code":"too_many","message":"Too many lines","line":null}]},
        "request_counts":{"total":3,"completed":0,"failed":0}})");
    ASSERT_TRUE(s) << s.error().message.toStdString();
    EXPECT_EQ(s->state, BatchState::Failed);
    ASSERT_EQ(s->validationErrors.size(), 2);
    EXPECT_EQ(s->validationErrors[0].first, 2);
    EXPECT_EQ(s->validationErrors[0].second, QStringLiteral("Line is not valid JSON (invalid_json)"));
    EXPECT_EQ(s->validationErrors[1].first, -1);
    EXPECT_TRUE(s->isTerminal());
}

TEST(OpenAiBatchProtocol, parseStatus_unknownStatus_parseError)
{
    const OpenAiBatchProtocol p(request(ProviderKind::OpenAiResponses, QStringLiteral("o3")));
    EXPECT_FALSE(p.parseStatus(R"({"id":"batch_9","status":"paused"})"));
    EXPECT_FALSE(p.parseStatus("<html>"));
}

TEST(OpenAiBatchProtocol, prepare_twoModelsAndLineLimit_oneModelPerFileSplitAtLimit)
{
    const OpenAiBatchProtocol p(request(ProviderKind::OpenAiResponses, QStringLiteral("o3")));
    QList<BatchItem> items;
    for (int i = 0; i < 5; ++i) {
        items.append({QStringLiteral("a%1").arg(i), request(ProviderKind::OpenAiResponses, QStringLiteral("o3-pro"))});
        items.append({QStringLiteral("b%1").arg(i), request(ProviderKind::OpenAiResponses, QStringLiteral("o3"))});
    }
    const auto files = p.prepare(items, {3, OpenAiBatchProtocol::maxBytes});
    ASSERT_TRUE(files) << files.error().message.toStdString();
    ASSERT_EQ(files->size(), 4); // o3: 3 + 2, o3-pro: 3 + 2
    QStringList all;
    for (const BatchFile& f : *files) {
        EXPECT_LE(f.customIds.size(), 3);
        const QByteArray body = readAll(f);
        EXPECT_TRUE(body.contains("name=\"purpose\"\r\n\r\nbatch\r\n"));
        const qsizetype start = body.indexOf("\r\n\r\n{") + 4;
        const qsizetype end = body.indexOf("\r\n--contextbench-batch", start);
        const QList<QByteArray> lines = body.mid(start, end - start).trimmed().split('\n');
        ASSERT_EQ(lines.size(), f.customIds.size());
        for (int i = 0; i < lines.size(); ++i) {
            const QJsonObject line = json(lines[i]);
            EXPECT_EQ(line.value(QStringLiteral("custom_id")).toString(), f.customIds[i]);
            EXPECT_EQ(line.value(QStringLiteral("body")).toObject().value(QStringLiteral("model")).toString(), f.model);
        }
        all += f.customIds;
    }
    EXPECT_EQ(all.size(), 10);
    EXPECT_EQ(files->at(0).model, QStringLiteral("o3"));
    EXPECT_EQ(files->at(0).customIds, (QStringList{QStringLiteral("b0"), QStringLiteral("b1"), QStringLiteral("b2")}));
}

TEST(OpenAiBatchProtocol, prepare_byteLimit_splitsBeforePassingIt)
{
    const OpenAiBatchProtocol p(request(ProviderKind::OpenAiResponses, QStringLiteral("o3")));
    QList<BatchItem> items;
    for (int i = 0; i < 6; ++i)
        items.append({QStringLiteral("c%1").arg(i),
                      request(ProviderKind::OpenAiResponses, QStringLiteral("o3"), QString(1000, QLatin1Char('x')))});
    const qint64 lineBytes = OpenAiBatchProtocol::requestLine(QStringLiteral("c0"), items[0].request).size() + 1;
    const auto files = p.prepare(items, {1000, lineBytes * 2 + 10});
    ASSERT_TRUE(files);
    ASSERT_EQ(files->size(), 3);
    for (const BatchFile& f : *files)
        EXPECT_LE(f.payloadBytes, lineBytes * 2 + 10);
    const auto tooSmall = p.prepare(items, {1000, lineBytes / 2});
    ASSERT_FALSE(tooSmall);
    EXPECT_EQ(tooSmall.error().code, ErrorCode::TooLarge);
}

TEST(AnthropicBatchProtocol, requestEntry_isTheStreamedBodyWithoutStream)
{
    ProviderRequest r = request(ProviderKind::Anthropic, QStringLiteral("claude-opus-4-20250514"));
    r.thinkingBudget = 2048;
    const auto entry = AnthropicBatchProtocol::requestEntry(QStringLiteral("case-1_m0_r1"), r);
    ASSERT_TRUE(entry);
    QJsonObject streamed = json(AnthropicProtocol::createCall(r)->body);
    streamed.remove(QStringLiteral("stream"));
    EXPECT_EQ(json(*entry).value(QStringLiteral("params")).toObject(), streamed);
    EXPECT_EQ(json(*entry).value(QStringLiteral("custom_id")).toString(), QStringLiteral("case-1_m0_r1"));
}

TEST(AnthropicBatchProtocol, requestEntry_badCustomIdOrBudget_clearError)
{
    const ProviderRequest r = request(ProviderKind::Anthropic, QStringLiteral("claude-opus-4-20250514"));
    EXPECT_FALSE(AnthropicBatchProtocol::requestEntry(QStringLiteral("case 1"), r));
    EXPECT_FALSE(AnthropicBatchProtocol::requestEntry(QString(65, QLatin1Char('a')), r));
    EXPECT_TRUE(AnthropicBatchProtocol::requestEntry(QString(64, QLatin1Char('a')), r));
    ProviderRequest bad = r;
    bad.thinkingBudget = 100;
    const auto e = AnthropicBatchProtocol::requestEntry(QStringLiteral("ok"), bad);
    ASSERT_FALSE(e);
    EXPECT_TRUE(e.error().message.contains(QStringLiteral("thinking budget")));
}

TEST(AnthropicBatchProtocol, parseLine_succeeded_usageNormalisedLikeStream)
{
    const BatchLineResult r = AnthropicBatchProtocol::parseLine(json(R"({"custom_id":"x","result":{"type":"succeeded",
        "message":{"id":"msg_1","model":"claude","stop_reason":"max_tokens",
          "content":[{"type":"thinking","thinking":"a"},{"type":"thinking","thinking":"b"},{"type":"text","text":"plan"}],
          "usage":{"input_tokens":10,"cache_creation_input_tokens":3,"cache_read_input_tokens":7,"output_tokens":40}}}})"),
        QString());
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.result.text, QStringLiteral("plan"));
    EXPECT_EQ(r.result.reasoning, QStringLiteral("a\n\nb"));
    EXPECT_EQ(r.result.usage.inputTokens, 20);
    EXPECT_EQ(r.result.usage.cachedInputTokens, 7);
    EXPECT_EQ(r.result.usage.cacheWriteTokens, 3);
    EXPECT_EQ(r.result.usage.outputTokens, 40);
    EXPECT_TRUE(r.result.truncated);
    EXPECT_EQ(r.result.responseId, QStringLiteral("msg_1"));
}

TEST(AnthropicBatchProtocol, parseLine_erroredExpiredCanceled_outcomes)
{
    const BatchLineResult e = AnthropicBatchProtocol::parseLine(json(R"({"custom_id":"x","result":{"type":"errored",
        "error":{"type":"error","error":{"type":"invalid_request_error","message":"max_tokens too large"}}}})"), QString());
    EXPECT_EQ(e.outcome, BatchLineResult::Outcome::Failed);
    EXPECT_TRUE(e.error.message.contains(QStringLiteral("max_tokens too large"))) << e.error.message.toStdString();
    EXPECT_EQ(AnthropicBatchProtocol::parseLine(json(R"({"custom_id":"x","result":{"type":"expired"}})"), QString()).outcome,
              BatchLineResult::Outcome::Expired);
    EXPECT_EQ(AnthropicBatchProtocol::parseLine(json(R"({"custom_id":"x","result":{"type":"canceled"}})"), QString()).outcome,
              BatchLineResult::Outcome::Cancelled);
}

TEST(AnthropicBatchProtocol, parseStatus_endedStates_fromTimestampsAndCounts)
{
    const AnthropicBatchProtocol p(request(ProviderKind::Anthropic, QStringLiteral("claude")));
    const auto done = p.parseStatus(R"({"id":"msgbatch_1","processing_status":"ended","cancel_initiated_at":null,
        "request_counts":{"processing":0,"succeeded":2,"errored":1,"canceled":0,"expired":0}})");
    ASSERT_TRUE(done);
    EXPECT_EQ(done->state, BatchState::Completed);
    EXPECT_EQ(done->total, 3);
    const auto expired = p.parseStatus(R"({"id":"msgbatch_1","processing_status":"ended",
        "request_counts":{"processing":0,"succeeded":2,"errored":0,"canceled":0,"expired":1}})");
    EXPECT_EQ(expired->state, BatchState::Expired);
    const auto cancelled = p.parseStatus(R"({"id":"msgbatch_1","processing_status":"ended",
        "cancel_initiated_at":"2026-01-01T00:00:00Z","request_counts":{"canceled":1}})");
    EXPECT_EQ(cancelled->state, BatchState::Cancelled);
    const auto cancelling = p.parseStatus(R"({"id":"msgbatch_1","processing_status":"canceling"})");
    EXPECT_EQ(cancelling->state, BatchState::Cancelling);
    EXPECT_FALSE(p.parseStatus(R"({"id":"msgbatch_1","processing_status":"weird"})"));
}

TEST(AnthropicBatchProtocol, prepare_byteLimit_validJsonBodiesUnderLimit)
{
    const AnthropicBatchProtocol p(request(ProviderKind::Anthropic, QStringLiteral("claude")));
    QList<BatchItem> items;
    for (int i = 0; i < 7; ++i)
        items.append({QStringLiteral("c%1").arg(i),
                      request(ProviderKind::Anthropic, QStringLiteral("claude"), QString(500, QLatin1Char('y')))});
    const qint64 entry = AnthropicBatchProtocol::requestEntry(QStringLiteral("c0"), items[0].request)->size() + 1;
    const auto files = p.prepare(items, {100, entry * 3 + 20});
    ASSERT_TRUE(files);
    ASSERT_EQ(files->size(), 3);
    int total = 0;
    for (const BatchFile& f : *files) {
        const QByteArray body = readAll(f);
        EXPECT_LE(body.size(), entry * 3 + 20);
        const QJsonArray reqs = json(body).value(QStringLiteral("requests")).toArray();
        ASSERT_EQ(reqs.size(), f.customIds.size());
        total += int(reqs.size());
    }
    EXPECT_EQ(total, 7);
    // Two models may share a batch at Anthropic.
    items[3].request.model = QStringLiteral("claude-other");
    EXPECT_EQ(p.prepare(items, {100, entry * 3 + 20})->size(), 3);
}
