#include "ui/pack/packeditcommand.h"

namespace Cb::Ui {

PackEditCommand::PackEditCommand(const QString& text, QList<Step> steps, QString mergeKey)
    : QUndoCommand(text), m_steps(std::move(steps)), m_mergeKey(std::move(mergeKey))
{
}

void PackEditCommand::redo()
{
    for (const Step& step : m_steps)
        step.redo();
    if (m_isNoop && m_isNoop())
        setObsolete(true);
    m_isNoop = nullptr;
}

void PackEditCommand::undo()
{
    for (auto it = m_steps.crbegin(); it != m_steps.crend(); ++it)
        it->undo();
}

bool PackEditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = static_cast<const PackEditCommand*>(other); // same id() means same class
    if (m_mergeKey.isEmpty() || o->m_mergeKey != m_mergeKey)
        return false;
    m_steps.append(o->m_steps);
    setText(o->text());
    return true;
}

} // namespace Cb::Ui
