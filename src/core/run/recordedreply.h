#pragma once

#include "core/run/replyoutcome.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Cb::Core::RecordedReply {

// What the wiring needs from the owner of a recorded reply (a follow-up, a fusion): the record
// as it is now (null once it is gone), how to store a changed one, where streamed words go and
// who settles the end. `appendReasoning` may be empty: the reasoning then arrives with the end.
template <typename Record>
struct Hooks
{
    std::function<const Record*()> current;
    std::function<void(const Record&)> update;
    std::function<void(const QString&)> appendText;
    std::function<void(const QString&)> appendReasoning{};
    std::function<void(const ProviderResult&)> finished;
    std::function<void(const Error&)> failed;
};

// Connects a provider reply to its record, with `context` as the receiver (disconnecting the
// reply from `context` silences it): the status and usage follow the reply's state, the
// response id is written the moment it is known (it is what lets a background reply resume
// after a crash), text streams in, and the end goes to `finished` or `failed`.
template <typename Record>
void connect(QObject* context, ProviderReply* reply, std::optional<ModelInfo> info, Hooks<Record> hooks)
{
    const QPointer<ProviderReply> guard(reply);
    QObject::connect(reply, &ProviderReply::stateChanged, context, [guard, info, hooks] {
        const Record* current = hooks.current();
        if (!guard || !current)
            return;
        const auto status = ReplyOutcome::statusFor(guard->state());
        if (!status || *status == current->status)
            return;
        Record updated = *current;
        updated.status = *status;
        ReplyOutcome::applyProgress(updated, *guard, info);
        hooks.update(updated);
    });
    QObject::connect(reply, &ProviderReply::textDelta, context, hooks.appendText);
    if (hooks.appendReasoning)
        QObject::connect(reply, &ProviderReply::reasoningDelta, context, hooks.appendReasoning);
    QObject::connect(reply, &ProviderReply::responseIdKnown, context, [hooks](const QString& responseId) {
        if (const Record* current = hooks.current()) {
            Record updated = *current;
            updated.responseId = responseId;
            hooks.update(updated);
        }
    });
    QObject::connect(reply, &ProviderReply::finished, context, hooks.finished);
    QObject::connect(reply, &ProviderReply::failed, context, hooks.failed);
}

// ReplyOutcome::applyFinished plus what a recorded reply adds: the final response id, and for
// a reply resumed after a restart the total time counted from its first start.
template <typename Record>
void applyFinished(Record& record, const ProviderResult& result, const std::optional<ModelInfo>& info, bool resumed)
{
    ReplyOutcome::applyFinished(record, result, info);
    if (!result.responseId.isEmpty())
        record.responseId = result.responseId;
    if (resumed && record.startedAt.isValid())
        record.totalMs = record.startedAt.msecsTo(QDateTime::currentDateTimeUtc());
}

} // namespace Cb::Core::RecordedReply
