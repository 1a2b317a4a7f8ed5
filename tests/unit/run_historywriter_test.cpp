#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/run/runhistorywriter.h"
#include "core/run/runsession.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Cb::Core;

namespace {

class RunHistoryWriterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("h.sqlite")));
        ASSERT_TRUE(opened.has_value());
        db = std::move(*opened);
        store = std::make_unique<HistoryStore>(*db);
        RunRecord run;
        CallRecord c;
        c.provider = QStringLiteral("openai");
        c.model = QStringLiteral("o3");
        run.calls.append(c);
        ASSERT_TRUE(store->insertRun(run).has_value());
        session = std::make_unique<RunSession>(run);
        callId = run.calls.first().id;
    }
    QString storedText() { return store->loadRun(session->record().id)->calls.first().text; }

    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<HistoryStore> store;
    std::unique_ptr<RunSession> session;
    qint64 callId = 0;
};

} // namespace

TEST_F(RunHistoryWriterTest, deltasCoalesced_stateChangesWrittenAtOnce_flushWritesTheRest)
{
    RunHistoryWriter writer(session.get(), store.get(), 3'600'000); // the timer never fires here
    for (int i = 0; i < 100; ++i)
        session->appendText(callId, QStringLiteral("x"));
    EXPECT_EQ(writer.writes(), 0) << "deltas wait for the coalescing window";
    EXPECT_TRUE(storedText().isEmpty());

    CallRecord streaming = *session->call(callId);
    streaming.status = CallStatus::Streaming;
    session->updateCall(streaming);
    EXPECT_EQ(writer.writes(), 1);
    EXPECT_EQ(storedText(), QString(100, QLatin1Char('x'))) << "a state change carries the text so far";

    session->appendText(callId, QStringLiteral("yz"));
    session->appendReasoning(callId, QStringLiteral("because"));
    writer.flush();
    EXPECT_EQ(writer.writes(), 2) << "one write per dirty call";
    EXPECT_EQ(storedText(), QString(100, QLatin1Char('x')) + QStringLiteral("yz"));
    EXPECT_EQ(store->loadRun(session->record().id)->calls.first().reasoning, QStringLiteral("because"));
    writer.flush();
    EXPECT_EQ(writer.writes(), 2) << "nothing pending, nothing written";
}

TEST_F(RunHistoryWriterTest, destroyed_flushesPendingOutput)
{
    {
        RunHistoryWriter writer(session.get(), store.get(), 3'600'000);
        session->appendText(callId, QStringLiteral("kept"));
    }
    EXPECT_EQ(storedText(), QStringLiteral("kept"));
}
