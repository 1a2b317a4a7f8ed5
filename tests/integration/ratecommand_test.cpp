// `contextbench rate import|raters|rename` as a process, against a history database the test
// writes into a temporary XDG_DATA_HOME.
#include "core/history/database.h"
#include "support/clirun.h"
#include "support/ratingsfixture.h"
#include "support/tempworkspace.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Test;

namespace {

class RateCommand : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Where QStandardPaths::AppDataLocation points for org "ContextBench", app "contextbench".
        const QString dir = ws.filePath(QStringLiteral("data/ContextBench/contextbench"));
        ASSERT_TRUE(QDir().mkpath(dir));
        dbPath = dir + QStringLiteral("/history.sqlite");
        auto db = Database::open(dbPath);
        ASSERT_TRUE(db) << db.error().message.toStdString();
        RatingsFixture fixture(**db);
        ASSERT_TRUE(fixture.ok());
        good = ws.write(QStringLiteral("ana.json"), fixture.file({{QStringLiteral("q1a"), QStringLiteral("a")},
                                                                  {QStringLiteral("q2b"), QStringLiteral("both_bad"),
                                                                   QStringLiteral("Neither names an owner.")}}));
        QByteArray bytes = fixture.file({{QStringLiteral("q1a"), QStringLiteral("a")}});
        bytes.replace("\"verdict\": \"a\"", "\"verdict\": \"tie\"");
        tampered = ws.write(QStringLiteral("tampered.json"), bytes);
        raterId = fixture.raterId;
    }

    CliRun rate(const QStringList& args) const
    {
        return CliRun::run(QStringList{QStringLiteral("rate")} + args, ws.filePath(QStringLiteral("data")));
    }

    int votes() const
    {
        auto db = Database::open(dbPath);
        QSqlQuery q((*db)->connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM votes")) && q.next() ? q.value(0).toInt() : -1;
    }

    TempWorkspace ws;
    QString dbPath;
    QString good;
    QString tampered;
    qint64 raterId = 0;
};

} // namespace

TEST_F(RateCommand, importTwice_addsOnceThenReportsAlreadyImported)
{
    const CliRun first = rate({QStringLiteral("import"), good});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.contains("Ana (kit ")) << first.out.toStdString();
    EXPECT_TRUE(first.out.contains("2 vote(s) added"));
    EXPECT_EQ(votes(), 2);

    const CliRun second = rate({QStringLiteral("import"), good});
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_TRUE(second.out.contains("already imported, 2 vote(s) unchanged")) << second.out.toStdString();
    EXPECT_EQ(votes(), 2);
}

TEST_F(RateCommand, importTampered_exitsNonZeroWithReasonAndWritesNothing)
{
    const CliRun run = rate({QStringLiteral("import"), good, tampered});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("Nothing was imported.")));
    EXPECT_TRUE(run.err.contains(QStringLiteral("tampered.json: its integrity code does not match"))) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_EQ(votes(), 0);
}

TEST_F(RateCommand, importWithoutFiles_isAUsageError)
{
    const CliRun run = rate({QStringLiteral("import")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("give one or more ratings files")));
}

TEST_F(RateCommand, ratersAndRename_listCountsAndRenameTheRater)
{
    ASSERT_EQ(rate({QStringLiteral("import"), good}).exitCode, 0);
    const CliRun renamed = rate({QStringLiteral("rename"), QString::number(raterId), QStringLiteral("Ana Kovač")});
    ASSERT_EQ(renamed.exitCode, 0) << renamed.err.toStdString();

    const CliRun listed = rate({QStringLiteral("raters"), QStringLiteral("--json")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonArray raters = QJsonDocument::fromJson(listed.out).object().value(QStringLiteral("raters")).toArray();
    ASSERT_EQ(raters.size(), 1);
    EXPECT_EQ(raters[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Ana Kovač"));
    EXPECT_EQ(raters[0].toObject().value(QStringLiteral("votes")).toInt(), 2);
    EXPECT_EQ(raters[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("human"));

    const CliRun table = rate({QStringLiteral("raters")});
    EXPECT_TRUE(QString::fromUtf8(table.out).contains(QStringLiteral("Ana Kovač"))) << table.out.toStdString();

    const CliRun missing = rate({QStringLiteral("rename"), QStringLiteral("999"), QStringLiteral("Nobody")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("No rater with id 999")));
}
