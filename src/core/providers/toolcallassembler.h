#pragma once

#include "core/providers/toolcall.h"

#include <QList>
#include <QMap>

namespace Cb::Core {

// Puts streamed function calls back together (PROTOCOLS.md §12.0): partial state is keyed by
// the provider's slot number (Responses output_index, Chat tool_calls[].index, Anthropic
// block index), the id and name are taken once, argument fragments are concatenated, and a
// call counts only after its end signal (close()). Slots may start at any number (Chat
// through Anthropic's compatibility layer starts at 1) and arrive in any order; calls()
// lists the closed ones by slot. A value, no I/O.
class ToolCallAssembler
{
public:
    // A slot's first fragment; empty id/name leave what an earlier fragment set.
    void open(int slot, const QString& callId, const QString& name);
    void appendArguments(int slot, const QString& fragment);
    // The provider's final argument text replaces the fragments (Responses `.done` events).
    void setArguments(int slot, const QString& arguments);
    // The end signal: the call is complete. `emptyAs` stands in for empty arguments
    // (Anthropic's no-argument tool streams only "" and means {}).
    void close(int slot, const QString& emptyAs = QString());
    void closeAll(const QString& emptyAs = QString());
    bool contains(int slot) const { return m_slots.contains(slot); }
    ToolCall call(int slot) const { return m_slots.value(slot).call; }
    // The closed calls, in slot order; open (truncated) ones are left out.
    QList<ToolCall> calls() const;
    bool isEmpty() const { return m_slots.isEmpty(); }
    int lastSlot() const { return m_slots.isEmpty() ? -1 : m_slots.lastKey(); }

private:
    struct Slot
    {
        ToolCall call{};
        bool closed = false;
    };
    QMap<int, Slot> m_slots;
};

} // namespace Cb::Core
