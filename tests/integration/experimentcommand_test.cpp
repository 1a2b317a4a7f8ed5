// `contextbench experiment run|status|resume` as a process against fake OpenAI and Anthropic
// batch servers and a live Gemini server on 127.0.0.1.
#include "core/experiment/experimentstore.h"
#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/pack/packfile.h"
#include "support/cliprocess.h"
#include "support/fakebatchserver.h"
#include "support/fakehttpserver.h"
#include "support/goldenpack.h"
#include "support/providertesting.h"
#include "support/tempworkspace.h"

#include <QFile>
#include <QPdfDocument>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Test;

namespace {

class ExperimentCommand : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(PackFile::save(GoldenPack::pack(), packA));
        ASSERT_TRUE(PackFile::save(GoldenPack::pack(), packB));
        gemini.setHandler([](const RecordedRequest&) -> std::optional<FakeResponse> {
            return FakeResponse::sse(providerTranscript(QStringLiteral("gemini_thinking.sse")));
        });
    }
    QStringList common(const QString& poll = QStringLiteral("0.02")) const
    {
        return {QStringLiteral("--base-url"), QStringLiteral("openai=") + openai.baseUrl(),
                QStringLiteral("--base-url"), QStringLiteral("anthropic=") + anthropic.baseUrl(),
                QStringLiteral("--base-url"), QStringLiteral("gemini=") + gemini.baseUrl(),
                QStringLiteral("--poll-interval"), poll, QStringLiteral("--json")};
    }
    QStringList models() const
    {
        return {QStringLiteral("--model"), QStringLiteral("openai:o3"), QStringLiteral("--model"),
                QStringLiteral("anthropic:claude-sonnet-4-5"), QStringLiteral("--model"),
                QStringLiteral("gemini:gemini-2.5-flash")};
    }
    std::unique_ptr<CliProcess> cli() const
    {
        return std::make_unique<CliProcess>(ws.filePath(QStringLiteral("data")), keys);
    }
    static QJsonObject parse(const QByteArray& out)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << out.toStdString();
        return doc.object();
    }
    int serverRequests() const
    {
        return int(openai.http().requestCount() + anthropic.http().requestCount() + gemini.requestCount());
    }

    TempWorkspace ws;
    QString packA = ws.filePath(QStringLiteral("alpha.ctxpack"));
    QString packB = ws.filePath(QStringLiteral("beta.ctxpack"));
    QHash<QString, QString> keys{{QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-exp-openai")},
                                 {QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("sk-ant-exp")},
                                 {QStringLiteral("GEMINI_API_KEY"), QStringLiteral("gm-exp")}};
    FakeBatchServer openai{FakeBatchServer::Flavour::OpenAi};
    FakeBatchServer anthropic{FakeBatchServer::Flavour::Anthropic};
    FakeHttpServer gemini;
};

} // namespace

