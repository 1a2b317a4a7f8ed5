#pragma once

#include "core/eval/citationreport.h"
#include "core/harness/tooltrailentry.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace Cb::Core {

// The life of one model call. Terminal states: Done, Refused (the model declined to answer:
// neither a success to judge nor an API failure), Failed, Cancelled.
enum class CallStatus { Queued, Waiting, Thinking, Streaming, Done, Refused, Failed, Cancelled };

QString callStatusName(CallStatus status);        // "queued", "done", ...
CallStatus callStatusFromName(const QString& name); // unknown → Failed
bool isTerminal(CallStatus status);

// A follow-up message sent to a finished call's model in the same context, and its reply.
// Carries the same outcome fields as CallRecord (status … totalMs) so one set of helpers
// (ReplyOutcome) fills both. Position orders a call's follow-ups (0, 1, ...).
struct FollowUpRecord
{
    qint64 id = 0;
    qint64 callId = 0;
    int position = 0;
    QString message;
    CallStatus status = CallStatus::Queued;
    bool partial = false;
    QString text; // the reply
    QString reasoning;
    QJsonObject usage;
    std::optional<double> costUsd;
    QString errorCode;
    QString errorMessage;
    QString responseId; // OpenAI background mode: what a restart resumes polling
    // Tools mode: the reply's exchange from the message on, tool turns verbatim
    // (conversationToJson, schema 12); the final answer is `text`. Empty without tool turns.
    QJsonArray conversation{};
    CitationReport citations{}; // checked when the reply finished (schema 12)
    QDateTime createdAt;
    QDateTime startedAt;
    std::optional<qint64> firstTokenMs;
    std::optional<qint64> totalMs;
};

// One call of a run: model × repeat, as recorded in history. Text is kept even when the call
// failed (partial = true).
struct CallRecord
{
    qint64 id = 0;
    qint64 runId = 0;
    QString provider; // "openai", "anthropic", "gemini", "openai-compatible"
    QString model;
    int repeatIndex = 0;
    QJsonObject params; // effort, max output, background, thinking budget...
    CallStatus status = CallStatus::Queued;
    bool partial = false;
    QString text;
    QString reasoning;
    QJsonObject usage; // as the provider reported it
    std::optional<double> costUsd;
    QString errorCode;
    QString errorMessage;
    QString responseId; // OpenAI background mode: resume polling after a restart
    QDateTime startedAt;
    std::optional<qint64> firstTokenMs;
    std::optional<qint64> totalMs;
    std::optional<int> rating; // 1..5
    QString note;
    QString judgement; // "pass", "fail" or empty
    QString judgementReason;
    QList<FollowUpRecord> followUps; // in position order
    // Set when the call goes through a provider batch (an experiment in batch mode): the
    // custom_id that matches its result. Billed at the batch price; resumed by the experiment.
    QString batchCustomId;
    // The answer's citations, checked against the pack when the call finished (schema 10).
    CitationReport citations{};
    // Tools mode: the exchange from the first user turn (the manifest prompt) up to the last
    // complete round, tool turns verbatim (conversationToJson, schema 12); the final answer is
    // `text`. Empty for a full-context call.
    QJsonArray conversation{};
    // Tools mode: the function calls the model made, in round and position order (schema 9).
    QList<ToolTrailEntry> toolTrail{};
    // How the model received the pack: "full" (in the prompt) or "tools" (on demand; its tool
    // calls are in ToolCallStore).
    QString contextMode = QStringLiteral("full");

    QString modelKey() const { return provider + QLatin1Char(':') + model; }
};

// A blind (or open) comparison of two calls of the same run.
struct VoteRecord
{
    qint64 id = 0;
    qint64 runId = 0;
    qint64 leftCallId = 0;
    qint64 rightCallId = 0;
    QString outcome; // "left", "right", "tie", "both_bad"
    bool blind = true;
    QDateTime createdAt;
    // Who cast it: 0 = the person at the keyboard; otherwise a row of `raters` (a panel member
    // whose kit was imported, or a judge model). raterName/raterKind are filled when read.
    qint64 raterId = 0;
    QString raterName{};
    QString raterKind{}; // "human" or "judge"; empty for the person at the keyboard
    qint64 kitId = 0;  // the rating kit it came back from, 0 if cast in the app
    QString comment{};
};

// One output's place in a ranking: rank 1 is best; equal ranks are ties.
struct RankingEntry
{
    qint64 callId = 0;
    int rank = 1;
};

// The user's order of 3+ outputs of one run, best first, ties allowed. Stored as one judgement
// (its own table), not as implied pairwise votes: see RankingVotes for how statistics use it.
struct RankingRecord
{
    qint64 id = 0;
    qint64 runId = 0;
    QList<RankingEntry> entries; // in the (shuffled) order the outputs were shown
    bool blind = true;
    QDateTime createdAt;
    qint64 raterId = 0; // as in VoteRecord
    QString raterName{};
    QString raterKind{};
    qint64 kitId = 0;
    QString comment{};
};

// One Send: the exact prompt, what produced it, and every call it fanned out to.
struct RunRecord
{
    qint64 id = 0;
    QString uuid;
    QDateTime createdAt;
    QString packTitle;
    QString packPath;
    QString packHash;
    QString packGoal;
    QJsonArray manifest; // [{section, title, source, bytes, tokens}] for report appendices
    QString templateName;
    QString instructions;
    QString input;
    QString promptSha256;
    QString catalogVersion;
    QJsonObject settings;
    QList<CallRecord> calls;
    QList<VoteRecord> votes;
    QList<RankingRecord> rankings;

    const CallRecord* call(qint64 callId) const;
};

// A line of the History view.
struct RunSummary
{
    qint64 id = 0;
    QDateTime createdAt;
    QString packTitle;
    QString templateName;
    QStringList models; // distinct provider:model, in call order
    int calls = 0;
    int done = 0;
    int refused = 0;
    int failed = 0;
    double costUsd = 0;
};

} // namespace Cb::Core
