#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/run/runsession.h"
#include "gui/comparesessions.h"
#include "gui/screenshots.h"
#include "support/tempworkspace.h"
#include "ui/compare/blindrankbar.h"
#include "ui/compare/blindranker.h"
#include "ui/compare/columnarea.h"
#include "ui/compare/comparepanel.h"
#include "ui/compare/outputcolumn.h"
#include "ui/stats/statsdialog.h"

#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace Cb;

TEST(ComparePanel_rank, ranksThreeBlindOutputsRevealsNamesAndKeepsTheRanking)
{
    Cb::Test::TempWorkspace ws;
    auto db = Core::Database::open(ws.filePath(QStringLiteral("history.sqlite")));
    ASSERT_TRUE(db);
    Core::HistoryStore store(**db);
    Core::RunRecord run = Cb::Test::compareRun(
        {QStringLiteral("o3"), QStringLiteral("o3-pro"), QStringLiteral("gpt-4.1")}, 1, true);
    ASSERT_TRUE(store.insertRun(run));
    Core::RunSession session(run);
    Ui::ComparePanel panel;
    panel.resize(1400, 700);
    panel.setHistoryStore(&store);
    panel.setBlindSeed(7);
    panel.showSession(&session);
    panel.toolButton(QStringLiteral("rankButton"))->click();
    ASSERT_TRUE(panel.ranker()->isActive());
    EXPECT_FALSE(panel.isBlind());

    // Every answer shown, anonymised, in the seeded shuffle; the model names nowhere in sight.
    const QList<int> order = Core::BlindSchedule::permutation(3, 7);
    QList<qint64> expected;
    for (int i : order)
        expected << run.calls[i].id;
    EXPECT_EQ(panel.ranker()->shownOrder(), expected);
    EXPECT_EQ(Cb::Test::shownTitles(panel),
              (QStringList{QStringLiteral("Output A"), QStringLiteral("Output B"),
                           QStringLiteral("Output C")}));
    EXPECT_TRUE(panel.reliabilityLabel()->text().isEmpty());
    Ui::BlindRankBar* bar = panel.rankBar();
    EXPECT_FALSE(bar->isHidden());
    EXPECT_FALSE(bar->submitButton()->isEnabled()); // nothing ranked yet

    // C best, A and B tied second.
    bar->rankBox(QStringLiteral("A"))->setValue(2);
    bar->rankBox(QStringLiteral("B"))->setValue(2);
    EXPECT_FALSE(bar->submitButton()->isEnabled());
    bar->rankBox(QStringLiteral("C"))->setValue(1);
    ASSERT_TRUE(bar->submitButton()->isEnabled());
    panel.show();
    QTest::qWait(20);
    Cb::Test::saveScreenshot(&panel, QStringLiteral("compare-rank-blind"));
    QTest::mouseClick(bar->submitButton(), Qt::LeftButton);

    // Names revealed: in the bar, letter by letter, and in the column headers.
    ASSERT_TRUE(panel.ranker()->isRevealed());
    const QString message = bar->message()->text();
    for (int i = 0; i < 3; ++i)
        EXPECT_TRUE(message.contains(session.call(expected[i])->modelKey()))
            << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("<b>C</b> (rank 1) was ") +
                                 session.call(expected[2])->modelKey()));
    EXPECT_EQ(panel.columnArea()->shownColumns()[2]->title().section(QLatin1Char(' '), 0, 0),
              session.call(expected[2])->model);
    EXPECT_TRUE(bar->submitButton()->isHidden());
    Cb::Test::saveScreenshot(&panel, QStringLiteral("compare-rank-revealed"));

    // Kept in the session and in the history, in the shown order with the given ranks.
    ASSERT_EQ(session.record().rankings.size(), 1);
    auto reloaded = store.loadRun(run.id);
    ASSERT_TRUE(reloaded);
    ASSERT_EQ(reloaded->rankings.size(), 1);
    const Core::RankingRecord& ranking = reloaded->rankings.first();
    ASSERT_EQ(ranking.entries.size(), 3);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(ranking.entries[i].callId, expected[i]);
    EXPECT_EQ(ranking.entries[0].rank, 2);
    EXPECT_EQ(ranking.entries[1].rank, 2);
    EXPECT_EQ(ranking.entries[2].rank, 1);
    EXPECT_TRUE(ranking.blind);

    // Leaving ranking mode shows every column under its name again.
    panel.toolButton(QStringLiteral("rankButton"))->click();
    EXPECT_FALSE(panel.ranker()->isActive());
    EXPECT_TRUE(bar->isHidden());
    EXPECT_FALSE(Cb::Test::shownTitles(panel).contains(QStringLiteral("Output A")));

    // The Stats view counts the ranking once per model pair and says so.
    Ui::StatsDialog stats(store);
    QTableWidget* table = stats.pairTable();
    ASSERT_EQ(table->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        EXPECT_EQ(table->item(row, 6)->text(), QStringLiteral("1 (1 from rankings)"));
    EXPECT_TRUE(
        table->horizontalHeaderItem(6)->toolTip().contains(QStringLiteral("once per model pair")));
}

TEST(ComparePanel_rank, blindPairsAndRankingAreExclusiveAndTwoAnswersAreNotRanked)
{
    Core::RunSession session(
        Cb::Test::compareRun({QStringLiteral("o3"), QStringLiteral("o3-pro")}, 1, false));
    Ui::ComparePanel panel;
    panel.setBlindSeed(3);
    panel.showSession(&session);
    panel.setBlind(true);
    panel.setRanking(true);
    EXPECT_FALSE(panel.isBlind());
    EXPECT_TRUE(panel.ranker()->isActive());
    EXPECT_TRUE(panel.rankBar()->message()->text().contains(QStringLiteral("three or more")));
    EXPECT_TRUE(panel.rankBar()->submitButton()->isHidden());
    panel.setBlind(true);
    EXPECT_FALSE(panel.ranker()->isActive());
    EXPECT_FALSE(panel.toolButton(QStringLiteral("rankButton"))->isChecked());
}

TEST(ComparePanel_rank, submitWaitsUntilEveryAnswerIsDone)
{
    Core::RunSession session(Cb::Test::compareRun(
        {QStringLiteral("o3"), QStringLiteral("o3-pro"), QStringLiteral("gpt-4.1")}, 1, false));
    Ui::ComparePanel panel;
    panel.setBlindSeed(5);
    panel.showSession(&session);
    panel.setRanking(true);
    Ui::BlindRankBar* bar = panel.rankBar();
    for (const char* label : {"A", "B", "C"})
        bar->rankBox(QString::fromLatin1(label))->setValue(1);
    EXPECT_FALSE(bar->submitButton()->isEnabled());
    for (const Core::CallRecord& call : session.record().calls) {
        Core::CallRecord c = call;
        c.status = Core::CallStatus::Done;
        session.updateCall(c);
    }
    EXPECT_TRUE(bar->submitButton()->isEnabled());
}
