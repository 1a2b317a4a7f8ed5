#include "core/history/database.h"
#include "core/history/migrations.h"
#include "support/tempworkspace.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Cb::Core;
using Cb::Test::TempWorkspace;

namespace {

// Runs f with a raw connection to path, outside the Database class.
template <typename F>
void withRawConnection(const QString& path, F f)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        f(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

QStringList tables(QSqlDatabase& db)
{
    return db.tables();
}

} // namespace

TEST(Database_fresh, isCreatedAtLatestSchema)
{
    TempWorkspace ws;
    auto db = Database::open(ws.filePath(QStringLiteral("sub/dir/history.sqlite")));
    ASSERT_TRUE(db) << db.error().message.toStdString();
    EXPECT_EQ((*db)->schemaVersion(), Migrations::latestVersion());
    const QStringList t = tables((*db)->connection());
    EXPECT_TRUE(t.contains(QStringLiteral("runs")));
    EXPECT_TRUE(t.contains(QStringLiteral("calls")));
    EXPECT_TRUE(t.contains(QStringLiteral("votes")));
    QSqlQuery q((*db)->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
}

TEST(Database_upgrade, fromVersionOneKeepsData)
{
    TempWorkspace ws;
    const QString path = ws.filePath(QStringLiteral("history.sqlite"));
    withRawConnection(path, [](QSqlDatabase& db) {
        ASSERT_TRUE(Migrations::upgrade(db, 1));
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO runs (uuid, created_at, pack_title) VALUES ('u1', '2026-01-01T00:00:00Z', 'Old run')")));
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO calls (run_id, provider, model, status, text) VALUES (1, 'openai', 'o3', 'done', 'kept')")));
    });
    auto db = Database::open(path);
    ASSERT_TRUE(db) << db.error().message.toStdString();
    EXPECT_EQ((*db)->schemaVersion(), Migrations::latestVersion());
    QSqlQuery q((*db)->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT c.text, c.rating, r.pack_title FROM calls c JOIN runs r ON r.id = c.run_id")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("kept"));
    EXPECT_TRUE(q.value(1).isNull());
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("Old run"));
}

TEST(Database_upgrade, fromVersionTwoKeepsDataAndAddsFollowUps)
{
    TempWorkspace ws;
    const QString path = ws.filePath(QStringLiteral("history.sqlite"));
    withRawConnection(path, [](QSqlDatabase& db) {
        ASSERT_TRUE(Migrations::upgrade(db, 2));
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO runs (uuid, created_at, pack_title) VALUES ('u1', '2026-01-01T00:00:00Z', 'Old run')")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO calls (run_id, provider, model, status, text, rating)"
                                          " VALUES (1, 'openai', 'o3', 'done', 'kept', 4)")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO votes (run_id, left_call_id, right_call_id, outcome, created_at)"
                                          " VALUES (1, 1, 1, 'tie', '2026-01-01T00:00:00Z')")));
    });
    auto db = Database::open(path);
    ASSERT_TRUE(db) << db.error().message.toStdString();
    EXPECT_EQ((*db)->schemaVersion(), Migrations::latestVersion());
    EXPECT_TRUE(tables((*db)->connection()).contains(QStringLiteral("follow_ups")));
    QSqlQuery q((*db)->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT c.text, c.rating, r.pack_title, (SELECT COUNT(*) FROM votes),"
                                      " (SELECT COUNT(*) FROM follow_ups) FROM calls c JOIN runs r ON r.id = c.run_id")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("kept"));
    EXPECT_EQ(q.value(1).toInt(), 4);
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("Old run"));
    EXPECT_EQ(q.value(3).toInt(), 1);
    EXPECT_EQ(q.value(4).toInt(), 0);
    // A follow-up goes with its call.
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO follow_ups (call_id, position, message, status, created_at)"
                                      " VALUES (1, 0, 'Shorter?', 'done', '2026-01-02T00:00:00Z')")));
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM calls")));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM follow_ups")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
}

TEST(Database_newerSchema, isRefusedAndLeftUnchanged)
{
    TempWorkspace ws;
    const QString path = ws.filePath(QStringLiteral("history.sqlite"));
    withRawConnection(path, [](QSqlDatabase& db) {
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE future (x)")));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = 99")));
    });
    const QByteArray before = TempWorkspace::read(path);
    auto db = Database::open(path);
    ASSERT_FALSE(db);
    EXPECT_EQ(db.error().code, ErrorCode::NewerSchema);
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("newer ContextBench")));
    EXPECT_EQ(TempWorkspace::read(path), before);
}

TEST(Database_notSqlite, givesClearError)
{
    TempWorkspace ws;
    const QString path = ws.write(QStringLiteral("history.sqlite"), QByteArray(4096, 'x'));
    auto db = Database::open(path);
    ASSERT_FALSE(db);
    EXPECT_TRUE(db.error().message.contains(path));
}

TEST(Database_reopen, isIdempotent)
{
    TempWorkspace ws;
    const QString path = ws.filePath(QStringLiteral("history.sqlite"));
    ASSERT_TRUE(Database::open(path));
    auto again = Database::open(path);
    ASSERT_TRUE(again);
    EXPECT_EQ((*again)->schemaVersion(), Migrations::latestVersion());
}
