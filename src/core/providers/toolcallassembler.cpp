#include "core/providers/toolcallassembler.h"

namespace Cb::Core {

void ToolCallAssembler::open(int slot, const QString& callId, const QString& name)
{
    Slot& s = m_slots[slot];
    if (!callId.isEmpty() && s.call.callId.isEmpty())
        s.call.callId = callId;
    if (!name.isEmpty() && s.call.name.isEmpty())
        s.call.name = name;
}

void ToolCallAssembler::appendArguments(int slot, const QString& fragment)
{
    m_slots[slot].call.arguments += fragment;
}

void ToolCallAssembler::setArguments(int slot, const QString& arguments)
{
    m_slots[slot].call.arguments = arguments;
}

void ToolCallAssembler::close(int slot, const QString& emptyAs)
{
    Slot& s = m_slots[slot];
    if (s.call.arguments.isEmpty())
        s.call.arguments = emptyAs;
    s.closed = true;
}

void ToolCallAssembler::closeAll(const QString& emptyAs)
{
    for (Slot& s : m_slots) {
        if (s.call.arguments.isEmpty())
            s.call.arguments = emptyAs;
        s.closed = true;
    }
}

QList<ToolCall> ToolCallAssembler::calls() const
{
    QList<ToolCall> out;
    for (const Slot& s : m_slots)
        if (s.closed)
            out << s.call;
    return out;
}

} // namespace Cb::Core
