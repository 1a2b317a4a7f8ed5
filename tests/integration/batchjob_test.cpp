// BatchJob against fake OpenAI and Anthropic batch servers on 127.0.0.1: every status, shuffled
// output, error files, expiry, cancel, 429 on create, resume by id, several batches.
#include "core/providers/batch/batchjob.h"
#include "support/fakebatchserver.h"
#include "support/providertesting.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Test;
using Flavour = FakeBatchServer::Flavour;
using Fate = FakeBatchServer::Fate;
using Outcome = BatchLineResult::Outcome;

namespace {

struct JobLog
{
    std::optional<BatchStatus> created;
    QStringList states;
    std::optional<BatchStatus> final;
    QList<BatchLineResult> results;
    std::optional<Error> error;
    bool done() const { return final || error; }
};

class BatchJobTest : public ::testing::TestWithParam<Flavour>
{
protected:
    ProviderRequest connection() const
    {
        ProviderRequest r;
        r.kind = GetParam() == Flavour::OpenAi ? ProviderKind::OpenAiResponses : ProviderKind::Anthropic;
        r.baseUrl = server.baseUrl();
        r.apiKey = QStringLiteral("sk-batch-test-key");
        r.model = GetParam() == Flavour::OpenAi ? QStringLiteral("o3") : QStringLiteral("claude-sonnet-4-5");
        return r;
    }
    QList<BatchItem> items(int n) const
    {
        QList<BatchItem> out;
        for (int i = 0; i < n; ++i) {
            ProviderRequest r = connection();
            r.input = QStringLiteral("Case %1: write the plan.").arg(i);
            out.append({QStringLiteral("c%1").arg(i), r});
        }
        return out;
    }
    QList<BatchFile> prepare(int n, BatchLimits limits = {})
    {
        const auto protocol = BatchProtocol::create(connection());
        const auto files = protocol->prepare(items(n), limits.maxRequests ? limits : protocol->defaultLimits());
        EXPECT_TRUE(files) << files.error().message.toStdString();
        return files.value_or(QList<BatchFile>{});
    }
    BatchJob* submit(const BatchFile& file)
    {
        return BatchJob::submit(nam.get(), BatchProtocol::create(connection()), file, fastProviderOptions(), &owner);
    }
    static std::shared_ptr<JobLog> watch(BatchJob* job)
    {
        auto log = std::make_shared<JobLog>();
        QObject::connect(job, &BatchJob::created, [log](const BatchStatus& s) { log->created = s; });
        QObject::connect(job, &BatchJob::statusChanged,
                         [log](const BatchStatus& s) { log->states << batchStateName(s.state); });
        QObject::connect(job, &BatchJob::finished, [log](const BatchStatus& s, const QList<BatchLineResult>& r) {
            log->final = s;
            log->results = r;
        });
        QObject::connect(job, &BatchJob::failed, [log](const Error& e) { log->error = e; });
        return log;
    }
    std::shared_ptr<JobLog> runAll(int n)
    {
        const QList<BatchFile> files = prepare(n);
        EXPECT_EQ(files.size(), 1);
        auto log = watch(submit(files.value(0)));
        EXPECT_TRUE(waitFor([&] { return log->done(); }));
        return log;
    }
    static const BatchLineResult& line(const JobLog& log, const QString& id)
    {
        for (const BatchLineResult& r : log.results)
            if (r.customId == id)
                return r;
        static const BatchLineResult none;
        ADD_FAILURE() << "no result for " << id.toStdString();
        return none;
    }

    FakeBatchServer server{GetParam()};
    std::unique_ptr<QNetworkAccessManager> nam = makeTestNetworkManager();
    QObject owner;
};

} // namespace

TEST_P(BatchJobTest, everyStatusThenCompleted_shuffledOutputMatchedById)
{
    server.setShuffleSeed(7);
    const auto log = runAll(6);
    ASSERT_FALSE(log->error) << log->error->message.toStdString();
    ASSERT_TRUE(log->created);
    EXPECT_FALSE(log->created->id.isEmpty());
    // Anthropic has no finalizing phase: processing_status stays in_progress until "ended".
    EXPECT_EQ(log->states, (QStringList{QStringLiteral("in_progress"),
                                        GetParam() == Flavour::OpenAi ? QStringLiteral("finalizing")
                                                                      : QStringLiteral("in_progress"),
                                        QStringLiteral("completed")}));
    ASSERT_EQ(log->results.size(), 6);
    for (int i = 0; i < 6; ++i) {
        const BatchLineResult& r = log->results[i];
        EXPECT_EQ(r.customId, QStringLiteral("c%1").arg(i)); // in request order, whatever came back
        ASSERT_TRUE(r.ok()) << r.error.message.toStdString();
        EXPECT_EQ(r.result.text, QStringLiteral("answer:c%1").arg(i));
        EXPECT_EQ(r.result.usage.inputTokens, 100 + i + (GetParam() == Flavour::Anthropic ? 5 : 0));
        EXPECT_EQ(r.result.usage.outputTokens, 50);
    }
    if (GetParam() == Flavour::Anthropic) {
        EXPECT_EQ(log->results[0].result.reasoning, QStringLiteral("thought:c0"));
    }
    const FakeBatchServer::Batch& b = server.batches().value(0);
    EXPECT_EQ(b.customIds.size(), 6);
    EXPECT_EQ(b.bodies[2].value(QStringLiteral("model")).toString(), connection().model);
    EXPECT_FALSE(b.bodies[0].contains(QStringLiteral("stream")));
    EXPECT_EQ(server.count(QStringLiteral("create")), 1);
    EXPECT_EQ(server.count(QStringLiteral("upload")), GetParam() == Flavour::OpenAi ? 1 : 0);
    EXPECT_EQ(server.count(QStringLiteral("poll")), 3);
    EXPECT_EQ(server.count(QStringLiteral("results")), 1); // no error file without errors
}

