// Fusion (issue 17): pick-mode assembly, lineage from a model's source markers, the gate that
// keeps fusion after judging, the words of the lineage, and the fusions table.
#include "core/compare/sectiongrid.h"
#include "core/fusion/fusionanswer.h"
#include "core/fusion/fusiongate.h"
#include "core/fusion/fusionlineage.h"
#include "core/fusion/fusionplan.h"
#include "core/fusion/fusionprompt.h"
#include "core/history/database.h"
#include "core/history/fusionstore.h"
#include "core/history/historystore.h"
#include "support/tempworkspace.h"

#include <gtest/gtest.h>

using namespace Cb::Core;
using Cb::Test::TempWorkspace;

namespace {

CallRecord answer(qint64 id, const QString& key, const QString& text, int repeat = 0)
{
    CallRecord c;
    c.id = id;
    c.provider = key.section(QLatin1Char(':'), 0, 0);
    c.model = key.section(QLatin1Char(':'), 1);
    c.repeatIndex = repeat;
    c.status = CallStatus::Done;
    c.text = text;
    return c;
}

RunRecord runOf(const QStringList& texts)
{
    RunRecord run;
    run.id = 7;
    run.packGoal = QStringLiteral("Plan the v2 launch");
    const QStringList keys{QStringLiteral("openai:o3"), QStringLiteral("anthropic:claude-sonnet-4-5"),
                           QStringLiteral("gemini:gemini-2.5-pro")};
    for (int i = 0; i < texts.size(); ++i)
        run.calls.append(answer(11 + i, keys[i], texts[i]));
    return run;
}

FusionPlan picked(const QStringList& texts, const FusionChoices& choices)
{
    const RunRecord run = runOf(texts);
    return FusionPlan::pick(SectionGrid(texts), FusionAnswer::of(run), choices);
}

QString lineage(const FusionPlan& plan)
{
    QStringList out;
    for (const FusionSection& s : plan.sections) {
        QStringList ids;
        for (qint64 id : s.sources)
            ids.append(QString::number(id));
        out.append(QStringLiteral("%1/%2:%3").arg(s.title).arg(s.level).arg(ids.join(QLatin1Char(','))));
    }
    return out.join(QLatin1Char('|'));
}

const QString kA = QStringLiteral("# Plan\n## Goals\nShip v2.\n## Timeline\nQ1.\n## Risks\nChurn.\n");
const QString kB = QStringLiteral("## 1. Goals\nShip v2 fast.\n## Budget\n$10k.\n## Timeline and milestones\nQ1.\n");

} // namespace

TEST(FusionPlan_pick, differentlyNamedAndOrderedHeadings_keepEachPickedVersionVerbatim)
{
    // Rows: Plan(a) | Goals(a,b) | Budget(b) | Timeline(a,b) | Risks(a).
    const FusionPlan plan = picked({kA, kB}, {{}, {1}, {1}, {0}, {0}});
    EXPECT_EQ(plan.text, QStringLiteral("## 1. Goals\n\nShip v2 fast.\n\n## Budget\n\n$10k.\n\n## Timeline\n\nQ1.\n\n"
                                        "## Risks\n\nChurn.\n"))
        << plan.text.toStdString();
    EXPECT_EQ(lineage(plan), QStringLiteral("1. Goals/2:12|Budget/2:12|Timeline/2:11|Risks/2:11"));
    for (const FusionSection& s : plan.sections)
        EXPECT_TRUE(s.mergedBy.isEmpty()); // nobody merged: the lineage is the user's ticks
}

TEST(FusionPlan_pick, severalVersionsOfOneSection_followOneAnotherUnderTheFirstHeading)
{
    const FusionPlan plan = picked({kA, kB}, {{}, {0, 1}});
    EXPECT_EQ(plan.text, QStringLiteral("## Goals\n\nShip v2.\n\nShip v2 fast.\n"));
    EXPECT_EQ(lineage(plan), QStringLiteral("Goals/2:11,12"));
}

