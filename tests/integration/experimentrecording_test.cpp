// Issue 13 "nothing is lost": an experiment's cases are recorded (with their prompts) before
// their runs, so quitting while the runs are still being recorded loses no case; the next
// start records the rest and every case × model × repeat is sent exactly once (counted on a
// fake OpenAI batch server). And when the writer's own connection cannot write, the GUI
// thread records the runs and results itself.
#include "core/experiment/experimentrunner.h"
#include "core/experiment/experimentstore.h"
#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/models/modelcatalog.h"
#include "core/pack/packfile.h"
#include "core/prompt/promptassembler.h"
#include "core/run/runsession.h"
#include "support/fakebatchserver.h"
#include "support/goldenpack.h"
#include "support/providertesting.h"
#include "support/tempworkspace.h"

#include <QSet>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Test;

namespace {

constexpr int kCases = 130; // more than two of the runner's 50-case recording chunks
constexpr int kRepeats = 2;

class ExperimentRecording : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(PackFile::save(GoldenPack::pack(), packPath));
        auto opened = Database::open(ws.filePath(QStringLiteral("history.sqlite")));
        ASSERT_TRUE(opened) << opened.error().message.toStdString();
        db = std::move(*opened);
        history = std::make_unique<HistoryStore>(*db);
        experiments = std::make_unique<ExperimentStore>(*db);
        openai.setStatuses({QStringLiteral("in_progress"), QStringLiteral("completed")});
    }

    std::unique_ptr<ExperimentRunner> runner()
    {
        RunEnvironment env;
        env.network = network.get();
        env.history = history.get();
        env.options.poll.initialIntervalMs = env.options.poll.maxIntervalMs = 20;
        auto catalog = ModelCatalog::loadDefault();
        env.builder = CallRequestBuilder(catalog ? *catalog : ModelCatalog{},
                                         {{QStringLiteral("openai"), openai.baseUrl()}});
        return std::make_unique<ExperimentRunner>(env, experiments.get(),
                                                  QHash<QString, QString>{{QStringLiteral("openai"),
                                                                           QStringLiteral("sk-rec")}});
    }

    // One case per goal: every case has a prompt of its own.
    ExperimentSpec spec() const
    {
        ExperimentSpec s;
        s.name = QStringLiteral("recording");
        s.plan.repeats = kRepeats;
        s.plan.models = {{QStringLiteral("openai"), QStringLiteral("o3"), {}},
                         {QStringLiteral("openai"), QStringLiteral("gpt-4.1"), {}}};
        for (int c = 0; c < kCases; ++c) {
            Pack pack = GoldenPack::pack();
            pack.goal = QStringLiteral("Plan case %1").arg(c + 1);
            s.cases.append({RunInput::fromPack(pack, packPath, PromptAssembler::assemble(pack)),
                            QJsonObject{{QStringLiteral("n"), QString::number(c + 1)}}});
        }
        return s;
    }

    int count(const QString& sql) const
    {
        QSqlQuery q(db->connection());
        EXPECT_TRUE(q.exec(sql) && q.next()) << sql.toStdString();
        return q.value(0).toInt();
    }

    // Every case has one run, every call ran exactly once on the server and ended done.
    void expectEveryCallOnce(qint64 id)
    {
        const int calls = kCases * 2 * kRepeats;
        QStringList sent;
        for (const FakeBatchServer::Batch& b : openai.batches())
            sent << b.customIds;
        EXPECT_EQ(sent.size(), calls);
        EXPECT_EQ(QSet<QString>(sent.begin(), sent.end()).size(), calls);
        EXPECT_EQ(openai.count(QStringLiteral("create")), 2); // one batch per model
        auto loaded = experiments->load(id);
        ASSERT_TRUE(loaded);
        ASSERT_EQ(loaded->cases.size(), kCases);
        QSet<QString> goals;
        for (const ExperimentCase& c : loaded->cases) {
            EXPECT_GT(c.runId, 0) << "case " << c.position;
            EXPECT_TRUE(c.input.isEmpty()) << "case " << c.position; // dropped once its run exists
            auto run = history->loadRun(c.runId);
            ASSERT_TRUE(run);
            EXPECT_EQ(run->calls.size(), 2 * kRepeats);
            EXPECT_EQ(run->packGoal, QStringLiteral("Plan case %1").arg(c.position + 1));
            EXPECT_TRUE(run->input.contains(run->packGoal)) << "case " << c.position;
            goals << run->packGoal;
            for (const CallRecord& call : run->calls) {
                EXPECT_EQ(call.status, CallStatus::Done) << call.batchCustomId.toStdString();
                EXPECT_TRUE(call.text.startsWith(QLatin1String("answer:"))) << call.text.toStdString();
            }
        }
        EXPECT_EQ(goals.size(), kCases);
        EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM runs")), kCases);
        EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM calls")), calls);
        EXPECT_EQ(loaded->status, QStringLiteral("done"));
    }

    TempWorkspace ws;
    QString packPath = ws.filePath(QStringLiteral("case.ctxpack"));
    std::unique_ptr<Database> db;
    std::unique_ptr<HistoryStore> history;
    std::unique_ptr<ExperimentStore> experiments;
    FakeBatchServer openai{FakeBatchServer::Flavour::OpenAi};
    std::unique_ptr<QNetworkAccessManager> network = makeTestNetworkManager();
};

} // namespace

