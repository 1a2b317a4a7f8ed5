#include "core/judge/judgerunner.h"

#include "core/history/historystore.h"
#include "core/history/raterstore.h"
#include "core/judge/judgeprompt.h"
#include "core/providers/providerreply.h"
#include "core/run/calllauncher.h"
#include "core/run/callmetrics.h"

namespace Cb::Core {

namespace {

// Characters per token for the estimate: prose in Latin scripts runs at about four.
constexpr qsizetype CharsPerToken = 4;

QString promptOf(const JudgeOptions& options)
{
    return options.promptTemplate.isEmpty() ? JudgePrompt::defaultTemplate() : options.promptTemplate;
}

} // namespace

JudgeRunner::JudgeRunner(HistoryStore& history, CallLauncher& launcher, CallRequestBuilder builder, QObject* parent)
    : QObject(parent), m_history(history), m_launcher(launcher), m_builder(std::move(builder))
{
}

JudgeRunner::~JudgeRunner() { abandonLive(); }

CostRange JudgeRunner::estimate(const QList<JudgePair>& pairs, const JudgeOptions& options) const
{
    const std::optional<ModelInfo> info = m_builder.catalog().find(options.judge.key());
    CostRange total;
    total.inputExact = false;
    if (!info)
        return total;
    const QString prompt = promptOf(options);
    const qint64 maxOutput = options.judge.params.value(QStringLiteral("max_output_tokens")).toInteger();
    total.known = true;
    for (const JudgePair& p : pairs) {
        const qint64 tokens = JudgePrompt::render(prompt, p.task, p.leftText, p.rightText).size() / CharsPerToken + 1;
        const CostRange one = CostEstimator::estimateCall(*info, tokens, false, maxOutput, 2);
        if (!one.known)
            return CostRange{false, false, 0, 0};
        total.low += one.low;
        total.high += one.high;
    }
    return total;
}

VoidResult JudgeRunner::start(const QList<JudgePair>& pairs, const JudgeOptions& options)
{
    if (m_running)
        return fail(ErrorCode::InvalidInput, tr("The judge is already running."));
    if (pairs.isEmpty())
        return fail(ErrorCode::NotFound,
                    tr("Nothing to judge: a pair needs two answers from different models (same repeat)."));
    if (auto valid = JudgePrompt::validate(promptOf(options)); !valid)
        return valid;
    if (options.judge.provider.isEmpty() || options.judge.model.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Choose a judge model (PROVIDER:MODEL)."));
    auto rater = RaterStore(m_history.database()).judgeFor(options.judge.key());
    if (!rater)
        return fail(rater.error());

    m_options = options;
    m_options.promptTemplate = promptOf(options);
    m_options.concurrency = std::max(1, options.concurrency);
    m_pairs = pairs;
    m_jobs.clear();
    for (int i = 0; i < pairs.size(); ++i) {
        m_jobs.append({i, false});
        m_jobs.append({i, true});
    }
    m_next = 0;
    m_done.clear();
    m_summary = JudgeSummary{};
    m_summary.judge = options.judge.key();
    m_summary.raterId = *rater;
    m_summary.pairs = int(pairs.size());
    m_summary.callsTotal = int(m_jobs.size());
    m_running = true;
    ++m_generation;
    pump();
    return {};
}

void JudgeRunner::cancel()
{
    if (m_running)
        stop(Error(ErrorCode::Cancelled, tr("Judging cancelled after %1 of %2 pairs; those are kept.")
                                             .arg(m_summary.judged)
                                             .arg(m_summary.pairs)));
}

void JudgeRunner::pump()
{
    while (m_running && m_live.size() < m_options.concurrency && m_next < m_jobs.size())
        launch(m_next++);
}

void JudgeRunner::launch(int job)
{
    const Job& j = m_jobs.at(job);
    const JudgePair& p = m_pairs.at(j.pair);
    const QString input = j.swapped ? JudgePrompt::render(m_options.promptTemplate, p.task, p.rightText, p.leftText)
                                    : JudgePrompt::render(m_options.promptTemplate, p.task, p.leftText, p.rightText);
    Live live;
    live.job = job;
    live.built = m_builder.build(m_options.judge, QString(), input);
    m_live.insert(job, live);
    const quint64 generation = m_generation;
    m_launcher.lookupKey(m_options.judge.provider, this, [this, job, generation](const QString& key) {
        if (generation == m_generation)
            sendWithKey(job, key);
    });
}

void JudgeRunner::sendWithKey(int job, const QString& key)
{
    auto it = m_live.find(job);
    if (it == m_live.end())
        return;
    ProviderRequest request = it->built.request;
    request.apiKey = key;
    if (const auto missing = CallLauncher::missingKey(m_options.judge.provider, request.kind, key)) {
        stop(*missing);
        return;
    }
    ProviderReply* reply = m_launcher.send(request, QString(), this);
    it->reply = reply;
    connect(reply, &ProviderReply::finished, this, [this, job](const ProviderResult& r) { onFinished(job, r); });
    connect(reply, &ProviderReply::failed, this, [this](const Error& e) {
        stop(Error(e.code, tr("Judging stopped after %1 of %2 pairs (those are kept): %3")
                               .arg(m_summary.judged)
                               .arg(m_summary.pairs)
                               .arg(e.message)));
    });
}

void JudgeRunner::onFinished(int job, const ProviderResult& result)
{
    if (!m_live.contains(job))
        return; // abandoned
    const Live live = m_live.take(job);
    if (live.reply)
        live.reply->deleteLater();
    // A refusal is no verdict: recorded as unparseable with the model's words.
    const QString text = result.refused ? result.refusal : result.text;
    record(job, text, CallMetrics::actualCost(live.built.info, result.usage));
    if (!m_running)
        return;
    if (m_live.isEmpty() && m_next >= m_jobs.size()) {
        m_running = false;
        ++m_generation;
        Q_EMIT finished(m_summary);
        return;
    }
    pump();
}

void JudgeRunner::record(int job, const QString& text, const std::optional<double>& cost)
{
    const Job& j = m_jobs.at(job);
    const JudgePair& p = m_pairs.at(j.pair);
    const JudgeVerdict verdict = JudgeVerdict::parse(text);
    JudgeVerdictRecord row;
    row.runId = p.runId;
    row.raterId = m_summary.raterId;
    row.leftCallId = p.leftCallId;
    row.rightCallId = p.rightCallId;
    row.order = j.swapped ? QStringLiteral("ba") : QStringLiteral("ab");
    row.verdict = verdict.kind;
    row.reason = verdict.reason;
    row.rawText = text;
    row.costUsd = cost;
    row.createdAt = QDateTime::currentDateTimeUtc();
    if (cost)
        m_summary.costUsd += *cost;
    else
        ++m_summary.costUnknown;
    ++m_summary.callsDone;
    m_done[j.pair].append(row);
    Q_EMIT progress(m_summary.callsDone, m_summary.callsTotal);
    if (m_done.value(j.pair).size() == 2)
        writePair(j.pair);
}

void JudgeRunner::writePair(int pair)
{
    const QList<JudgeVerdictRecord> rows = m_done.take(pair);
    const JudgeVerdictRecord& ab = rows.at(0).order == QLatin1String("ab") ? rows.at(0) : rows.at(1);
    const JudgeVerdictRecord& ba = rows.at(0).order == QLatin1String("ab") ? rows.at(1) : rows.at(0);
    const JudgeConsistency c = JudgeConsistency::combine(ab.verdict, ba.verdict);
    std::optional<VoteRecord> vote;
    if (c.kind == JudgeConsistency::Kind::Consistent) {
        VoteRecord v;
        v.runId = ab.runId;
        v.leftCallId = ab.leftCallId;
        v.rightCallId = ab.rightCallId;
        v.outcome = c.outcome;
        v.blind = true;
        v.raterId = m_summary.raterId;
        v.comment = ab.reason;
        vote = v;
    }
    if (auto written = JudgeVerdictStore(m_history.database()).replacePair({ab, ba}, vote); !written) {
        stop(Error(written.error().code, tr("Judging stopped after %1 of %2 pairs (those are kept): %3")
                                             .arg(m_summary.judged)
                                             .arg(m_summary.pairs)
                                             .arg(written.error().message)));
        return;
    }
    ++m_summary.judged;
    switch (c.kind) {
    case JudgeConsistency::Kind::Consistent:
        ++m_summary.consistent;
        break;
    case JudgeConsistency::Kind::Inconsistent:
        ++m_summary.inconsistent;
        break;
    case JudgeConsistency::Kind::Unparseable:
        ++m_summary.unparseable;
        break;
    }
}

void JudgeRunner::stop(const Error& error)
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    abandonLive();
    Q_EMIT failed(error);
}

void JudgeRunner::abandonLive()
{
    // Deleting a reply aborts it without a signal (ProviderReply's contract); later, because
    // the one that failed is still emitting.
    const QHash<int, Live> live = std::exchange(m_live, {});
    for (const Live& l : live) {
        if (l.reply) {
            disconnect(l.reply, nullptr, this, nullptr);
            l.reply->deleteLater();
        }
    }
    m_done.clear();
}

} // namespace Cb::Core
