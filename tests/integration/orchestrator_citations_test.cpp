// A run started from a pack checks each finished answer's citations against that pack and
// stores them with the call, so history (and everything read from it) needs no pack file.
#include "core/pack/pack.h"
#include "core/run/runsession.h"
#include "support/providertesting.h"
#include "support/runfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Test;

namespace {

// An Anthropic stream whose answer is `text`, split in two deltas mid-citation.
QByteArray anthropicAnswer(const QString& text)
{
    auto delta = [](const QString& part) -> QByteArray {
        QJsonObject d{{QStringLiteral("type"), QStringLiteral("content_block_delta")},
                      {QStringLiteral("index"), 0},
                      {QStringLiteral("delta"), QJsonObject{{QStringLiteral("type"), QStringLiteral("text_delta")},
                                                            {QStringLiteral("text"), part}}}};
        return QByteArray("event: content_block_delta\ndata: ") + QJsonDocument(d).toJson(QJsonDocument::Compact) +
               "\n\n";
    };
    const qsizetype half = text.size() / 2;
    // Built step by step: a string builder over the lambda's temporaries would dangle.
    QByteArray out("event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"type\":"
                      "\"message\",\"role\":\"assistant\",\"content\":[],\"model\":\"claude-sonnet-4-5\",\"usage\":"
                      "{\"input_tokens\":11,\"output_tokens\":1}}}\n\n"
                      "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,"
                      "\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n");
    out += delta(text.left(half));
    out += delta(text.mid(half));
    out += QByteArray("event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n"
           "event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\"},"
           "\"usage\":{\"output_tokens\":30}}\n\n"
           "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n");
    return out;
}

} // namespace

TEST(OrchestratorCitations, finishedAnswer_checkedAgainstThePackSent_storedAndReloaded)
{
    RunFixture f;
    const QString answer = QStringLiteral("Spend at most $40,000 [[a1b2c3: “capped at $40,000 for Q2”]], "
                                          "not $90,000 [[a1b2c3: \"capped at $90,000\"]].");
    f.anthropic.setHandler([&](const RecordedRequest&) -> std::optional<FakeResponse> {
        return FakeResponse::sse(anthropicAnswer(answer));
    });
    Pack pack;
    PackSection section;
    section.name = QStringLiteral("Memos");
    PackItem memo = PackItem::note(QStringLiteral("Budget memo"),
                                   QStringLiteral("The marketing budget is capped at $40,000 for Q2."));
    memo.id = QStringLiteral("a1b2c3d4-0000-4000-8000-000000000001");
    section.items << memo;
    pack.sections << section;
    RunInput input = RunFixture::input();
    input.pack = std::make_shared<const Pack>(pack);

    RunOrchestrator orchestrator(f.environment());
    QSignalSpy finished(&orchestrator, &RunOrchestrator::finished);
    auto session = orchestrator.start(input, RunFixture::plan({QStringLiteral("anthropic:claude-sonnet-4-5")}, 1));
    ASSERT_TRUE(session.has_value()) << session.error().message.toStdString();
    ASSERT_TRUE(waitFor([&] { return finished.count() == 1; }, 20000));

    const CallRecord& live = (*session)->record().calls.first();
    ASSERT_EQ(live.status, CallStatus::Done);
    EXPECT_EQ(live.text, answer);
    EXPECT_TRUE(live.citations.checked);
    EXPECT_EQ(live.citations.summary(), QStringLiteral("claims cited 2, verified 1, not found 1"));

    auto stored = f.history->loadRun((*session)->record().id);
    ASSERT_TRUE(stored.has_value());
    const CitationReport& report = stored->calls.first().citations;
    ASSERT_EQ(report.total(), 2);
    EXPECT_TRUE(report.citations[0].verified());
    EXPECT_EQ(report.citations[0].title, QStringLiteral("Budget memo"));
    EXPECT_EQ(report.citations[1].status, Citation::Status::QuoteNotFound);
}

TEST(OrchestratorCitations, runWithoutPack_leavesCitationsUnchecked)
{
    RunFixture f;
    f.anthropic.setHandler([&](const RecordedRequest&) -> std::optional<FakeResponse> {
        return FakeResponse::sse(anthropicAnswer(QStringLiteral("See [[a1b2c3: \"x\"]].")));
    });
    RunOrchestrator orchestrator(f.environment());
    QSignalSpy finished(&orchestrator, &RunOrchestrator::finished);
    auto session = orchestrator.start(RunFixture::input(), RunFixture::plan({QStringLiteral("anthropic:claude-sonnet-4-5")}, 1));
    ASSERT_TRUE(session.has_value());
    ASSERT_TRUE(waitFor([&] { return finished.count() == 1; }, 20000));
    EXPECT_FALSE((*session)->record().calls.first().citations.checked);
    auto stored = f.history->loadRun((*session)->record().id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_FALSE(stored->calls.first().citations.checked);
}
