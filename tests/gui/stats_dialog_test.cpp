#include "core/history/askstore.h"
#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/history/raterstore.h"
#include "gui/comparesessions.h"
#include "gui/screenshots.h"
#include "support/tempworkspace.h"
#include "ui/stats/reportcharts.h"
#include "ui/stats/statsdialog.h"

#include "core/compare/evaluationsummary.h"
#include "ui/stats/statscharts.h"

#include <QAbstractSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace Cb;

namespace {

// A finished o3 vs o3-pro run on `day` (local noon) with one vote for `outcome`.
void addVotedRun(Core::HistoryStore& store, QDate day, const QString& outcome)
{
    Core::RunRecord run =
        Cb::Test::compareRun({QStringLiteral("o3"), QStringLiteral("o3-pro")}, 1, true);
    run.createdAt = QDateTime(day, QTime(12, 0));
    ASSERT_TRUE(store.insertRun(run));
    Core::VoteRecord vote{0, run.id, run.calls[0].id, run.calls[1].id, outcome, true, {}};
    ASSERT_TRUE(store.addVote(vote));
}

QString votesOnPair(Ui::StatsDialog& stats)
{
    return stats.pairTable()->rowCount() == 1 ? stats.pairTable()->item(0, 6)->text()
                                              : QStringLiteral("none");
}

} // namespace

TEST(StatsDialog_dates, untilIncludesTheChosenDayAndNothingAfter)
{
    Cb::Test::TempWorkspace ws;
    auto db = Core::Database::open(ws.filePath(QStringLiteral("history.sqlite")));
    ASSERT_TRUE(db);
    Core::HistoryStore store(**db);
    addVotedRun(store, QDate(2026, 3, 1), QStringLiteral("left"));
    addVotedRun(store, QDate(2026, 3, 3), QStringLiteral("right"));
    addVotedRun(store, QDate(2026, 3, 5), QStringLiteral("tie"));

    Ui::StatsDialog stats(store);
    EXPECT_EQ(votesOnPair(stats), QStringLiteral("3"));
    EXPECT_FALSE(stats.toCheck()->isChecked());
    stats.toEdit()->setDate(QDate(2026, 3, 3));
    EXPECT_EQ(votesOnPair(stats), QStringLiteral("3")); // the date alone does not filter
    stats.toCheck()->setChecked(true);
    EXPECT_EQ(votesOnPair(stats), QStringLiteral("2")); // 1 and 3 March, the noon run included
    stats.fromEdit()->setDate(QDate(2026, 3, 2));
    stats.fromCheck()->setChecked(true);
    EXPECT_EQ(votesOnPair(stats), QStringLiteral("1"));
    stats.toEdit()->setDate(QDate(2026, 3, 2));
    EXPECT_EQ(votesOnPair(stats), QStringLiteral("none"));

    // A filter set from outside shows its last included day, not the exclusive end.
    Core::EvaluationFilter filter;
    filter.setDays({}, QDate(2026, 3, 5));
    stats.setFilter(filter);
    EXPECT_FALSE(stats.fromCheck()->isChecked());
    EXPECT_TRUE(stats.toCheck()->isChecked());
    EXPECT_EQ(stats.toEdit()->date(), QDate(2026, 3, 5));
    EXPECT_EQ(votesOnPair(stats), QStringLiteral("3"));
}