TEST_P(BatchJobTest, perLineErrorAndMissingLine_errorFileReadMissingMarked)
{
    server.setFate([](const QString& id) {
        return id == QStringLiteral("c1") ? Fate::Fail : id == QStringLiteral("c2") ? Fate::Omit : Fate::Succeed;
    });
    const auto log = runAll(4);
    ASSERT_TRUE(log->final);
    EXPECT_EQ(log->final->state, BatchState::Completed);
    EXPECT_TRUE(line(*log, QStringLiteral("c0")).ok());
    EXPECT_EQ(line(*log, QStringLiteral("c1")).outcome, Outcome::Failed);
    EXPECT_TRUE(line(*log, QStringLiteral("c1")).error.message.contains(QStringLiteral("bad request c1")))
        << line(*log, QStringLiteral("c1")).error.message.toStdString();
    EXPECT_EQ(line(*log, QStringLiteral("c2")).outcome, Outcome::Missing);
    EXPECT_TRUE(line(*log, QStringLiteral("c2")).error.message.contains(QStringLiteral("without a result")));
    EXPECT_TRUE(line(*log, QStringLiteral("c3")).ok());
    // OpenAI: output file and error file; Anthropic: one results stream.
    EXPECT_EQ(server.count(QStringLiteral("results")), GetParam() == Flavour::OpenAi ? 2 : 1);
}

TEST_P(BatchJobTest, expiredWithPartialOutput_finishedKeptRestExpired)
{
    server.setStatuses({QStringLiteral("in_progress"), QStringLiteral("expired")});
    server.setFate([](const QString& id) {
        return id == QStringLiteral("c1") ? Fate::Expire : id == QStringLiteral("c2") ? Fate::Omit : Fate::Succeed;
    });
    const auto log = runAll(3);
    ASSERT_TRUE(log->final);
    // Anthropic reports the window's end through expired results; an omitted line still
    // counts as not run.
    EXPECT_EQ(log->final->state, BatchState::Expired);
    EXPECT_TRUE(line(*log, QStringLiteral("c0")).ok());
    EXPECT_EQ(line(*log, QStringLiteral("c0")).result.text, QStringLiteral("answer:c0"));
    EXPECT_EQ(line(*log, QStringLiteral("c1")).outcome, Outcome::Expired);
    EXPECT_EQ(line(*log, QStringLiteral("c2")).outcome, Outcome::Expired);
}

TEST_P(BatchJobTest, cancelWhileRunning_partialResultsCollected)
{
    server.setStatuses({QStringLiteral("in_progress")});
    server.setFate([](const QString& id) { return id == QStringLiteral("c0") ? Fate::Succeed : Fate::Cancel; });
    const QList<BatchFile> files = prepare(3);
    BatchJob* job = submit(files.value(0));
    const auto log = watch(job);
    ASSERT_TRUE(waitFor([&] { return !log->states.isEmpty(); }));
    job->cancel();
    ASSERT_TRUE(waitFor([&] { return log->done(); }));
    ASSERT_TRUE(log->final) << log->error->message.toStdString();
    EXPECT_EQ(log->final->state, BatchState::Cancelled);
    EXPECT_TRUE(log->states.contains(QStringLiteral("cancelling")));
    EXPECT_EQ(server.count(QStringLiteral("cancel")), 1);
    EXPECT_TRUE(line(*log, QStringLiteral("c0")).ok());
    EXPECT_EQ(line(*log, QStringLiteral("c1")).outcome, Outcome::Cancelled);
    EXPECT_EQ(line(*log, QStringLiteral("c2")).outcome, Outcome::Cancelled);
}

TEST_P(BatchJobTest, rateLimitedCreate_retriedWithBackoff_oneBatch)
{
    server.setRateLimitedCreates(2);
    const auto log = runAll(2);
    ASSERT_TRUE(log->final) << log->error->message.toStdString();
    EXPECT_EQ(server.count(QStringLiteral("create")), 3);
    EXPECT_EQ(server.batches().size(), 1);
    EXPECT_EQ(server.count(QStringLiteral("upload")), GetParam() == Flavour::OpenAi ? 1 : 0);
}

