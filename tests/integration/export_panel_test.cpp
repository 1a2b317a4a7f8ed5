// The Panel table and statistics.panel in exports: per-rater rows, verdict and agreement, with a
// judge model's votes kept out of every human figure.
#include "exportfixture.h"
#include "formats/export/exportoptions.h"
#include "formats/export/reportfacts.h"
#include "formats/export/runexporter.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Formats;

namespace {

// The fixture's three votes by the person at the keyboard (o3-pro 2, tie 1), plus Ann for o3 on
// the same two calls and a judge model voting o3 four times.
RunRecord panelRun()
{
    RunRecord run = Cb::Test::comparisonRun();
    const qint64 o3 = run.calls[0].id;
    const qint64 pro = run.calls[1].id;
    VoteRecord ann{10, run.id, o3, pro, QStringLiteral("left"), true, {}};
    ann.raterId = 7;
    ann.raterName = QStringLiteral("Ann");
    ann.raterKind = QStringLiteral("human");
    run.votes.append(ann);
    for (int i = 0; i < 4; ++i) {
        VoteRecord judge{20 + i, run.id, o3, pro, QStringLiteral("left"), true, {}};
        judge.raterId = 8;
        judge.raterName = QStringLiteral("openai:gpt-4.1");
        judge.raterKind = QStringLiteral("judge");
        run.votes.append(judge);
    }
    return run;
}

} // namespace

// Pooled human votes: o3 1 win, o3-pro 2, 1 tie → n 4, o3's rate (1 + 0.5)/4 = 37.5%. One item
// with You (tie → 2) and Ann (o3 → 1): n_1 = n_2 = 1, o12 = o21 = 1, Σoδ² = 2·1, Σn n δ² = 2·1,
// α = 1 − 1·2/2 = 0; Cohen: p_o = 0, p_e = 0 → κ = 0.
TEST(ExportPanel_facts, judgeVotesStayOutOfPairsPanelAndCallCounts)
{
    const ReportFacts facts = ReportFacts::compute(panelRun());
    ASSERT_EQ(facts.pairs.size(), 1);
    EXPECT_EQ(facts.pairs[0].votes, 4);
    EXPECT_DOUBLE_EQ(facts.pairs[0].rate.rate, 0.375);
    EXPECT_EQ(facts.calls[0].votesWon, 1); // Ann's, not the judge's four
    EXPECT_EQ(facts.panel.judge.votes, 4);
    ASSERT_EQ(facts.panel.raters.size(), 2);
    EXPECT_EQ(facts.panel.raters[0].name, QStringLiteral("Ann"));
    EXPECT_EQ(facts.panel.agreement.itemsMultiRated, 1);
    ASSERT_TRUE(facts.panel.agreement.cohenKappa);
    EXPECT_NEAR(*facts.panel.agreement.cohenKappa, 0.0, 1e-12);
}

TEST(ExportPanel_report, markdownAndJsonCarryRatersVerdictAndAgreement)
{
    ExportOptions options;
    options.format = ExportFormat::Markdown;
    auto md = RunExporter::render(panelRun(), options);
    ASSERT_TRUE(md);
    const QString text = QString::fromUtf8(*md);
    EXPECT_TRUE(text.contains(QStringLiteral("## Panel"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("| Ann | 1 | o3 vs o3-pro | 1 |")));
    EXPECT_TRUE(text.contains(QStringLiteral("Verdict: o3-pro preferred in 63% of 4 judgements")));
    EXPECT_TRUE(text.contains(QStringLiteral("Agreement over 1 answer pair judged by more than one rater (2 raters)")));
    EXPECT_TRUE(text.contains(QStringLiteral("Votes of judge models kept apart from these figures: 4.")));

    options.format = ExportFormat::Json;
    auto json = RunExporter::render(panelRun(), options);
    ASSERT_TRUE(json);
    const QJsonObject panel = QJsonDocument::fromJson(*json)
                                  .object()
                                  .value(QStringLiteral("statistics"))
                                  .toObject()
                                  .value(QStringLiteral("panel"))
                                  .toObject();
    EXPECT_EQ(panel.value(QStringLiteral("judge")).toObject().value(QStringLiteral("votes")).toInt(), 4);
    EXPECT_EQ(panel.value(QStringLiteral("agreement")).toObject().value(QStringLiteral("items_multi_rated")).toInt(), 1);
    EXPECT_TRUE(panel.value(QStringLiteral("verdict")).toString().startsWith(QStringLiteral("o3-pro preferred")));
}
