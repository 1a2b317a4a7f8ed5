#pragma once

#include "core/common/error.h"
#include "core/common/result.h"
#include "core/judge/judgepairs.h"
#include "core/judge/judgeverdictstore.h"
#include "core/models/costestimator.h"
#include "core/run/callrequestbuilder.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

namespace Cb::Core {

class CallLauncher;
class HistoryStore;
class ProviderReply;
struct ProviderResult;

struct JudgeOptions
{
    PlannedModel judge{};         // provider:model and its parameters (effort, max output...)
    QString promptTemplate{};     // empty: JudgePrompt::defaultTemplate()
    int concurrency = 4;          // judgement calls in flight
};

// Where a judging operation stands; the final value comes with finished().
struct JudgeSummary
{
    QString judge{};     // provider:model
    qint64 raterId = 0;  // RaterStore::judgeFor(judge)
    int pairs = 0;       // asked about
    int judged = 0;      // pairs whose two orderings are both in (and written)
    int consistent = 0;  // one vote each
    int inconsistent = 0;
    int unparseable = 0;
    int callsDone = 0;
    int callsTotal = 0;  // 2 × pairs
    double costUsd = 0;  // of the judgement calls whose price is known
    int costUnknown = 0; // judgement calls with no known price
};

// Asks a judge model about pairs of answers, each pair in both orders (A = left, then A =
// right), through the run's provider classes. Only a consistent pair (JudgeConsistency) gives
// a vote, cast blind by the judge's rater (never the person at the keyboard, never a human);
// every judgement is kept raw in judge_verdicts with its cost. Each pair is written in one
// transaction as soon as its two orderings are in, replacing the judge's earlier judgement of
// it, so running the judge again never duplicates votes and a failure keeps what was done.
// Signal contract: after start() succeeds, progress() as judgement calls end, then exactly one
// of finished() or failed() (cancel() gives failed(Cancelled)). The first failed call stops
// the operation (calls in flight are abandoned): one failed() per operation. GUI thread; not
// owning the history or the launcher, which must outlive it.
class JudgeRunner : public QObject
{
    Q_OBJECT
public:
    JudgeRunner(HistoryStore& history, CallLauncher& launcher, CallRequestBuilder builder, QObject* parent = nullptr);
    ~JudgeRunner() override;

    // What judging `pairs` in both orders should cost, from the catalog's prices and a
    // character-based guess at the prompt's tokens (so never exact). Unknown when the judge
    // model or its prices are not in the catalog.
    CostRange estimate(const QList<JudgePair>& pairs, const JudgeOptions& options) const;

    // Fails without sending anything when busy, when there are no pairs, or when the prompt
    // lacks a placeholder for an answer.
    VoidResult start(const QList<JudgePair>& pairs, const JudgeOptions& options);
    void cancel();
    bool isRunning() const { return m_running; }
    const JudgeSummary& summary() const { return m_summary; }

Q_SIGNALS:
    void progress(int callsDone, int callsTotal);
    void finished(const Cb::Core::JudgeSummary& summary);
    void failed(const Cb::Core::Error& error);

private:
    struct Job
    {
        int pair = 0;
        bool swapped = false; // false: order "ab" (A = left); true: "ba"
    };
    struct Live
    {
        int job = 0;
        BuiltCall built;
        QPointer<ProviderReply> reply;
    };

    void pump();
    void launch(int job);
    void sendWithKey(int job, const QString& key);
    void onFinished(int job, const ProviderResult& result);
    void record(int job, const QString& text, const std::optional<double>& cost);
    void writePair(int pair);
    void stop(const Error& error);
    void abandonLive();

    HistoryStore& m_history;
    CallLauncher& m_launcher;
    CallRequestBuilder m_builder;
    JudgeOptions m_options;
    QList<JudgePair> m_pairs;
    QList<Job> m_jobs;
    int m_next = 0;
    QHash<int, Live> m_live; // by job
    QHash<int, QList<JudgeVerdictRecord>> m_done; // by pair: the orderings received
    JudgeSummary m_summary;
    bool m_running = false;
    quint64 m_generation = 0; // bumps on every start and stop: late key lookups are ignored
};

} // namespace Cb::Core