TEST_P(BatchJobTest, rateLimitedCreateBeyondRetries_failsClearlyNothingCreated)
{
    server.setRateLimitedCreates(10);
    const auto log = runAll(2);
    ASSERT_TRUE(log->error);
    EXPECT_EQ(log->error->code, ErrorCode::RateLimited) << log->error->message.toStdString();
    EXPECT_FALSE(log->created);
    EXPECT_TRUE(server.batches().isEmpty());
}

TEST_P(BatchJobTest, abandonedAfterCreate_resumeById_pollsWithoutCreatingAgain)
{
    const QList<BatchFile> files = prepare(3);
    ProviderOptions slowPoll = fastProviderOptions();
    slowPoll.poll.initialIntervalMs = 5000; // the first job must be gone before it would poll
    BatchJob* first = BatchJob::submit(nam.get(), BatchProtocol::create(connection()), files.value(0),
                                       slowPoll, &owner);
    std::optional<BatchStatus> created;
    QObject::connect(first, &BatchJob::created, [&](const BatchStatus& s) {
        created = s;
        first->deleteLater(); // like a process that dies before its first poll
    });
    ASSERT_TRUE(waitFor([&] { return created.has_value(); }));
    EXPECT_EQ(server.count(QStringLiteral("poll")), 0);

    BatchJob* again = BatchJob::resume(nam.get(), BatchProtocol::create(connection()), created->id,
                                       files.value(0).customIds, fastProviderOptions(), &owner);
    const auto log = watch(again);
    ASSERT_TRUE(waitFor([&] { return log->done(); }));
    ASSERT_TRUE(log->final) << log->error->message.toStdString();
    EXPECT_FALSE(log->created); // nothing was created by the resumed job
    EXPECT_EQ(log->results.size(), 3);
    EXPECT_TRUE(line(*log, QStringLiteral("c2")).ok());
    EXPECT_EQ(server.count(QStringLiteral("create")), 1);
    EXPECT_EQ(server.count(QStringLiteral("upload")), GetParam() == Flavour::OpenAi ? 1 : 0);
}

TEST_P(BatchJobTest, overRequestLimit_splitIntoSeveralBatchesAllCollected)
{
    const QList<BatchFile> files = prepare(5, {2, 1LL << 30});
    ASSERT_EQ(files.size(), 3);
    QList<std::shared_ptr<JobLog>> logs;
    for (const BatchFile& f : files)
        logs << watch(submit(f));
    ASSERT_TRUE(waitFor([&] { return std::all_of(logs.begin(), logs.end(), [](const auto& l) { return l->done(); }); }));
    QStringList ok;
    for (const auto& log : logs) {
        ASSERT_TRUE(log->final);
        for (const BatchLineResult& r : log->results)
            if (r.ok() && r.result.text == QStringLiteral("answer:") + r.customId)
                ok << r.customId;
    }
    ok.sort();
    EXPECT_EQ(ok, (QStringList{QStringLiteral("c0"), QStringLiteral("c1"), QStringLiteral("c2"),
                               QStringLiteral("c3"), QStringLiteral("c4")}));
    EXPECT_EQ(server.batches().size(), 3);
}

TEST_P(BatchJobTest, unknownBatchOnResume_failsWithNotFound)
{
    BatchJob* job = BatchJob::resume(nam.get(), BatchProtocol::create(connection()), QStringLiteral("batch_nope"),
                                     {QStringLiteral("c0")}, fastProviderOptions(), &owner);
    const auto log = watch(job);
    ASSERT_TRUE(waitFor([&] { return log->done(); }));
    ASSERT_TRUE(log->error);
    EXPECT_EQ(log->error->code, ErrorCode::NotFound) << log->error->message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Providers, BatchJobTest, ::testing::Values(Flavour::OpenAi, Flavour::Anthropic),
                         [](const auto& info) {
                             return std::string(info.param == Flavour::OpenAi ? "OpenAi" : "Anthropic");
                         });

// OpenAI only: a batch that fails validation reports its errors on the lines they name.
class OpenAiBatchValidation : public BatchJobTest
{
};

TEST_P(OpenAiBatchValidation, failedValidation_errorShownPerLine)
{
    server.setStatuses({QStringLiteral("validating"), QStringLiteral("failed")});
    server.setValidationErrors(QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("invalid_request")},
                                                      {QStringLiteral("message"), QStringLiteral("Unknown parameter 'foo'")},
                                                      {QStringLiteral("line"), 2}}});
    const auto log = runAll(3);
    ASSERT_TRUE(log->final);
    EXPECT_EQ(log->final->state, BatchState::Failed);
    for (const BatchLineResult& r : log->results)
        EXPECT_EQ(r.outcome, Outcome::Failed);
    EXPECT_TRUE(line(*log, QStringLiteral("c1")).error.message.contains(QStringLiteral("(line 2): Unknown parameter 'foo'")))
        << line(*log, QStringLiteral("c1")).error.message.toStdString();
    EXPECT_TRUE(line(*log, QStringLiteral("c0")).error.message.contains(QStringLiteral("failed validation")));
    EXPECT_EQ(server.count(QStringLiteral("results")), 0);
}

INSTANTIATE_TEST_SUITE_P(OpenAiOnly, OpenAiBatchValidation, ::testing::Values(Flavour::OpenAi));
