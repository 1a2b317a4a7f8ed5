// `contextbench rate kit` as a process against a history the test writes into a temporary
// XDG_DATA_HOME.
#include "core/experiment/experimentstore.h"
#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/rating/ratingkitstore.h"
#include "support/clirun.h"
#include "support/ratingkitfixture.h"
#include "support/tempworkspace.h"

#include <QDir>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace Cb::Core;
using Cb::Test::CliRun;
using Cb::Test::TempWorkspace;
namespace Fixture = Cb::Test::RatingKitFixture;

namespace {

class RateKitCommand : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QString dir = ws.filePath(QStringLiteral("data/ContextBench/contextbench"));
        ASSERT_TRUE(QDir().mkpath(dir));
        dbPath = dir + QStringLiteral("/history.sqlite");
        auto db = Database::open(dbPath);
        ASSERT_TRUE(db);
        auto inserted = Fixture::insert(**db);
        ASSERT_TRUE(inserted) << inserted.error().message.toStdString();
        run = *inserted;
        RunRecord single;
        CallRecord call;
        call.provider = QStringLiteral("openai");
        call.model = QStringLiteral("o3");
        call.status = CallStatus::Done;
        call.text = QStringLiteral("alone");
        single.calls = {call, call};
        single.calls[1].repeatIndex = 1;
        HistoryStore store(**db);
        ASSERT_TRUE(store.insertRun(single));
        singleModelRun = single.id;
    }

    CliRun rate(const QStringList& args) const
    {
        return CliRun::run(QStringList{QStringLiteral("rate"), QStringLiteral("kit")} + args,
                           ws.filePath(QStringLiteral("data")));
    }

    QList<RatingKitRecord> kits() const
    {
        auto db = Database::open(dbPath);
        EXPECT_TRUE(db);
        auto all = RatingKitStore(**db).forRun(run.id);
        EXPECT_TRUE(all);
        return all ? *all : QList<RatingKitRecord>{};
    }

    TempWorkspace ws;
    QString dbPath;
    RunRecord run;
    qint64 singleModelRun = 0;
};

} // namespace

TEST_F(RateKitCommand, twoRaters_writesOneKitEachPrintsPathsAndRecordsThem)
{
    const QString out = ws.filePath(QStringLiteral("kits"));
    const CliRun r = rate({QString::number(run.id), QStringLiteral("--rater"), QStringLiteral("Ana"),
                           QStringLiteral("--rater"), QStringLiteral("Ben O'Neil"), QStringLiteral("--out"), out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList paths = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(paths.size(), 2);
    EXPECT_EQ(QFileInfo(paths[0]).fileName(), QStringLiteral("rating-kit-Ana.html"));
    EXPECT_EQ(QFileInfo(paths[1]).fileName(), QStringLiteral("rating-kit-Ben_O_Neil.html"));
    const QList<RatingKitRecord> recorded = kits();
    ASSERT_EQ(recorded.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const QString html = QString::fromUtf8(TempWorkspace::read(paths[i]));
        EXPECT_TRUE(html.contains(recorded[i].uuid));
        EXPECT_EQ(recorded[i].items.size(), 4);
        for (const QString& secret : Fixture::identifying(run))
            EXPECT_FALSE(html.contains(secret, Qt::CaseInsensitive)) << secret.toStdString();
    }
    EXPECT_EQ(recorded[1].raterName, QStringLiteral("Ben O'Neil"));
    EXPECT_TRUE(r.err.contains(QStringLiteral("2 rating kit(s) of 4 pairs")));
}

TEST_F(RateKitCommand, unknownRun_failsClearly)
{
    const CliRun r = rate({QStringLiteral("777"), QStringLiteral("--rater"), QStringLiteral("Ana"),
                           QStringLiteral("--out"), ws.filePath(QStringLiteral("kits"))});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("There is no run 777"))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(ws.filePath(QStringLiteral("kits"))));
}

TEST_F(RateKitCommand, oneAnsweringModel_failsWithNoPairsAndRecordsNothing)
{
    const CliRun r = rate({QString::number(singleModelRun), QStringLiteral("--rater"), QStringLiteral("Ana"),
                           QStringLiteral("--out"), ws.filePath(QStringLiteral("kits"))});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no pairs to judge"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("1 model(s) answered"))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(ws.filePath(QStringLiteral("kits"))));
}

