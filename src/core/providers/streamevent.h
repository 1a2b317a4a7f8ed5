#pragma once

#include "core/common/error.h"
#include "core/providers/toolcall.h"
#include "core/providers/usage.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace Cb::Core {

// A provider-neutral event produced by the per-provider JSON mappers from one SSE event.
// TextDelta/ReasoningDelta carry `text`; UsageUpdated carries the latest cumulative `usage`;
// ResponseIdKnown carries `text` = id; StatusChanged carries `text` = provider status
// ("queued", "in_progress"); RefusalDelta carries the model's refusal text (or the provider's
// explanation of one), kept apart from the answer; ToolCallRequested carries the name of a
// function the model asked to call; ModelTurn (just before Completed) carries the model's
// whole output as the provider sent it (`native`) and the complete function calls in order
// (`calls`, empty when the reply was cut: a truncated call is never run); Completed carries `text` = finish reason and `truncated`;
// Failed carries `error`. `sequence` is the provider's sequence number or -1.
struct StreamEvent
{
    enum class Kind
    {
        TextDelta,
        ReasoningDelta,
        UsageUpdated,
        ResponseIdKnown,
        StatusChanged,
        RefusalDelta,
        ToolCallRequested,
        ModelTurn,
        Completed,
        Failed,
    };
    Kind kind = Kind::TextDelta;
    QString text;
    Usage usage;
    Error error;
    bool truncated = false;
    qint64 sequence = -1;
    QList<ToolCall> calls{};
    QJsonValue native{};

    static StreamEvent textDelta(QString t)
    {
        return {Kind::TextDelta, std::move(t), {}, {}, false, -1};
    }
    static StreamEvent reasoningDelta(QString t)
    {
        return {Kind::ReasoningDelta, std::move(t), {}, {}, false, -1};
    }
    static StreamEvent usageUpdated(Usage u) { return {Kind::UsageUpdated, {}, u, {}, false, -1}; }
    static StreamEvent responseId(QString id)
    {
        return {Kind::ResponseIdKnown, std::move(id), {}, {}, false, -1};
    }
    static StreamEvent status(QString s)
    {
        return {Kind::StatusChanged, std::move(s), {}, {}, false, -1};
    }
    static StreamEvent refusalDelta(QString t)
    {
        return {Kind::RefusalDelta, std::move(t), {}, {}, false, -1};
    }
    static StreamEvent toolCall(QString name)
    {
        return {Kind::ToolCallRequested, std::move(name), {}, {}, false, -1};
    }
    static StreamEvent modelTurn(QJsonValue native, QList<ToolCall> calls)
    {
        StreamEvent e{Kind::ModelTurn, {}, {}, {}, false, -1};
        e.native = std::move(native);
        e.calls = std::move(calls);
        return e;
    }
    static StreamEvent completed(QString reason, bool truncated)
    {
        return {Kind::Completed, std::move(reason), {}, {}, truncated, -1};
    }
    static StreamEvent failed(Error e) { return {Kind::Failed, {}, {}, std::move(e), false, -1}; }
};

} // namespace Cb::Core
