#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/run/runsession.h"
#include "gui/comparesessions.h"
#include "gui/screenshots.h"
#include "support/tempworkspace.h"
#include "ui/compare/blindvotebar.h"
#include "ui/compare/columnarea.h"
#include "ui/compare/comparepanel.h"
#include "ui/compare/outputcolumn.h"
#include "ui/stats/statsdialog.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace Cb;

namespace {

struct History
{
    Cb::Test::TempWorkspace ws;
    std::unique_ptr<Core::Database> db;
    std::unique_ptr<Core::HistoryStore> store;

    void open()
    {
        store.reset();
        db.reset();
        db = std::move(*Core::Database::open(ws.filePath(QStringLiteral("history.sqlite"))));
        store = std::make_unique<Core::HistoryStore>(*db);
    }
};

} // namespace

TEST(ComparePanel_blind, hidesModelsShufflesPairsRevealsAfterVoteAndStatsKeepItAfterRestart)
{
    History h;
    h.open();
    Core::RunRecord run = Cb::Test::compareRun({QStringLiteral("o3"), QStringLiteral("o3-pro")}, 4, true);
    ASSERT_TRUE(h.store->insertRun(run));
    auto session = std::make_unique<Core::RunSession>(run);
    Ui::ComparePanel panel;
    panel.resize(1200, 700);
    panel.setHistoryStore(h.store.get());
    panel.setBlindSeed(99);
    panel.showSession(session.get());
    panel.toolButton(QStringLiteral("blindButton"))->click();
    ASSERT_TRUE(panel.isBlind());

    // o3 × 4 and o3-pro × 4: four pairs, each attempt against the same attempt of the other model.
    const QList<Core::BlindPair> pairs = panel.blindPairs();
    ASSERT_EQ(pairs.size(), 4);
    QList<Core::BlindCall> calls;
    for (const Core::CallRecord& c : run.calls)
        calls.append({c.id, c.modelKey(), c.repeatIndex});
    EXPECT_EQ(pairs, Core::BlindSchedule::pairs(calls, 99));

    // Only the pair is shown, names and costs hidden, in the schedule's left/right order.
    EXPECT_EQ(Cb::Test::shownTitles(panel), (QStringList{QStringLiteral("Output A"), QStringLiteral("Output B")}));
    EXPECT_EQ(panel.columnArea()->shownColumns()[0]->callId(), pairs[0].leftCallId);
    EXPECT_FALSE(panel.columnArea()->shownColumns()[0]->metaLabel()->text().contains(QLatin1Char('$')));
    EXPECT_FALSE(panel.columnArea()->shownColumns()[0]->stateLabel()->text().contains(QStringLiteral(" · ")))
        << "how long an answer took would give the model away";
    EXPECT_TRUE(panel.reliabilityLabel()->text().isEmpty());

    QTest::mouseClick(panel.voteBar()->button(QStringLiteral("left")), Qt::LeftButton);
    const Core::CallRecord* left = session->call(pairs[0].leftCallId);
    EXPECT_TRUE(panel.voteBar()->message()->text().contains(left->modelKey()));
    EXPECT_EQ(panel.columnArea()->shownColumns()[0]->title().section(QLatin1Char(' '), 0, 0), left->model);
    EXPECT_TRUE(panel.columnArea()->shownColumns()[0]->stateLabel()->text().contains(QStringLiteral(" · ")))
        << "revealed: the time is back";
    ASSERT_EQ(session->record().votes.size(), 1);

    QTest::mouseClick(panel.voteBar()->nextButton(), Qt::LeftButton);
    EXPECT_EQ(Cb::Test::shownTitles(panel), (QStringList{QStringLiteral("Output A"), QStringLiteral("Output B")}));
    EXPECT_EQ(panel.columnArea()->shownColumns()[0]->callId(), pairs[1].leftCallId);
    for (const char* outcome : {"right", "tie"}) {
        panel.vote(QString::fromLatin1(outcome));
        panel.nextPair();
    }
    EXPECT_EQ(panel.blindIndex(), 3);

    // Restart: the history alone gives back the votes, and blind mode asks only the last pair.
    panel.showSession(nullptr);
    session.reset();
    h.open();
    panel.setHistoryStore(h.store.get());
    auto reloaded = h.store->loadRun(run.id);
    ASSERT_TRUE(reloaded);
    ASSERT_EQ(reloaded->votes.size(), 3);
    EXPECT_EQ(reloaded->votes[0].leftCallId, pairs[0].leftCallId);
    EXPECT_EQ(reloaded->votes[0].outcome, QStringLiteral("left"));
    EXPECT_TRUE(reloaded->votes[0].blind);
    session = std::make_unique<Core::RunSession>(*reloaded);
    panel.showSession(session.get());
    panel.setBlind(true);
    ASSERT_EQ(panel.blindPairs().size(), 1);
    EXPECT_EQ(panel.blindPairs()[0], pairs[3]);
    panel.vote(QStringLiteral("both_bad"));
    panel.nextPair();
    EXPECT_TRUE(panel.voteBar()->message()->text().contains(QStringLiteral("All")));
    EXPECT_EQ(panel.columnArea()->shownColumns().size(), 8);

    // The stats view reads the four votes back with their models.
    Ui::StatsDialog stats(*h.store);
    QSignalSpy ranked(&stats, &Ui::StatsDialog::rankingShown);
    QTableWidget* table = stats.pairTable();
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("openai:o3"));
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("openai:o3-pro"));
    EXPECT_EQ(table->item(0, 6)->text(), QStringLiteral("4"));
    const Core::PairStats& p = stats.data().summary.pairs[0];
    EXPECT_EQ(p.wins + p.losses + p.ties, 4);
    EXPECT_GT(p.rate.ci.high, p.rate.rate);
    EXPECT_LT(p.rate.ci.low, p.rate.rate);
    ASSERT_TRUE(ranked.wait(10000));
    EXPECT_EQ(stats.rankingTable()->rowCount(), 2);
    stats.resize(900, 700);
    stats.show();
    QTest::qWait(20);
    Cb::Test::saveScreenshot(&stats, QStringLiteral("stats-win-rates"));
}

TEST(ComparePanel_blind, votesWaitUntilBothAnswersAreDone)
{
    Core::RunSession session(Cb::Test::compareRun({QStringLiteral("o3"), QStringLiteral("o3-pro")}, 1, false));
    Ui::ComparePanel panel;
    panel.setBlindSeed(1);
    panel.showSession(&session);
    panel.setBlind(true);
    EXPECT_FALSE(panel.voteBar()->button(QStringLiteral("left"))->isEnabled());
    for (qint64 id : {1, 2}) {
        Core::CallRecord c = *session.call(id);
        c.status = Core::CallStatus::Done;
        session.updateCall(c);
    }
    EXPECT_TRUE(panel.voteBar()->button(QStringLiteral("left"))->isEnabled());
}