TEST(ReportCharts_render, votedRunOfThreeModelsGetsWinRateRankingAndCostCharts)
{
    Core::RunRecord run = Cb::Test::compareRun(
        {QStringLiteral("o3"), QStringLiteral("o3-pro"), QStringLiteral("gpt-4.1")}, 1, true);
    EXPECT_FALSE(Ui::ReportCharts::worthDrawing(run));
    EXPECT_TRUE(Ui::ReportCharts::render(run, {}).isEmpty());
    for (int i = 0; i < run.calls.size(); ++i) {
        run.calls[i].costUsd = 0.1 * (i + 1);
        run.calls[i].totalMs = 10000 * (i + 1);
    }
    run.rankings.append(
        {1, run.id, {{run.calls[0].id, 1}, {run.calls[1].id, 2}, {run.calls[2].id, 3}}, true, {}});
    ASSERT_TRUE(Ui::ReportCharts::worthDrawing(run));
    const QList<Formats::ReportChart> charts = Ui::ReportCharts::render(run, {});
    QStringList titles;
    for (const Formats::ReportChart& c : charts) {
        titles << c.title;
        EXPECT_FALSE(c.image.isNull());
        EXPECT_FALSE(c.caption.isEmpty());
    }
    EXPECT_EQ(titles, (QStringList{QStringLiteral("Win rates"), QStringLiteral("Ranking"),
                                   QStringLiteral("Cost and time")}));
    // The chart is drawn, not a blank image: some pixels are neither white nor near-white.
    const QImage image = charts.first().image;
    int inked = 0;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            inked += qGray(image.pixel(x, y)) < 200;
    EXPECT_GT(inked, 100);

    // Judged calls add the pass-rate chart; leaving calls out of the export leaves them out here.
    run.calls[0].judgement = QStringLiteral("pass");
    EXPECT_EQ(Ui::ReportCharts::render(run, {}).size(), 4);
    Formats::ExportOptions two;
    two.callIds = {run.calls[1].id, run.calls[2].id};
    const QList<Formats::ReportChart> fewer = Ui::ReportCharts::render(run, two);
    ASSERT_EQ(fewer.size(),
              2); // win rates (the ranking restricted to two) and cost; nothing judged
    EXPECT_EQ(fewer[0].title, QStringLiteral("Win rates"));
}

TEST(StatsCharts_notJudged, aModelNobodyJudgedIsLabelledSoNotDrawnAsZeroPercent)
{
    Core::RunRecord run = Cb::Test::compareRun({QStringLiteral("o3"), QStringLiteral("o3-pro")}, 1, true);
    run.calls[0].judgement = QStringLiteral("pass");
    run.calls[0].costUsd = 0.1;
    run.calls[1].costUsd = 0.2;
    Ui::StatsChartData data;
    data.summary = Core::EvaluationSummary::build(Core::EvaluationSummary::dataOf(run));
    std::unique_ptr<QChart> pass(Ui::StatsCharts::build(Ui::StatsChartKind::PassRate, data));
    QStringList categories;
    for (QAbstractAxis* axis : pass->axes())
        if (auto* c = qobject_cast<QBarCategoryAxis*>(axis))
            categories << c->categories();
    EXPECT_TRUE(categories.contains(QStringLiteral("o3-pro not judged"))) << categories.join(QLatin1Char('|')).toStdString();
    std::unique_ptr<QChart> cost(Ui::StatsCharts::build(Ui::StatsChartKind::CostVsTime, data));
    QStringList names;
    for (QAbstractSeries* s : cost->series())
        names << s->name();
    EXPECT_TRUE(names.contains(QStringLiteral("o3-pro (not judged)"))) << names.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(names.contains(QStringLiteral("o3 (100% pass)")));
}