TEST(FusionPlan_pick, koreanHeadings_alignAndAssemble)
{
    const QString a = QStringLiteral("## 목표\n출시한다.\n## 일정\n1분기.\n## 위험\n이탈.\n");
    const QString b = QStringLiteral("## 1. 목표\n빠르게 출시한다.\n## 예산\n천만 원.\n## 위험 요소\n비용 증가.\n");
    // Rows: 목표(a,b) | 예산(b) | 일정(a) | 위험(a,b).
    const FusionPlan plan = picked({a, b}, {{1}, {1}, {0}, {1}});
    EXPECT_EQ(plan.text, QStringLiteral("## 1. 목표\n\n빠르게 출시한다.\n\n## 예산\n\n천만 원.\n\n## 일정\n\n1분기.\n\n"
                                        "## 위험 요소\n\n비용 증가.\n"))
        << plan.text.toStdString();
    EXPECT_EQ(lineage(plan), QStringLiteral("1. 목표/2:12|예산/2:12|일정/2:11|위험 요소/2:12"));
}

TEST(FusionPlan_pick, answersWithoutHeadings_areOneSectionTakenWhole)
{
    const QString a = QStringLiteral("Do it all at once.\nThen ship.");
    const QString b = QStringLiteral("Do it carefully,\n\n  step by step.\n");
    FusionPlan plan = picked({a, b}, {{1}});
    EXPECT_EQ(plan.text, QStringLiteral("Do it carefully,\n\n  step by step.\n"));
    EXPECT_EQ(lineage(plan), QStringLiteral("/0:12"));

    // One answer without headings beside one with: its text is a row of its own, in the
    // grid's order; picked with a heading of the other, each keeps its own form.
    const QString withHeadings = QStringLiteral("## Goals\nShip.\n## Risks\nChurn.\n");
    const SectionGrid grid({a, withHeadings});
    FusionChoices choices;
    QStringList order;
    for (const SectionGridRow& row : grid.rows()) {
        choices.append(row.title.isEmpty() ? QList<int>{0} : row.title == QLatin1String("Risks") ? QList<int>{1} : QList<int>{});
        if (!choices.last().isEmpty())
            order.append(row.title.isEmpty() ? QStringLiteral("Do it all at once.\nThen ship.")
                                             : QStringLiteral("## Risks\n\nChurn."));
    }
    ASSERT_EQ(order.size(), 2);
    plan = picked({a, withHeadings}, choices);
    EXPECT_EQ(plan.text, order.join(QStringLiteral("\n\n")) + QLatin1Char('\n')) << plan.text.toStdString();
    EXPECT_TRUE(lineage(plan).contains(QStringLiteral("/0:11")));
    EXPECT_TRUE(lineage(plan).contains(QStringLiteral("Risks/2:12")));
}

TEST(FusionPlan_pick, nothingTicked_givesAnEmptyPlan)
{
    const FusionPlan plan = picked({kA, kB}, {});
    EXPECT_TRUE(plan.text.isEmpty());
    EXPECT_TRUE(plan.sections.isEmpty());
}

TEST(FusionPlan_fromReply, sourceMarkers_becomeLineageAndLeaveThePlan)
{
    const RunRecord run = runOf({kA, kB});
    const QString reply = QStringLiteral("Intro line.\n<!-- sources: 2 -->\n\n## Goals\n<!-- sources: 1, 2 -->\n"
                                         "Ship v2 fast.\n\n## Risks\n**Sources:** 1, 7\nChurn.\n\n## Budget\n$10k.\n");
    const FusionPlan plan = FusionPlan::fromReply(reply, FusionAnswer::of(run), QStringLiteral("openai:gpt-4.1"));
    EXPECT_EQ(plan.text, QStringLiteral("Intro line.\n\n## Goals\n\nShip v2 fast.\n\n## Risks\n\nChurn.\n\n## Budget\n\n$10k.\n"))
        << plan.text.toStdString();
    // 7 names no answer and is dropped; Budget has no marker: no sources rather than a guess.
    EXPECT_EQ(lineage(plan), QStringLiteral("/0:12|Goals/2:11,12|Risks/2:11|Budget/2:"));
    for (const FusionSection& s : plan.sections)
        EXPECT_EQ(s.mergedBy, QStringLiteral("openai:gpt-4.1"));
}

TEST(FusionPlan_sourceMarker, proseAboutSources_isNoMarker)
{
    EXPECT_FALSE(FusionPlan::sourceMarker(QStringLiteral("Sources: see the appendix")).has_value());
    EXPECT_FALSE(FusionPlan::sourceMarker(QStringLiteral("Open sources are cheaper: 3 of them.")).has_value());
    EXPECT_EQ(*FusionPlan::sourceMarker(QStringLiteral("  <!-- SOURCES: 3,1 -->")), (QList<int>{3, 1}));
    EXPECT_EQ(*FusionPlan::sourceMarker(QStringLiteral("_Source: 2_")), (QList<int>{2}));
}