TEST_F(RateKitCommand, unwritableOut_failsAndRecordsNothing)
{
    const QString file = ws.write(QStringLiteral("occupied"), "x");
    const CliRun r = rate({QString::number(run.id), QStringLiteral("--rater"), QStringLiteral("Ana"),
                           QStringLiteral("--out"), file});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("is not a folder"))) << r.err.toStdString();
    EXPECT_TRUE(kits().isEmpty());
}

TEST_F(RateKitCommand, badArguments_exitWithUsage)
{
    const QString out = ws.filePath(QStringLiteral("kits"));
    const QList<QStringList> bad{
        {QString::number(run.id), QStringLiteral("--out"), out},                                // no rater
        {QString::number(run.id), QStringLiteral("--rater"), QStringLiteral("Ana")},             // no --out
        {QStringLiteral("--rater"), QStringLiteral("Ana"), QStringLiteral("--out"), out},        // nothing to rate
        {QStringLiteral("1"), QStringLiteral("--experiment"), QStringLiteral("2"), QStringLiteral("--rater"),
         QStringLiteral("Ana"), QStringLiteral("--out"), out},                                   // both
        {QStringLiteral("x"), QStringLiteral("--rater"), QStringLiteral("Ana"), QStringLiteral("--out"), out},
        {QString::number(run.id), QStringLiteral("--rater"), QStringLiteral(" "), QStringLiteral("--out"), out}};
    for (const QStringList& args : bad) {
        const CliRun r = rate(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString();
    }
    const CliRun unknown = CliRun::run({QStringLiteral("rate"), QStringLiteral("kits")}, ws.filePath(QStringLiteral("data")));
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("rate kit (RUN_ID | --experiment ID)"))) << unknown.err.toStdString();
}

TEST_F(RateKitCommand, experiment_oneKitOverEveryCaseWithTheCaseGoal)
{
    qint64 experimentId = 0;
    {
        auto db = Database::open(dbPath);
        ASSERT_TRUE(db);
        HistoryStore history(**db);
        ExperimentStore experiments(**db);
        ExperimentRecord e;
        e.name = QStringLiteral("openai vs anthropic"); // an experiment's name may name models: never shown
        e.plan.models = {{QStringLiteral("openai"), QStringLiteral("gpt-4.1-mini"), {}},
                         {QStringLiteral("anthropic"), QStringLiteral("claude-sonnet-4-5"), {}}};
        e.cases = {{0, 0, QStringLiteral("/p/a.ctxpack"), QStringLiteral("h"), QStringLiteral("Case goal one"), {}, 0},
                   {0, 1, QStringLiteral("/p/b.ctxpack"), QStringLiteral("h"), QStringLiteral("Case goal two"), {}, 0}};
        ASSERT_TRUE(experiments.insertExperiment(e));
        for (int c = 0; c < 2; ++c) {
            RunRecord r = Fixture::run();
            ASSERT_TRUE(history.insertRun(r));
            for (const CallRecord& call : r.calls)
                ASSERT_TRUE(history.updateCall(call));
            ASSERT_TRUE(experiments.setCaseRun(e.cases[c].id, r.id));
        }
        experimentId = e.id;
    }
    const CliRun r = rate({QStringLiteral("--experiment"), QString::number(experimentId), QStringLiteral("--rater"),
                           QStringLiteral("Ana"), QStringLiteral("--out"), ws.filePath(QStringLiteral("kits"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString html = QString::fromUtf8(TempWorkspace::read(QString::fromUtf8(r.out).trimmed()));
    EXPECT_EQ(html.count(QStringLiteral("<h2>Answer A</h2>")), 8); // 4 pairs per case
    EXPECT_EQ(html.count(QStringLiteral("Case goal one")), 4);
    EXPECT_EQ(html.count(QStringLiteral("Case goal two")), 4);
    for (const QString& secret : Fixture::identifying(run))
        EXPECT_FALSE(html.contains(secret, Qt::CaseInsensitive)) << secret.toStdString();
    auto db = Database::open(dbPath);
    ASSERT_TRUE(db);
    auto kits = RatingKitStore(**db).forExperiment(experimentId);
    ASSERT_TRUE(kits);
    ASSERT_EQ(kits->size(), 1);
    EXPECT_EQ(kits->first().items.size(), 8);
    EXPECT_EQ(kits->first().runId, 0);

    const CliRun missing = rate({QStringLiteral("--experiment"), QStringLiteral("999"), QStringLiteral("--rater"),
                                 QStringLiteral("Ana"), QStringLiteral("--out"), ws.filePath(QStringLiteral("kits"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("There is no experiment 999"))) << missing.err.toStdString();
}