TEST_F(ExperimentRecording, quitBeforeAnyRunIsRecorded_resumeRecordsEveryCaseAndSendsEachCallOnce)
{
    auto first = runner();
    auto started = first->start(spec());
    ASSERT_TRUE(started) << started.error().message.toStdString();
    const qint64 id = *started;
    // Quit at once: the cases (handed to the writer) are kept, none of their runs exists yet.
    first.reset();
    EXPECT_EQ(openai.http().requestCount(), 0);
    auto kept = experiments->load(id);
    ASSERT_TRUE(kept);
    ASSERT_EQ(kept->cases.size(), kCases);
    for (const ExperimentCase& c : kept->cases) {
        EXPECT_EQ(c.runId, 0);
        EXPECT_TRUE(c.input.value(QStringLiteral("input")).toString().contains(c.goal));
    }
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM runs")), 0);

    auto second = runner();
    ASSERT_TRUE(second->resume(id));
    ASSERT_TRUE(waitFor([&] { return !second->isRunning(); }, 60000));
    EXPECT_TRUE(second->problems().isEmpty()) << second->problems().join(QLatin1Char('\n')).toStdString();
    expectEveryCallOnce(id);
}

TEST_F(ExperimentRecording, quitWhileRunsAreRecorded_resumeRecordsTheRestAndSendsEachCallOnce)
{
    auto first = runner();
    int progressed = 0;
    QObject::connect(first.get(), &ExperimentRunner::recordingProgress,
                     [&](int recorded, int) { progressed = recorded; });
    auto started = first->start(spec());
    ASSERT_TRUE(started);
    const qint64 id = *started;
    ASSERT_TRUE(waitFor([&] { return progressed > 0; }, 30000));
    ASSERT_TRUE(first->isRecording()); // batches go out only once every case is recorded
    first.reset();
    EXPECT_EQ(openai.http().requestCount(), 0);

    auto second = runner();
    ASSERT_TRUE(second->resume(id));
    ASSERT_TRUE(waitFor([&] { return !second->isRunning(); }, 60000));
    EXPECT_TRUE(second->problems().isEmpty()) << second->problems().join(QLatin1Char('\n')).toStdString();
    expectEveryCallOnce(id);
}

// A newer ContextBench migrated the history meanwhile: the writer's own connection refuses to
// open it, so the cases, the runs and the results are recorded on the GUI thread's connection.
TEST_F(ExperimentRecording, writerCannotOpenTheHistory_guiThreadRecordsCasesRunsAndResults)
{
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = 9999")));
    auto r = runner();
    auto started = r->start(spec());
    ASSERT_TRUE(started) << started.error().message.toStdString();
    ASSERT_TRUE(waitFor([&] { return !r->isRunning(); }, 60000));
    ASSERT_FALSE(r->problems().isEmpty()); // the writer's failure is told, once
    EXPECT_TRUE(r->problems().first().contains(QStringLiteral("written by a newer ContextBench")))
        << r->problems().first().toStdString();
    EXPECT_EQ(r->problems().size(), 1) << r->problems().join(QLatin1Char('\n')).toStdString();
    for (RunOrchestrator* run : r->runs())
        for (const CallRecord& c : run->session()->record().calls)
            EXPECT_EQ(c.status, CallStatus::Done);
    r.reset(); // the sessions' own writers flush what they hold
    expectEveryCallOnce(*started);
}