TEST_F(ExperimentCommand, mixedBatchAndLive_twoPacksTwoRepeats_everyCallRecorded)
{
    openai.setShuffleSeed(3);
    anthropic.setShuffleSeed(5);
    auto p = cli();
    p->start(QStringList{QStringLiteral("experiment"), QStringLiteral("run"), packA, packB, QStringLiteral("--repeat"),
                         QStringLiteral("2")} +
             models() + common());
    ASSERT_TRUE(p->waitForExit()) << p->err().toStdString();
    EXPECT_EQ(p->exitCode(), 0) << p->err().toStdString();
    // Live and batch prices side by side, before sending.
    EXPECT_TRUE(p->err().contains(QStringLiteral("price estimate: live ~$"))) << p->err().toStdString();
    EXPECT_TRUE(p->err().contains(QStringLiteral("this experiment (batch) ~$"))) << p->err().toStdString();
    const QJsonObject summary = parse(p->out());
    const qint64 id = summary.value(QStringLiteral("experiment_id")).toInteger();
    EXPECT_GT(id, 0);
    EXPECT_EQ(summary.value(QStringLiteral("mode")).toString(), QStringLiteral("batch"));
    EXPECT_EQ(summary.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
    const QJsonArray batches = summary.value(QStringLiteral("batches")).toArray();
    ASSERT_EQ(batches.size(), 2);
    for (const QJsonValue& b : batches)
        EXPECT_EQ(b.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    const QJsonArray calls = summary.value(QStringLiteral("calls")).toArray();
    ASSERT_EQ(calls.size(), 12); // 2 cases × 3 models × 2 repeats
    QHash<QString, int> perModel;
    for (const QJsonValue& v : calls) {
        const QJsonObject c = v.toObject();
        const QString model = c.value(QStringLiteral("model")).toString();
        SCOPED_TRACE(model.toStdString());
        ++perModel[model + QLatin1Char('/') + c.value(QStringLiteral("mode")).toString()];
        EXPECT_EQ(c.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        EXPECT_TRUE(c.value(QStringLiteral("case")).toInt() == 0 || c.value(QStringLiteral("case")).toInt() == 1);
        if (model.startsWith(QLatin1String("gemini"))) {
            EXPECT_EQ(c.value(QStringLiteral("text")).toString(), QStringLiteral("Héllo wörld — done."));
        } else {
            EXPECT_TRUE(c.value(QStringLiteral("text")).toString().startsWith(QLatin1String("answer:cb-")));
            // Billed at the batch price: known and positive.
            EXPECT_GT(c.value(QStringLiteral("cost_usd")).toDouble(), 0.0);
        }
    }
    EXPECT_EQ(perModel.value(QStringLiteral("openai:o3/batch")), 4);
    EXPECT_EQ(perModel.value(QStringLiteral("anthropic:claude-sonnet-4-5/batch")), 4);
    EXPECT_EQ(perModel.value(QStringLiteral("gemini:gemini-2.5-flash/live")), 4);
    EXPECT_EQ(openai.count(QStringLiteral("create")), 1);
    EXPECT_EQ(anthropic.count(QStringLiteral("create")), 1);
    EXPECT_EQ(openai.batches().value(0).customIds.size(), 4);
    EXPECT_EQ(gemini.requestCount(), 4);
    EXPECT_EQ(openai.http().lastRequest().header("authorization"), QByteArray("Bearer sk-exp-openai"));

    // Status reads the same from history, contacting nobody.
    const int before = serverRequests();
    auto s = cli();
    s->start({QStringLiteral("experiment"), QStringLiteral("status"), QString::number(id), QStringLiteral("--json")});
    ASSERT_TRUE(s->waitForExit());
    EXPECT_EQ(s->exitCode(), 0) << s->err().toStdString();
    const QJsonObject status = parse(s->out());
    EXPECT_EQ(status.value(QStringLiteral("calls")).toArray().size(), 12);
    EXPECT_EQ(status.value(QStringLiteral("batches")).toArray().size(), 2);
    EXPECT_EQ(serverRequests(), before);

    // Each case is an ordinary run in history.
    auto db = Database::open(p->historyPath());
    ASSERT_TRUE(db);
    ExperimentStore store(**db);
    HistoryStore history(**db);
    const auto record = store.load(id);
    ASSERT_TRUE(record);
    ASSERT_EQ(record->cases.size(), 2);
    const auto run = history.loadRun(record->cases[1].runId);
    ASSERT_TRUE(run);
    EXPECT_EQ(run->packPath, packB);
    EXPECT_EQ(run->calls.size(), 6);
}

TEST_F(ExperimentCommand, killedAfterCreateBeforePoll_resumeCreatesNothingTwice)
{
    openai.setStatuses({QStringLiteral("validating"), QStringLiteral("in_progress"), QStringLiteral("completed")});
    auto p = cli();
    p->start(QStringList{QStringLiteral("experiment"), QStringLiteral("run"), packA, QStringLiteral("--model"),
                         QStringLiteral("openai:o3"), QStringLiteral("--repeat"), QStringLiteral("3")} +
             common(QStringLiteral("600")));
    // The batch id is printed only after it is recorded.
    ASSERT_TRUE(waitFor([&] { return p->err().contains(QStringLiteral("[batch openai batch_1] validating")); }, 30000))
        << p->err().toStdString();
    p->kill();
    ASSERT_TRUE(p->waitForExit());
    EXPECT_EQ(openai.count(QStringLiteral("poll")), 0);
    EXPECT_EQ(openai.count(QStringLiteral("create")), 1);

    auto r = cli();
    r->start(QStringList{QStringLiteral("experiment"), QStringLiteral("resume")} + common());
    ASSERT_TRUE(r->waitForExit()) << r->err().toStdString();
    EXPECT_EQ(r->exitCode(), 0) << r->err().toStdString();
    const QJsonObject summary = parse(r->out());
    const QJsonArray calls = summary.value(QStringLiteral("calls")).toArray();
    ASSERT_EQ(calls.size(), 3);
    for (const QJsonValue& c : calls)
        EXPECT_EQ(c.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("done"));
    EXPECT_EQ(openai.count(QStringLiteral("create")), 1);
    EXPECT_EQ(openai.count(QStringLiteral("upload")), 1);
    EXPECT_GE(openai.count(QStringLiteral("poll")), 2);
}

// Killed (SIGKILL) once the first cases' runs are recorded and before the rest are: every case
// was recorded with its prompt first, so the resume records the missing runs and sends every
// case × model × repeat exactly once.
TEST_F(ExperimentCommand, killedWhileRecordingCases_resumeRunsEveryCaseOnce)
{
    constexpr int kCases = 160;
    QStringList goals;
    for (int i = 0; i < kCases; ++i)
        goals << QStringLiteral("--goal") << QStringLiteral("Plan step %1").arg(i + 1);
    auto p = cli();
    p->start(QStringList{QStringLiteral("experiment"), QStringLiteral("run"), packA, QStringLiteral("--model"),
                         QStringLiteral("openai:o3"), QStringLiteral("--repeat"), QStringLiteral("2")} +
             goals + common());
    ASSERT_TRUE(waitFor([&] { return p->err().contains(QStringLiteral("recording cases: ")); }, 60000))
        << p->err().toStdString();
    p->kill();
    ASSERT_TRUE(p->waitForExit());

    auto r = cli();
    r->start(QStringList{QStringLiteral("experiment"), QStringLiteral("resume")} + common());
    ASSERT_TRUE(r->waitForExit(120000)) << r->err().toStdString();
    EXPECT_EQ(r->exitCode(), 0) << r->err().toStdString();
    const QJsonArray calls = parse(r->out()).value(QStringLiteral("calls")).toArray();
    ASSERT_EQ(calls.size(), kCases * 2);
    QSet<QString> sent;
    int lines = 0;
    for (const FakeBatchServer::Batch& b : openai.batches()) {
        lines += int(b.customIds.size());
        sent.unite(QSet<QString>(b.customIds.begin(), b.customIds.end()));
    }
    EXPECT_EQ(lines, kCases * 2);
    EXPECT_EQ(sent.size(), kCases * 2);
    QSet<QString> goalsSeen;
    for (const QJsonValue& c : calls) {
        EXPECT_EQ(c.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        goalsSeen << c.toObject().value(QStringLiteral("case")).toVariant().toString();
    }
    EXPECT_EQ(goalsSeen.size(), kCases);
}

TEST_F(ExperimentCommand, detach_returnsOnceSubmitted_resumeCollects)
{
    anthropic.setStatuses({QStringLiteral("in_progress"), QStringLiteral("in_progress"), QStringLiteral("completed")});
    auto p = cli();
    p->start(QStringList{QStringLiteral("experiment"), QStringLiteral("run"), packA, QStringLiteral("--goal"),
                         QStringLiteral("Plan the launch"), QStringLiteral("--goal"), QStringLiteral("Plan the rollback"),
                         QStringLiteral("--model"), QStringLiteral("anthropic:claude-sonnet-4-5"),
                         QStringLiteral("--detach")} +
             common(QStringLiteral("600")));
    ASSERT_TRUE(p->waitForExit()) << p->err().toStdString();
    EXPECT_EQ(p->exitCode(), 0) << p->err().toStdString();
    const QJsonObject submitted = parse(p->out());
    const qint64 id = submitted.value(QStringLiteral("experiment_id")).toInteger();
    ASSERT_EQ(submitted.value(QStringLiteral("batches")).toArray().size(), 1);
    EXPECT_EQ(submitted.value(QStringLiteral("batches")).toArray()[0].toObject().value(QStringLiteral("id")).toString(),
              QStringLiteral("msgbatch_1"));
    EXPECT_EQ(submitted.value(QStringLiteral("calls")).toArray().size(), 2); // one per goal
    EXPECT_EQ(submitted.value(QStringLiteral("calls")).toArray()[0].toObject().value(QStringLiteral("status")).toString(),
              QStringLiteral("waiting"));
    // The two goals are two cases with their own prompts.
    const auto& bodies = anthropic.batches().value(0).bodies;
    ASSERT_EQ(bodies.size(), 2);
    EXPECT_NE(bodies[0].value(QStringLiteral("messages")), bodies[1].value(QStringLiteral("messages")));

    auto s = cli();
    s->start({QStringLiteral("experiment"), QStringLiteral("status"), QStringLiteral("--json")});
    ASSERT_TRUE(s->waitForExit());
    EXPECT_EQ(s->exitCode(), 1); // nothing done yet

    auto r = cli();
    r->start(QStringList{QStringLiteral("experiment"), QStringLiteral("resume"), QString::number(id)} + common());
    ASSERT_TRUE(r->waitForExit()) << r->err().toStdString();
    EXPECT_EQ(r->exitCode(), 0) << r->err().toStdString();
    EXPECT_EQ(anthropic.count(QStringLiteral("create")), 1);
    const QJsonArray calls = parse(r->out()).value(QStringLiteral("calls")).toArray();
    ASSERT_EQ(calls.size(), 2);
    EXPECT_TRUE(calls[1].toObject().value(QStringLiteral("text")).toString().startsWith(QLatin1String("answer:")));
}

TEST_F(ExperimentCommand, resumeWithoutBaseUrl_usesTheServersTheExperimentStartedWith)
{
    openai.setStatuses({QStringLiteral("in_progress"), QStringLiteral("completed")});
    auto p = cli();
    p->start(QStringList{QStringLiteral("experiment"), QStringLiteral("run"), packA, QStringLiteral("--model"),
                         QStringLiteral("openai:o3"), QStringLiteral("--detach")} +
             common(QStringLiteral("600")));
    ASSERT_TRUE(p->waitForExit()) << p->err().toStdString();
    ASSERT_EQ(p->exitCode(), 0) << p->err().toStdString();
    const qint64 id = parse(p->out()).value(QStringLiteral("experiment_id")).toInteger();
    const int pollsBefore = openai.count(QStringLiteral("poll"));

    // No --base-url: the stored one is used (the default api.openai.com would never answer here).
    auto r = cli();
    r->start({QStringLiteral("experiment"), QStringLiteral("resume"), QString::number(id), QStringLiteral("--json"),
              QStringLiteral("--poll-interval"), QStringLiteral("0.02")});
    ASSERT_TRUE(r->waitForExit()) << r->err().toStdString();
    EXPECT_EQ(r->exitCode(), 0) << r->err().toStdString();
    EXPECT_GT(openai.count(QStringLiteral("poll")), pollsBefore);
    EXPECT_EQ(openai.count(QStringLiteral("create")), 1);
    const QJsonArray calls = parse(r->out()).value(QStringLiteral("calls")).toArray();
    ASSERT_EQ(calls.size(), 1);
    EXPECT_EQ(calls[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("done"));
}

TEST_F(ExperimentCommand, expiredBatch_partialExitFinishedCallsKept)
{
    openai.setStatuses({QStringLiteral("in_progress"), QStringLiteral("expired")});
    // The first request seen succeeds, the next is not in the output: the window closed on it.
    QHash<QString, FakeBatchServer::Fate> fates;
    openai.setFate([&fates](const QString& id) {
        if (!fates.contains(id))
            fates.insert(id, fates.isEmpty() ? FakeBatchServer::Fate::Succeed : FakeBatchServer::Fate::Omit);
        return fates.value(id);
    });
    auto p = cli();
    p->start(QStringList{QStringLiteral("experiment"), QStringLiteral("run"), packA, QStringLiteral("--model"),
                         QStringLiteral("openai:o3"), QStringLiteral("--repeat"), QStringLiteral("2")} +
             common());
    ASSERT_TRUE(p->waitForExit()) << p->err().toStdString();
    const QJsonArray calls = parse(p->out()).value(QStringLiteral("calls")).toArray();
    ASSERT_EQ(calls.size(), 2);
    QStringList statuses;
    for (const QJsonValue& c : calls)
        statuses << c.toObject().value(QStringLiteral("status")).toString() + QLatin1Char('/') +
                        c.toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    statuses.sort();
    EXPECT_EQ(statuses, (QStringList{QStringLiteral("done/"), QStringLiteral("failed/expired")}));
    EXPECT_EQ(p->exitCode(), 3);
}

TEST_F(ExperimentCommand, badInput_clearMessageNothingSent)
{
    struct Case
    {
        QStringList args;
        QHash<QString, QString> env;
        int exit;
        QString message;
    };
    QHash<QString, QString> noAnthropic = keys;
    noAnthropic.remove(QStringLiteral("ANTHROPIC_API_KEY"));
    const QString missing = ws.filePath(QStringLiteral("missing.ctxpack"));
    const QString broken = ws.write(QStringLiteral("broken.ctxpack"), QByteArray("not a pack"));
    const QList<Case> cases{
        {QStringList{packA, missing} + models(), keys, 1, missing},
        {QStringList{packA, broken} + models(), keys, 1, broken},
        {QStringList{packA, QStringLiteral("--model"), QStringLiteral("openai:o9-ultra")}, keys, 2,
         QStringLiteral("unknown model 'openai:o9-ultra'")},
        {QStringList{packA} + models(), noAnthropic, 1, QStringLiteral("ANTHROPIC_API_KEY")},
        {QStringList{packA, QStringLiteral("--model"), QStringLiteral("openai:o3"), QStringLiteral("--mode"),
                     QStringLiteral("slow")},
         keys, 2, QStringLiteral("--mode must be live or batch")},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.args.join(QLatin1Char(' ')).toStdString());
        CliProcess p(ws.filePath(QStringLiteral("data")), c.env);
        p.start(QStringList{QStringLiteral("experiment"), QStringLiteral("run")} + c.args + common());
        ASSERT_TRUE(p.waitForExit());
        EXPECT_EQ(p.exitCode(), c.exit) << p.err().toStdString();
        EXPECT_TRUE(p.err().contains(c.message)) << p.err().toStdString();
    }
    EXPECT_EQ(serverRequests(), 0);
}

TEST_F(ExperimentCommand, liveMode_batchProvidersRunLiveToo)
{
    openai.http().setHandler([](const RecordedRequest&) -> std::optional<FakeResponse> {
        return FakeResponse::sse(providerTranscript(QStringLiteral("responses_text.sse")));
    });
    auto p = cli();
    p->start(QStringList{QStringLiteral("experiment"), QStringLiteral("run"), packA, QStringLiteral("--model"),
                         QStringLiteral("openai:o3"), QStringLiteral("--model"), QStringLiteral("gemini:gemini-2.5-flash"),
                         QStringLiteral("--mode"), QStringLiteral("live")} +
             common());
    ASSERT_TRUE(p->waitForExit()) << p->err().toStdString();
    EXPECT_EQ(p->exitCode(), 0) << p->err().toStdString();
    const QJsonObject summary = parse(p->out());
    EXPECT_EQ(summary.value(QStringLiteral("mode")).toString(), QStringLiteral("live"));
    EXPECT_TRUE(summary.value(QStringLiteral("batches")).toArray().isEmpty());
    for (const QJsonValue& c : summary.value(QStringLiteral("calls")).toArray())
        EXPECT_EQ(c.toObject().value(QStringLiteral("mode")).toString(), QStringLiteral("live"));
    EXPECT_EQ(openai.count(QStringLiteral("create")), 0);
    EXPECT_EQ(openai.http().requestCount(), 1);
}

TEST_F(ExperimentCommand, cancel_providerAskedToCancelFinishedResultsKept)
{
    openai.setStatuses({QStringLiteral("in_progress")});
    QHash<QString, FakeBatchServer::Fate> fates;
    openai.setFate([&fates](const QString& id) {
        if (!fates.contains(id))
            fates.insert(id, fates.isEmpty() ? FakeBatchServer::Fate::Succeed : FakeBatchServer::Fate::Cancel);
        return fates.value(id);
    });
    auto p = cli();
    p->start(QStringList{QStringLiteral("experiment"), QStringLiteral("run"), packA, QStringLiteral("--model"),
                         QStringLiteral("openai:o3"), QStringLiteral("--repeat"), QStringLiteral("3"),
                         QStringLiteral("--detach")} +
             common());
    ASSERT_TRUE(p->waitForExit()) << p->err().toStdString();
    ASSERT_EQ(p->exitCode(), 0) << p->err().toStdString();
    const qint64 id = parse(p->out()).value(QStringLiteral("experiment_id")).toInteger();

    auto c = cli();
    c->start(QStringList{QStringLiteral("experiment"), QStringLiteral("cancel"), QString::number(id)} + common());
    ASSERT_TRUE(c->waitForExit()) << c->err().toStdString();
    EXPECT_EQ(c->exitCode(), 3) << c->err().toStdString();
    EXPECT_EQ(openai.count(QStringLiteral("cancel")), 1);
    EXPECT_EQ(openai.count(QStringLiteral("create")), 1);
    const QJsonObject summary = parse(c->out());
    EXPECT_EQ(summary.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    QStringList statuses;
    for (const QJsonValue& v : summary.value(QStringLiteral("calls")).toArray())
        statuses << v.toObject().value(QStringLiteral("status")).toString();
    statuses.sort();
    EXPECT_EQ(statuses, (QStringList{QStringLiteral("cancelled"), QStringLiteral("cancelled"), QStringLiteral("done")}));
}

TEST_F(ExperimentCommand, export_everyFormat_everyCaseModelRepeatWithCostTokensAnswerAndResults)
{
    // One OpenAI request fails on the provider: its row says so, with no cost.
    QHash<QString, FakeBatchServer::Fate> fates;
    openai.setFate([&fates](const QString& id) {
        if (!fates.contains(id))
            fates.insert(id, fates.isEmpty() ? FakeBatchServer::Fate::Fail : FakeBatchServer::Fate::Succeed);
        return fates.value(id);
    });
    auto p = cli();
    p->start(QStringList{QStringLiteral("experiment"), QStringLiteral("run"), packA, packB, QStringLiteral("--repeat"),
                         QStringLiteral("2"), QStringLiteral("--model"), QStringLiteral("openai:o3"),
                         QStringLiteral("--model"), QStringLiteral("gemini:gemini-2.5-flash")} +
             common());
    ASSERT_TRUE(p->waitForExit()) << p->err().toStdString();
    const qint64 id = parse(p->out()).value(QStringLiteral("experiment_id")).toInteger();
    ASSERT_GT(id, 0) << p->err().toStdString();
    const int before = serverRequests();

    const QString jsonPath = ws.filePath(QStringLiteral("study.json"));
    auto j = cli();
    j->start({QStringLiteral("experiment"), QStringLiteral("export"), QString::number(id), QStringLiteral("--out"),
              jsonPath});
    ASSERT_TRUE(j->waitForExit());
    ASSERT_EQ(j->exitCode(), 0) << j->err().toStdString();
    QFile jf(jsonPath);
    ASSERT_TRUE(jf.open(QIODevice::ReadOnly));
    const QJsonObject study = parse(jf.readAll());
    EXPECT_EQ(study.value(QStringLiteral("experiment_id")).toInteger(), id);
    EXPECT_EQ(study.value(QStringLiteral("cases")).toArray().size(), 2);
    const QJsonArray calls = study.value(QStringLiteral("calls")).toArray();
    ASSERT_EQ(calls.size(), 8); // 2 cases × 2 models × 2 repeats
    int failed = 0;
    double total = 0;
    for (const QJsonValue& v : calls) {
        const QJsonObject c = v.toObject();
        const bool batch = c.value(QStringLiteral("billing")).toString() == QLatin1String("batch");
        EXPECT_EQ(batch, c.value(QStringLiteral("model")).toString() == QLatin1String("openai:o3"));
        if (c.value(QStringLiteral("state")).toString() == QLatin1String("failed")) {
            ++failed;
            EXPECT_TRUE(c.value(QStringLiteral("cost_usd")).isNull());
            EXPECT_FALSE(c.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().isEmpty());
            continue;
        }
        EXPECT_EQ(c.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        EXPECT_GT(c.value(QStringLiteral("output_tokens")).toInteger(), 0);
        EXPECT_FALSE(c.value(QStringLiteral("text")).toString().isEmpty());
        total += c.value(QStringLiteral("cost_usd")).toDouble();
    }
    EXPECT_EQ(failed, 1);
    EXPECT_NEAR(study.value(QStringLiteral("total_cost_usd")).toDouble(), total, 1e-9);
    // Results across cases: both models, 2 cases × k=2 answers each, none judged yet.
    const QJsonArray models = study.value(QStringLiteral("results")).toObject().value(QStringLiteral("models")).toArray();
    ASSERT_EQ(models.size(), 2);
    for (const QJsonValue& m : models) {
        EXPECT_EQ(m.toObject().value(QStringLiteral("answers")).toInt(), 4);
        EXPECT_TRUE(m.toObject().value(QStringLiteral("pass_rate")).isNull()) << "not judged is not 0%";
    }

    const QString csvPath = ws.filePath(QStringLiteral("study.csv"));
    auto c = cli();
    c->start({QStringLiteral("experiment"), QStringLiteral("export"), QString::number(id), QStringLiteral("--out"),
              csvPath});
    ASSERT_TRUE(c->waitForExit());
    ASSERT_EQ(c->exitCode(), 0) << c->err().toStdString();
    QFile cf(csvPath);
    ASSERT_TRUE(cf.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(cf.readAll());
    EXPECT_TRUE(csv.startsWith(QStringLiteral("case,pack,goal,model,repeat,state,billing,cost_usd")));
    EXPECT_TRUE(csv.contains(QStringLiteral(",reasoning_tokens,citations_total,citations_verified,citations_not_found,"
                                            "error,answer\r\n")));
    EXPECT_TRUE(csv.contains(QStringLiteral("\r\n0,alpha.ctxpack,"))) << csv.left(400).toStdString();
    EXPECT_TRUE(csv.contains(QStringLiteral(",openai:o3,2,done,batch,"))) << csv.left(400).toStdString();
    EXPECT_EQ(csv.count(QStringLiteral(",gemini:gemini-2.5-flash,")), 4);
    EXPECT_TRUE(csv.contains(QStringLiteral("Héllo wörld — done.")));

    const QString mdPath = ws.filePath(QStringLiteral("study.txt"));
    auto m = cli();
    m->start({QStringLiteral("experiment"), QStringLiteral("export"), QString::number(id), QStringLiteral("--out"),
              mdPath, QStringLiteral("--format"), QStringLiteral("md")});
    ASSERT_TRUE(m->waitForExit());
    ASSERT_EQ(m->exitCode(), 0) << m->err().toStdString();
    QFile mf(mdPath);
    ASSERT_TRUE(mf.open(QIODevice::ReadOnly));
    const QString md = QString::fromUtf8(mf.readAll());
    EXPECT_TRUE(md.contains(QStringLiteral("## Case 2: beta.ctxpack"))) << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("| openai:o3 | 2 | done | batch |"))) << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("# Answers")));
    EXPECT_TRUE(md.contains(QStringLiteral("## Results across cases")));

    // HTML and PDF: the same report, self-contained; the PDF's text is extractable.
    for (const char* format : {"html", "pdf"}) {
        const QString path = ws.filePath(QStringLiteral("study.") + QLatin1String(format));
        auto e = cli();
        e->start({QStringLiteral("experiment"), QStringLiteral("export"), QString::number(id), QStringLiteral("--out"), path});
        ASSERT_TRUE(e->waitForExit());
        ASSERT_EQ(e->exitCode(), 0) << format << ": " << e->err().toStdString();
    }
    QFile hf(ws.filePath(QStringLiteral("study.html")));
    ASSERT_TRUE(hf.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(hf.readAll());
    EXPECT_TRUE(page.contains(QStringLiteral("default-src 'none'")));
    EXPECT_TRUE(page.contains(QStringLiteral("<table")));
    EXPECT_TRUE(page.contains(QStringLiteral("Héllo wörld — done.")));
    // The results' charts (costs are known: cost against time), inline and before the cases.
    EXPECT_TRUE(page.contains(QStringLiteral("img-src data:")));
    const qsizetype chart = page.indexOf(QStringLiteral("<img src=\"data:image/png;base64,"));
    ASSERT_GE(chart, 0) << "no chart in the page";
    EXPECT_LT(page.indexOf(QStringLiteral("Results across cases")), chart);
    EXPECT_LT(chart, page.indexOf(QStringLiteral("Case 1: alpha.ctxpack")));
    EXPECT_TRUE(page.contains(QStringLiteral("<b>Cost and time.</b>")));
    QFile pf(ws.filePath(QStringLiteral("study.pdf")));
    ASSERT_TRUE(pf.open(QIODevice::ReadOnly));
    EXPECT_GE(pf.readAll().count("/Subtype /Image"), 1) << "the PDF draws the chart";
    QPdfDocument pdfDoc;
    ASSERT_EQ(pdfDoc.load(ws.filePath(QStringLiteral("study.pdf"))), QPdfDocument::Error::None);
    ASSERT_GE(pdfDoc.pageCount(), 1);
    EXPECT_TRUE(pdfDoc.getAllText(0).text().contains(QStringLiteral("Results across cases")))
        << pdfDoc.getAllText(0).text().left(300).toStdString();
    EXPECT_EQ(serverRequests(), before) << "export contacts no provider";

    // --language ko: the report's own words in Korean (Markdown, and the PDF read back); the
    // machine values (state) stay as recorded.
    const QString koMd = ws.filePath(QStringLiteral("study.ko.md"));
    const QString koPdf = ws.filePath(QStringLiteral("study.ko.pdf"));
    for (const QString& path : {koMd, koPdf}) {
        auto k = cli();
        k->start({QStringLiteral("experiment"), QStringLiteral("export"), QString::number(id), QStringLiteral("--out"), path,
                  QStringLiteral("--language"), QStringLiteral("ko")});
        ASSERT_TRUE(k->waitForExit());
        ASSERT_EQ(k->exitCode(), 0) << k->err().toStdString();
    }
    QFile kf(koMd);
    ASSERT_TRUE(kf.open(QIODevice::ReadOnly));
    const QString korean = QString::fromUtf8(kf.readAll());
    EXPECT_TRUE(korean.contains(QStringLiteral("## 케이스 2: beta.ctxpack"))) << korean.left(600).toStdString();
    EXPECT_TRUE(korean.contains(QStringLiteral("| openai:o3 | 2 | 완료 | 배치 |")));
    EXPECT_TRUE(korean.contains(QStringLiteral("## 케이스 전체 결과")));
    EXPECT_FALSE(korean.contains(QStringLiteral("Results across cases")));
    QPdfDocument koPdfDoc;
    ASSERT_EQ(koPdfDoc.load(koPdf), QPdfDocument::Error::None);
    EXPECT_TRUE(koPdfDoc.getAllText(0).text().contains(QStringLiteral("케이스 전체 결과")))
        << koPdfDoc.getAllText(0).text().left(300).toStdString();

    // Bad input: a clear message, nothing written.
    auto bad = cli();
    bad->start({QStringLiteral("experiment"), QStringLiteral("export"), QString::number(id), QStringLiteral("--out"),
                ws.filePath(QStringLiteral("x.docx")), QStringLiteral("--format"), QStringLiteral("docx")});
    ASSERT_TRUE(bad->waitForExit());
    EXPECT_EQ(bad->exitCode(), 2);
    EXPECT_TRUE(bad->err().contains(QStringLiteral("--format must be json, csv, md, html or pdf"))) << bad->err().toStdString();
    EXPECT_FALSE(QFile::exists(ws.filePath(QStringLiteral("x.docx"))));
    auto missing = cli();
    missing->start({QStringLiteral("experiment"), QStringLiteral("export"), QString::number(id + 99),
                    QStringLiteral("--out"), ws.filePath(QStringLiteral("y.json"))});
    ASSERT_TRUE(missing->waitForExit());
    EXPECT_EQ(missing->exitCode(), 1);
    EXPECT_FALSE(QFile::exists(ws.filePath(QStringLiteral("y.json"))));
}

// --case-vars: each case (pack × goal) gets its own template variables, over --var; the prompt
// sent carries them and the case records them.
TEST_F(ExperimentCommand, caseVars_jsonAndCsv_eachCaseGetsItsOwnVariables)
{
    const QString json = ws.write(
        QStringLiteral("vars.json"),
        QByteArray(R"([{"pack": "alpha.ctxpack", "variables": {"audience": "the board"}},
                       {"pack": "beta.ctxpack", "goal": "Plan the rollback", "variables": {"audience": "on-call engineers"}}])"));
    const QString csv = ws.write(QStringLiteral("vars.csv"),
                                 QByteArray("pack,goal,audience\r\nalpha.ctxpack,,\"the board, and \"\"finance\"\"\"\r\n"
                                            "beta.ctxpack,Plan the rollback,on-call engineers\r\n"));
    for (const QString& file : {json, csv}) {
        SCOPED_TRACE(file.toStdString());
        const int before = int(gemini.requestCount());
        auto p = cli();
        p->start(QStringList{QStringLiteral("experiment"), QStringLiteral("run"), packA, packB, QStringLiteral("--goal"),
                             QStringLiteral("Plan the launch"), QStringLiteral("--goal"), QStringLiteral("Plan the rollback"),
                             QStringLiteral("--template"), QStringLiteral("executive-summary"), QStringLiteral("--var"),
                             QStringLiteral("audience=everyone"), QStringLiteral("--case-vars"), file,
                             QStringLiteral("--model"), QStringLiteral("gemini:gemini-2.5-flash")} +
                 common());
        ASSERT_TRUE(p->waitForExit()) << p->err().toStdString();
        ASSERT_EQ(p->exitCode(), 0) << p->err().toStdString();
        const qint64 id = parse(p->out()).value(QStringLiteral("experiment_id")).toInteger();
        EXPECT_EQ(int(gemini.requestCount()) - before, 4);

        auto db = Database::open(p->historyPath());
        ASSERT_TRUE(db);
        ExperimentStore store(**db);
        HistoryStore history(**db);
        auto record = store.load(id);
        ASSERT_TRUE(record);
        ASSERT_EQ(record->cases.size(), 4);
        const QString board = file == json ? QStringLiteral("the board") : QStringLiteral("the board, and \"finance\"");
        // Cases in order: alpha × launch, alpha × rollback, beta × launch, beta × rollback.
        const QStringList expected{board, board, QStringLiteral("everyone"), QStringLiteral("on-call engineers")};
        for (int i = 0; i < 4; ++i) {
            SCOPED_TRACE(i);
            const ExperimentCase& c = record->cases[i];
            EXPECT_EQ(c.variables.value(QStringLiteral("audience")).toString(), expected[i]);
            auto run = history.loadRun(c.runId);
            ASSERT_TRUE(run);
            EXPECT_TRUE(run->instructions.contains(QStringLiteral("executive summaries for ") + expected[i]))
                << run->instructions.left(200).toStdString();
        }
    }
}

TEST_F(ExperimentCommand, caseVars_unknownCaseOrVariableOrMissingValue_refusedBeforeSending)
{
    struct Case
    {
        QByteArray file;
        QString suffix;
        QStringList extra;
        QString message;
    };
    const QList<Case> cases{
        {R"([{"pack": "gamma.ctxpack", "variables": {"audience": "x"}}])", QStringLiteral("json"), {},
         QStringLiteral("vars.json, entry 1: pack 'gamma.ctxpack' is not one of the packs given")},
        {R"([{"pack": "alpha.ctxpack", "goal": "Plan a party", "variables": {"audience": "x"}}])",
         QStringLiteral("json"), {QStringLiteral("--goal"), QStringLiteral("Plan the launch")},
         QStringLiteral("goal 'Plan a party' is not one of the --goal values")},
        {"pack,goal,audiense\nalpha.ctxpack,,the board\n", QStringLiteral("csv"), {},
         QStringLiteral("vars.csv, row 2: the template 'executive-summary' has no variable 'audiense' (it uses: "
                        "audience)")},
        {R"([{"pack": "alpha.ctxpack", "variables": {"audience": "the board"}}])", QStringLiteral("json"), {},
         QStringLiteral("beta.ctxpack has no value for audience (template 'executive-summary')")},
        {R"({"pack": "alpha.ctxpack"})", QStringLiteral("json"), {},
         QStringLiteral("expected an array of {\"pack\", \"goal\", \"variables\"} objects")},
        {"pack,audience\nalpha.ctxpack,x\n", QStringLiteral("csv"), {},
         QStringLiteral("the header row must start with 'pack,goal'")},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.message.toStdString());
        const QString file = ws.write(QStringLiteral("vars.") + c.suffix, c.file);
        auto p = cli();
        p->start(QStringList{QStringLiteral("experiment"), QStringLiteral("run"), packA, packB,
                             QStringLiteral("--template"), QStringLiteral("executive-summary"),
                             QStringLiteral("--case-vars"), file, QStringLiteral("--model"),
                             QStringLiteral("gemini:gemini-2.5-flash")} +
                 c.extra + common());
        ASSERT_TRUE(p->waitForExit());
        EXPECT_EQ(p->exitCode(), 2) << p->err().toStdString();
        EXPECT_TRUE(p->err().contains(c.message)) << p->err().toStdString();
    }
    EXPECT_EQ(serverRequests(), 0);
}