// You and Ann prefer o3, Bob o3-pro, all on the same two answers; a judge model's three votes for
// o3-pro must not show anywhere but in the note that they were kept apart.
TEST(StatsDialog_panel, showsRatersVerdictAndAgreementWithoutTheJudge)
{
    Cb::Test::TempWorkspace ws;
    auto db = Core::Database::open(ws.filePath(QStringLiteral("history.sqlite")));
    ASSERT_TRUE(db);
    Core::HistoryStore store(**db);
    Core::RaterStore raters(**db);
    Core::RunRecord run = Cb::Test::compareRun({QStringLiteral("o3"), QStringLiteral("o3-pro")}, 1, true);
    ASSERT_TRUE(store.insertRun(run));
    const qint64 o3 = run.calls[0].id;
    const qint64 pro = run.calls[1].id;
    auto vote = [&](qint64 rater, qint64 left, qint64 right, const char* outcome) {
        Core::VoteRecord v{0, run.id, left, right, QString::fromLatin1(outcome), true, {}};
        v.raterId = rater;
        ASSERT_TRUE(store.addVote(v));
    };
    auto ann = raters.add(QStringLiteral("Ann"));
    auto bob = raters.add(QStringLiteral("Bob"));
    auto judge = raters.judgeFor(QStringLiteral("openai:gpt-4.1"));
    ASSERT_TRUE(ann && bob && judge);
    vote(0, o3, pro, "left");
    vote(*ann, pro, o3, "right");
    vote(*bob, o3, pro, "right");
    for (int i = 0; i < 3; ++i)
        vote(*judge, pro, o3, "left");

    Ui::StatsDialog stats(store);
    QSignalSpy ranked(&stats, &Ui::StatsDialog::rankingShown);
    EXPECT_EQ(votesOnPair(stats), QStringLiteral("3")); // the judge's votes are not in the pooled table
    QTableWidget* table = stats.raterTable();
    ASSERT_EQ(table->rowCount(), 3);
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("Ann"));
    EXPECT_EQ(table->item(2, 0)->text(), QStringLiteral("You"));
    EXPECT_EQ(table->item(1, 2)->text(), QStringLiteral("0 of 1, 0% (0%–79%)")); // Bob: the right side won
    EXPECT_TRUE(stats.verdictLabel()->text().startsWith(QStringLiteral("o3 preferred in 67% of 3 judgements")))
        << stats.verdictLabel()->text().toStdString();
    EXPECT_TRUE(stats.agreementLabel()->text().contains(QStringLiteral("1 answer pair judged by more than one rater")))
        << stats.agreementLabel()->text().toStdString();
    EXPECT_TRUE(stats.agreementLabel()->text().contains(QStringLiteral("3 votes of judge models")));
    // The judge is held to the human majority (o3, 2 of 3) on the one shared pair: it chose o3-pro.
    EXPECT_TRUE(stats.agreementLabel()->text().contains(QStringLiteral("Judge openai:gpt-4.1:")))
        << stats.agreementLabel()->text().toStdString();
    EXPECT_TRUE(stats.agreementLabel()->text().contains(QStringLiteral("on 0 of 1 items")))
        << stats.agreementLabel()->text().toStdString();
    ASSERT_TRUE(ranked.wait(10000));
    EXPECT_EQ(stats.rankingTable()->rowCount(), 2);
    stats.findChild<QTabWidget*>()->setCurrentIndex(2);
    stats.resize(900, 600);
    stats.show();
    QTest::qWait(20);
    Cb::Test::saveScreenshot(&stats, QStringLiteral("stats-panel"));
}

TEST(StatsDialog_spending, totalsIncludeSavedAskFirstCostsForThePacksInView)
{
    Cb::Test::TempWorkspace ws;
    auto db = Core::Database::open(ws.filePath(QStringLiteral("history.sqlite")));
    ASSERT_TRUE(db);
    Core::HistoryStore store(**db);
    addVotedRun(store, QDate(2026, 3, 1), QStringLiteral("left")); // pack "Launch": o3 $0.11, o3-pro $1.35
    Core::AskStore asks(**db);
    Core::AskRecord launch;
    launch.packTitle = QStringLiteral("Launch");
    launch.costUsd = 0.02;
    launch.createdAt = QDateTime(QDate(2026, 3, 1), QTime(11, 0));
    ASSERT_TRUE(asks.add(launch));
    Core::AskRecord other = launch;
    other.packTitle = QStringLiteral("Hiring");
    other.costUsd = 0.5;
    ASSERT_TRUE(asks.add(other));

    Ui::StatsDialog stats(store);
    EXPECT_EQ(stats.spendingLabel()->text(), QStringLiteral("Spent $1.9800 in total: answers $1.4600, Ask first $0.5200."));
    stats.packBox()->setCurrentIndex(stats.packBox()->findData(QStringLiteral("Launch")));
    EXPECT_EQ(stats.spendingLabel()->text(), QStringLiteral("Spent $1.4800 in total: answers $1.4600, Ask first $0.0200."));
    stats.fromEdit()->setDate(QDate(2026, 3, 2)); // after both
    stats.fromCheck()->setChecked(true);
    EXPECT_EQ(stats.spendingLabel()->text(), QStringLiteral("Spent $0.0000 in total: answers $0.0000, Ask first $0.0000."));
}

