// Killing `contextbench run` (SIGKILL) mid-run loses nothing that arrived, and background calls
// still running on the server complete after the next start (`run --resume`).
#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/pack/packfile.h"
#include "support/cliprocess.h"
#include "support/fakehttpserver.h"
#include "support/goldenpack.h"
#include "support/providertesting.h"
#include "support/tempworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Test;

namespace {

// A read-only look at a database another process is writing (WAL allows it).
QStringList column(const QString& path, const QString& sql)
{
    QStringList out;
    const QString name = QStringLiteral("crash-test-reader");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql))
                while (q.next())
                    out.append(q.value(0).toString());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

class Crash : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(PackFile::save(GoldenPack::pack(), pack)); }

    TempWorkspace ws;
    QString pack = ws.filePath(QStringLiteral("golden.ctxpack"));
    QString dataHome = ws.filePath(QStringLiteral("data"));
    FakeHttpServer server;
};

} // namespace

TEST_F(Crash, killedMidStream_receivedTextIsInHistoryAndTheDatabaseIsSound)
{
    const QByteArray sse = providerTranscript(QStringLiteral("chat_basic.sse"));
    server.setHandler([&](const RecordedRequest&) -> std::optional<FakeResponse> {
        return FakeResponse::sse(sse).stallAfter(sse.indexOf("\" ✓\""));
    });
    CliProcess p(dataHome, {});
    p.start({QStringLiteral("run"), pack, QStringLiteral("--model"), QStringLiteral("local:qwen3"),
             QStringLiteral("--base-url"), QStringLiteral("local=") + server.baseUrl(QStringLiteral("/v1"))});
    // Waits until the coalesced write of the text so far has happened, then crashes the app.
    ASSERT_TRUE(waitFor(
        [&] {
            return !p.historyPath().isEmpty() &&
                   column(p.historyPath(), QStringLiteral("SELECT text FROM calls")) == QStringList{QStringLiteral("Hello wörld")};
        },
        20000))
        << p.err().toStdString();
    p.kill();

    auto db = Database::open(p.historyPath());
    ASSERT_TRUE(db.has_value()) << db.error().message.toStdString();
    QSqlQuery check((*db)->connection());
    ASSERT_TRUE(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    EXPECT_EQ(check.value(0).toString(), QStringLiteral("ok"));
    HistoryStore store(**db);
    const qint64 runId = store.lastRunId().value().value_or(0);
    auto run = store.loadRun(runId);
    ASSERT_TRUE(run.has_value());
    ASSERT_EQ(run->calls.size(), 1);
    EXPECT_EQ(run->calls.first().text, QStringLiteral("Hello wörld"));
    EXPECT_EQ(run->calls.first().status, CallStatus::Streaming) << "it was killed, nobody finished it";
    db->reset();

    // The next start cannot resume a plain stream: it is marked failed, its text kept.
    CliProcess next(dataHome, {});
    next.start({QStringLiteral("run"), QStringLiteral("--resume"), QStringLiteral("--json")});
    ASSERT_TRUE(next.waitForExit()) << next.err().toStdString();
    EXPECT_EQ(next.exitCode(), 1) << next.err().toStdString();
    auto reopened = Database::open(p.historyPath());
    ASSERT_TRUE(reopened.has_value());
    auto after = HistoryStore(**reopened).loadRun(runId);
    ASSERT_TRUE(after.has_value());
    EXPECT_EQ(after->calls.first().status, CallStatus::Failed);
    EXPECT_TRUE(after->calls.first().partial);
    EXPECT_EQ(after->calls.first().text, QStringLiteral("Hello wörld"));
}

TEST_F(Crash, killedWhileO3ProPolls_resumeCompletesTheCall)
{
    bool completed = false;
    int polls = 0;
    server.setHandler([&](const RecordedRequest& r) -> std::optional<FakeResponse> {
        if (r.method == "POST" && r.path() == QStringLiteral("/v1/responses"))
            return FakeResponse::json(200, providerTranscript(QStringLiteral("responses_bg_queued.json")));
        if (r.method == "GET" && r.path() == QStringLiteral("/v1/responses/resp_poll01")) {
            ++polls;
            return FakeResponse::json(200, providerTranscript(completed ? QStringLiteral("responses_bg_completed.json")
                                                                        : QStringLiteral("responses_bg_in_progress.json")));
        }
        return FakeResponse::json(404, R"({"error":{"message":"unexpected"}})");
    });
    const QHash<QString, QString> keys{{QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-crash")}};
    CliProcess p(dataHome, keys);
    p.start({QStringLiteral("run"), pack, QStringLiteral("--model"), QStringLiteral("openai:o3-pro"),
             QStringLiteral("--base-url"), QStringLiteral("openai=") + server.baseUrl(QStringLiteral("/v1"))});
    ASSERT_TRUE(waitFor([&] { return polls >= 1; }, 30000)) << p.err().toStdString();
    ASSERT_EQ(column(p.historyPath(), QStringLiteral("SELECT response_id FROM calls")),
              QStringList{QStringLiteral("resp_poll01")});
    p.kill();

    completed = true;
    CliProcess next(dataHome, keys);
    next.start({QStringLiteral("run"), QStringLiteral("--resume"), QStringLiteral("--json")});
    ASSERT_TRUE(next.waitForExit()) << next.err().toStdString();
    EXPECT_EQ(next.exitCode(), 0) << next.err().toStdString();
    const QJsonArray runs = QJsonDocument::fromJson(next.out()).array();
    ASSERT_EQ(runs.size(), 1) << next.out().toStdString();
    const QJsonObject call = runs[0].toObject().value(QStringLiteral("calls")).toArray().at(0).toObject();
    EXPECT_EQ(call.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
    EXPECT_EQ(call.value(QStringLiteral("text")).toString(), QStringLiteral("Design B is safer."));

    int posts = 0;
    for (const RecordedRequest& r : server.requests())
        posts += r.method == "POST" ? 1 : 0;
    EXPECT_EQ(posts, 1) << "resumed by id, never sent again nor cancelled";
    EXPECT_EQ(column(p.historyPath(), QStringLiteral("SELECT text FROM calls")),
              QStringList{QStringLiteral("Design B is safer.")});
    EXPECT_EQ(column(p.historyPath(), QStringLiteral("SELECT status FROM calls")), QStringList{QStringLiteral("done")});
}