TEST(FusionPrompt_fuse, numbersEveryAnswerAndAsksForMarkers)
{
    const RunRecord run = runOf({kA, kB});
    const QString input = FusionPrompt::fuseInput(run, FusionAnswer::of(run));
    EXPECT_TRUE(input.startsWith(QStringLiteral("<task>\nPlan the v2 launch\n</task>")));
    EXPECT_TRUE(input.contains(QStringLiteral("<answer number=\"2\">\n## 1. Goals\nShip v2 fast.")));
    EXPECT_TRUE(FusionPrompt::instructions().contains(QStringLiteral("<!-- sources: 1, 3 -->")));
}

TEST(FusionPrompt_guided, onlyTheTickedSectionsWithKeepOrMerge)
{
    const RunRecord run = runOf({kA, kB});
    const QList<FusionAnswer> answers = FusionAnswer::of(run);
    const SectionGrid grid({kA, kB});
    const QString input = FusionPrompt::guidedInput(run, answers, grid, {{}, {0, 1}, {1}});
    EXPECT_TRUE(input.contains(QStringLiteral("<section number=\"1\" title=\"Goals\" action=\"merge answers 1, 2\">\n"
                                              "<version answer=\"1\">\nShip v2.\n</version>\n<version answer=\"2\">\n"
                                              "Ship v2 fast.\n</version>\n</section>")))
        << input.toStdString();
    EXPECT_TRUE(input.contains(QStringLiteral("title=\"Budget\" action=\"keep answer 2\"")));
    EXPECT_FALSE(input.contains(QStringLiteral("Churn"))); // Risks was not ticked
    const QJsonArray choices = FusionPrompt::choicesJson(answers, grid, {{}, {0, 1}, {1}});
    ASSERT_EQ(choices.size(), 2);
    EXPECT_EQ(choices[0].toObject().value(QStringLiteral("sources")).toArray(), (QJsonArray{11, 12}));
}

TEST(FusionGate_blocker, beforeEveryBlindPairIsVoted_saysWhatIsMissing)
{
    RunRecord run = runOf({kA, kB, QStringLiteral("## Goals\nShip.")});
    EXPECT_EQ(FusionGate::blocker(run),
              QStringLiteral("Vote on every blind pair (0 of 3 done) or rank the answers blind first: fusion comes after "
                             "judging, not instead of it."));
    run.votes.append({1, 7, 11, 12, QStringLiteral("left"), true, {}});
    run.votes.append({2, 7, 13, 11, QStringLiteral("tie"), true, {}});
    run.votes.append({3, 7, 12, 13, QStringLiteral("left"), false, {}}); // open votes are no blind judgement
    EXPECT_TRUE(FusionGate::blocker(run).contains(QStringLiteral("2 of 3 done")));
    run.votes.append({4, 7, 13, 12, QStringLiteral("right"), true, {}});
    EXPECT_TRUE(FusionGate::blocker(run).isEmpty());
}

TEST(FusionGate_blocker, aBlindRanking_opensIt)
{
    RunRecord run = runOf({kA, kB, QStringLiteral("## Goals\nShip.")});
    RankingRecord ranking;
    ranking.entries = {{11, 1}, {12, 2}, {13, 3}};
    ranking.blind = false;
    run.rankings.append(ranking);
    EXPECT_FALSE(FusionGate::blocker(run).isEmpty());
    run.rankings.last().blind = true;
    EXPECT_TRUE(FusionGate::blocker(run).isEmpty());
}

TEST(FusionGate_blocker, fewerThanTwoFinishedAnswers_isBlocked)
{
    RunRecord run = runOf({kA, kB});
    run.calls[1].status = CallStatus::Failed;
    run.votes.append({1, 7, 11, 12, QStringLiteral("left"), true, {}});
    EXPECT_EQ(FusionGate::blocker(run), QStringLiteral("Fusion needs at least two finished answers."));
}