// With the interface in Korean the person at the keyboard is "나" and a rater whose name is
// empty "평가자 N"; a typed name stays as typed, and the rows keep the order they have in English.
TEST(StatsDialog_panel, koreanInterface_namesRatersInKorean_typedNamesAsTyped)
{
    Cb::Test::TempWorkspace ws;
    auto db = Core::Database::open(ws.filePath(QStringLiteral("history.sqlite")));
    ASSERT_TRUE(db);
    Core::HistoryStore store(**db);
    Core::RaterStore raters(**db);
    Core::RunRecord run = Cb::Test::compareRun({QStringLiteral("o3"), QStringLiteral("o3-pro")}, 1, true);
    ASSERT_TRUE(store.insertRun(run));
    auto ann = raters.add(QStringLiteral("Ann"));
    ASSERT_TRUE(ann);
    // A rater row whose name is empty (RaterStore refuses one; an older or edited history may hold it).
    QSqlQuery q((*db)->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO raters (name, kind, created_at) VALUES ('', 'human', "
                                      "'2026-01-01T00:00:00Z')")));
    const qint64 unnamed = q.lastInsertId().toLongLong();
    ASSERT_GT(unnamed, 0);
    for (qint64 rater : {qint64(0), *ann, unnamed}) {
        Core::VoteRecord v{0, run.id, run.calls[0].id, run.calls[1].id, QStringLiteral("left"), true, {}};
        v.raterId = rater;
        ASSERT_TRUE(store.addVote(v));
    }
    const auto names = [](QTableWidget* table) {
        QStringList out;
        for (int row = 0; row < table->rowCount(); ++row)
            out << table->item(row, 0)->text();
        return out;
    };
    QStringList english;
    {
        Ui::StatsDialog stats(store);
        english = names(stats.raterTable());
    }
    ASSERT_EQ(english.size(), 3);
    EXPECT_TRUE(english.contains(QStringLiteral("You")));
    EXPECT_TRUE(english.contains(QStringLiteral("rater %1").arg(unnamed)));

    QTranslator korean;
    ASSERT_TRUE(korean.load(QStringLiteral(":/i18n/contextbench_ko.qm")));
    QCoreApplication::installTranslator(&korean);
    Ui::StatsDialog stats(store);
    const QStringList shown = names(stats.raterTable());
    const QString verdict = stats.verdictLabel()->text();
    stats.findChild<QTabWidget*>()->setCurrentIndex(2);
    stats.resize(900, 600);
    stats.show();
    QTest::qWait(20);
    Cb::Test::saveScreenshot(&stats, QStringLiteral("stats-panel-ko"));
    QCoreApplication::removeTranslator(&korean);
    QStringList expected = english;
    expected.replaceInStrings(QStringLiteral("You"), QStringLiteral("나"));
    expected.replaceInStrings(QStringLiteral("rater %1").arg(unnamed), QStringLiteral("평가자 %1").arg(unnamed));
    EXPECT_EQ(shown, expected) << shown.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("Ann")));
    EXPECT_TRUE(verdict.startsWith(QStringLiteral("판정 3건 중"))) << verdict.toStdString();
}
