#pragma once

#include "core/common/error.h"
#include "core/history/runrecord.h"
#include "core/models/modelinfo.h"
#include "core/providers/providerreply.h"
#include "core/providers/providerresult.h"
#include "core/run/callmetrics.h"

#include <QCoreApplication>

#include <optional>

namespace Cb::Core {

// How a provider reply's progress and end are written into a record: a run's CallRecord or a
// FollowUpRecord, which share these fields (status, partial, text, reasoning, usage, costUsd,
// errorCode, errorMessage, startedAt, firstTokenMs, totalMs). Cost comes from the catalog entry.
// Pure functions; the caller stores the record.
namespace ReplyOutcome {

inline QString tr(const char* text) { return QCoreApplication::translate("Cb::Core::ReplyOutcome", text); }

// The record status a reply state shows as; nullopt for states that change nothing (resuming)
// or that finished()/failed() settle.
inline std::optional<CallStatus> statusFor(ReplyState state)
{
    switch (state) {
    case ReplyState::Waiting:
    case ReplyState::Queued:
    case ReplyState::Retrying:
        return CallStatus::Waiting;
    case ReplyState::InProgress:
    case ReplyState::Thinking:
        return CallStatus::Thinking;
    case ReplyState::Streaming:
        return CallStatus::Streaming;
    case ReplyState::Resuming:
    case ReplyState::Finished:
    case ReplyState::Failed:
    case ReplyState::Cancelled:
        break;
    }
    return std::nullopt;
}

// Usage and first-token time as known while the reply runs.
template <typename Record>
void applyProgress(Record& record, const ProviderReply& reply, const std::optional<ModelInfo>& info)
{
    if (reply.timeToFirstTokenMs() >= 0)
        record.firstTokenMs = reply.timeToFirstTokenMs();
    if (reply.usage().isKnown()) {
        record.usage = CallMetrics::usageJson(reply.usage());
        record.costUsd = CallMetrics::actualCost(info, reply.usage());
    }
}

template <typename Record>
void applyFinished(Record& record, const ProviderResult& result, const std::optional<ModelInfo>& info)
{
    record.status = CallStatus::Done;
    record.partial = false;
    if (!result.text.isEmpty())
        record.text = result.text;
    if (!result.reasoning.isEmpty())
        record.reasoning = result.reasoning;
    record.usage = CallMetrics::usageJson(result.usage);
    record.costUsd = CallMetrics::actualCost(info, result.usage);
    if (result.timeToFirstTokenMs >= 0)
        record.firstTokenMs = result.timeToFirstTokenMs;
    record.totalMs = result.elapsedMs;
    if (result.refused) {
        // A refusal is the model's answer, shown as such: its words are the text when it wrote
        // nothing else, and the notice says what happened.
        record.status = CallStatus::Refused;
        record.errorCode = QStringLiteral("refused");
        const QString words = result.refusal.trimmed();
        record.errorMessage = words.isEmpty() ? tr("The model refused to answer.")
                                              : tr("The model refused to answer: %1").arg(words);
        if (record.text.isEmpty())
            record.text = result.refusal;
    } else if (result.truncated) {
        record.errorCode = QStringLiteral("truncated");
        record.errorMessage = tr("The model stopped at its output limit; the answer is cut short.");
    } else if (record.text.trimmed().isEmpty()) {
        record.errorCode = QStringLiteral("no_text");
        record.errorMessage =
            result.toolCalls.isEmpty()
                ? tr("The model finished without writing any answer text.")
                : tr("The model wrote no answer text; it asked to call %1, which this run does not offer.")
                      .arg(result.toolCalls.join(QStringLiteral(", ")));
    } else if (!result.toolCalls.isEmpty()) {
        // Text followed by a call to a tool nobody offered ("Let me look that up…"): the text
        // reads like an answer but the model meant to go on, so the user is told.
        record.errorCode = QStringLiteral("tool_request");
        record.errorMessage =
            tr("The model stopped to call %1, which this run does not offer; the text may be only "
               "the start of its answer.")
                .arg(result.toolCalls.join(QStringLiteral(", ")));
    }
}

// Whether a reply left running when ContextBench stopped can be picked up again: only OpenAI
// background responses are kept on the server under an id.
inline bool canResume(const CallRecord& call, const QString& responseId)
{
    return call.provider == QLatin1String("openai") && !responseId.isEmpty() &&
           call.params.value(QStringLiteral("background")).toBool();
}

// A reply that ContextBench stopped in the middle of and cannot resume: failed, what arrived kept.
template <typename Record>
void applyInterrupted(Record& record, const QString& message)
{
    record.status = CallStatus::Failed;
    record.partial = !record.text.isEmpty() || !record.reasoning.isEmpty();
    record.errorCode = QStringLiteral("interrupted");
    record.errorMessage = message;
}

// `reply` is null when the request never went out (no key, cancelled before it started).
// What streamed is kept and marked partial.
template <typename Record>
void applyFailed(Record& record, const Error& error, const ProviderReply* reply, const std::optional<ModelInfo>& info)
{
    record.status = error.code == ErrorCode::Cancelled ? CallStatus::Cancelled : CallStatus::Failed;
    record.errorCode = errorCodeName(error.code);
    record.errorMessage = error.message;
    if (reply) {
        // Streamed text is already in the record; the reply's copy covers polled calls.
        if (record.text.isEmpty())
            record.text = reply->text();
        if (record.reasoning.isEmpty())
            record.reasoning = reply->reasoning();
        record.usage = CallMetrics::usageJson(reply->usage());
        record.costUsd = CallMetrics::actualCost(info, reply->usage());
        record.totalMs = reply->elapsedMs();
        if (reply->timeToFirstTokenMs() >= 0)
            record.firstTokenMs = reply->timeToFirstTokenMs();
    } else if (record.startedAt.isValid()) {
        record.totalMs = record.startedAt.msecsTo(QDateTime::currentDateTimeUtc());
    }
    record.partial = !record.text.isEmpty() || !record.reasoning.isEmpty();
}

} // namespace ReplyOutcome

} // namespace Cb::Core