TEST(FusionLineage_describe, namesTheAnswersAndTheModelThatMerged)
{
    RunRecord run = runOf({kA, kB});
    run.calls.append(answer(13, QStringLiteral("openai:o3"), kA, 1));
    EXPECT_EQ(FusionLineage::describe({QStringLiteral("Goals"), 2, {13, 12}, QStringLiteral("openai:gpt-4.1")}, run),
              QStringLiteral("from o3 #2 and claude-sonnet-4-5 #1, merged by gpt-4.1"));
    EXPECT_EQ(FusionLineage::describe({QStringLiteral("Goals"), 2, {11}, {}}, run), QStringLiteral("from o3 #1, as written"));
    EXPECT_EQ(FusionLineage::describe({QStringLiteral("Goals"), 2, {}, QStringLiteral("openai:gpt-4.1")}, run),
              QStringLiteral("written by gpt-4.1, which did not mark its sources"));
    const QJsonObject json = FusionLineage::json(
        FusionRecord{.id = 3, .mode = QStringLiteral("pick"), .sections = {{QStringLiteral("Goals"), 2, {12}, {}}}}, run,
        false);
    const QJsonObject source = json[QStringLiteral("sections")][0][QStringLiteral("sources")][0].toObject();
    EXPECT_EQ(source.value(QStringLiteral("call_index")).toInt(), 2);
    EXPECT_EQ(source.value(QStringLiteral("label")).toString(), QStringLiteral("claude-sonnet-4-5 #1"));
    EXPECT_TRUE(json.value(QStringLiteral("merged_by")).isNull());
}

TEST(FusionStore_roundTrip, planLineageAndOutcomeComeBack)
{
    TempWorkspace ws;
    auto db = Database::open(ws.filePath(QStringLiteral("h.sqlite")));
    ASSERT_TRUE(db);
    HistoryStore history(**db);
    RunRecord run = runOf({kA, kB});
    for (CallRecord& c : run.calls)
        c.id = 0;
    ASSERT_TRUE(history.insertRun(run));
    FusionStore store(**db);
    FusionRecord f;
    f.runId = run.id;
    f.mode = QStringLiteral("fuse");
    f.provider = QStringLiteral("openai");
    f.model = QStringLiteral("gpt-4.1");
    f.params = QJsonObject{{QStringLiteral("background"), true}};
    f.instructions = QStringLiteral("Merge.");
    f.input = QStringLiteral("<answer number=\"1\">…</answer>");
    f.status = CallStatus::Streaming;
    f.text = QStringLiteral("## 목표\n<!-- sources: 1 -->\n출시.");
    f.responseId = QStringLiteral("resp_9");
    f.startedAt = QDateTime::currentDateTimeUtc();
    ASSERT_TRUE(store.insert(f));
    EXPECT_EQ(history.unfinishedRunIds().value(), QList<qint64>{run.id}); // resumable like any call

    f.status = CallStatus::Done;
    f.costUsd = 0.0123;
    f.totalMs = 2500;
    f.plan = QStringLiteral("## 목표\n\n출시.\n");
    f.sections = {{QStringLiteral("목표"), 2, {run.calls[0].id}, QStringLiteral("openai:gpt-4.1")}};
    ASSERT_TRUE(store.update(f));
    EXPECT_TRUE(history.unfinishedRunIds().value().isEmpty());

    const QList<FusionRecord> loaded = store.ofRun(run.id).value();
    ASSERT_EQ(loaded.size(), 1);
    const FusionRecord& back = loaded.first();
    EXPECT_EQ(back.id, f.id);
    EXPECT_EQ(back.mode, QStringLiteral("fuse"));
    EXPECT_EQ(back.modelKey(), QStringLiteral("openai:gpt-4.1"));
    EXPECT_EQ(back.input, f.input);
    EXPECT_EQ(back.status, CallStatus::Done);
    EXPECT_EQ(back.text, f.text);
    EXPECT_EQ(back.plan, f.plan);
    EXPECT_EQ(back.responseId, QStringLiteral("resp_9"));
    EXPECT_DOUBLE_EQ(back.costUsd.value_or(-1), 0.0123);
    EXPECT_EQ(back.totalMs, std::optional<qint64>(2500));
    ASSERT_EQ(back.sections.size(), 1);
    EXPECT_EQ(back.sections[0].title, QStringLiteral("목표"));
    EXPECT_EQ(back.sections[0].sources, QList<qint64>{run.calls[0].id});
    EXPECT_EQ(back.sections[0].mergedBy, QStringLiteral("openai:gpt-4.1"));
}
