// BatchResultWriter: collected batch results go into history on a thread and connection of the
// writer's own, one transaction per write, reported in order; a failed write keeps nothing.
#include "core/experiment/batchresultwriter.h"
#include "core/history/database.h"
#include "core/history/historystore.h"
#include "support/providertesting.h"
#include "support/tempworkspace.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace Cb::Core;
using Cb::Test::TempWorkspace;
using Cb::Test::waitFor;

namespace {

RunRecord waitingRun(int calls)
{
    RunRecord run;
    run.packTitle = QStringLiteral("A");
    for (int i = 0; i < calls; ++i) {
        CallRecord c;
        c.provider = QStringLiteral("openai");
        c.model = QStringLiteral("o3");
        c.batchCustomId = QStringLiteral("cb-%1").arg(i);
        c.status = CallStatus::Waiting;
        run.calls << c;
    }
    return run;
}

struct Report
{
    QList<CallRecord> calls;
    QString error;
};

} // namespace

TEST(BatchResultWriter, twoWrites_committedFromItsOwnConnection_reportedInOrder)
{
    TempWorkspace ws;
    const QString path = ws.filePath(QStringLiteral("h.sqlite"));
    auto db = Database::open(path);
    ASSERT_TRUE(db);
    HistoryStore history(**db);
    RunRecord run = waitingRun(3);
    ASSERT_TRUE(history.insertRun(run));

    QList<Report> reports;
    {
        BatchResultWriter writer(path);
        QObject::connect(&writer, &BatchResultWriter::written,
                         [&](const QList<CallRecord>& calls, const QString& error) { reports.append({calls, error}); });
        QList<CallRecord> first = {run.calls[0], run.calls[1]};
        for (CallRecord& c : first) {
            c.status = CallStatus::Done;
            c.text = QStringLiteral("plan of ") + c.batchCustomId;
            c.costUsd = 0.5;
        }
        CallRecord last = run.calls[2];
        last.status = CallStatus::Failed;
        last.errorMessage = QStringLiteral("expired");
        writer.write(first);
        writer.write({last});
        EXPECT_EQ(writer.pending(), 2);
        ASSERT_TRUE(waitFor([&] { return reports.size() == 2; }));
        EXPECT_EQ(writer.pending(), 0);
    }
    EXPECT_TRUE(reports[0].error.isEmpty()) << reports[0].error.toStdString();
    EXPECT_TRUE(reports[1].error.isEmpty());
    ASSERT_EQ(reports[0].calls.size(), 2);
    EXPECT_EQ(reports[0].calls[0].id, run.calls[0].id);
    EXPECT_EQ(reports[1].calls[0].id, run.calls[2].id);

    // The GUI thread's connection sees what the writer's connection committed.
    auto loaded = history.loadRun(run.id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->calls[0].status, CallStatus::Done);
    EXPECT_EQ(loaded->calls[1].text, QStringLiteral("plan of cb-1"));
    EXPECT_EQ(loaded->calls[1].costUsd, 0.5);
    EXPECT_EQ(loaded->calls[2].status, CallStatus::Failed);
    EXPECT_EQ(loaded->calls[2].errorMessage, QStringLiteral("expired"));
}

TEST(BatchResultWriter, destroyedWithWritesInFlight_finishesThemFirst)
{
    TempWorkspace ws;
    const QString path = ws.filePath(QStringLiteral("h.sqlite"));
    auto db = Database::open(path);
    ASSERT_TRUE(db);
    HistoryStore history(**db);
    RunRecord run = waitingRun(50);
    ASSERT_TRUE(history.insertRun(run));
    {
        BatchResultWriter writer(path);
        for (CallRecord c : run.calls) {
            c.status = CallStatus::Done;
            c.text = QString(20000, QLatin1Char('x'));
            writer.write({c});
        }
    } // no event loop ran: nothing was reported, everything must still be in history
    auto loaded = history.loadRun(run.id);
    ASSERT_TRUE(loaded);
    for (const CallRecord& c : loaded->calls) {
        EXPECT_EQ(c.status, CallStatus::Done);
        EXPECT_EQ(c.text.size(), 20000);
    }
}

TEST(BatchResultWriter, notAHistoryDatabase_reportsWhyAndWritesNothing)
{
    TempWorkspace ws;
    const QString path = ws.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("these are my notes, not a database\n");
    }
    BatchResultWriter writer(path);
    QList<Report> reports;
    QObject::connect(&writer, &BatchResultWriter::written,
                     [&](const QList<CallRecord>& calls, const QString& error) { reports.append({calls, error}); });
    CallRecord c;
    c.id = 1;
    c.status = CallStatus::Done;
    writer.write({c});
    ASSERT_TRUE(waitFor([&] { return reports.size() == 1; }));
    EXPECT_FALSE(reports[0].error.isEmpty());
    EXPECT_EQ(reports[0].calls.size(), 1) << "the calls come back so the caller can write them another way";
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("these are my notes, not a database\n"));
}

TEST(BatchResultWriter, canShare_inMemoryDatabase_false)
{
    EXPECT_FALSE(BatchResultWriter::canShare(QStringLiteral(":memory:")));
    EXPECT_FALSE(BatchResultWriter::canShare(QString()));
    EXPECT_TRUE(BatchResultWriter::canShare(QStringLiteral("/tmp/history.sqlite")));
}
