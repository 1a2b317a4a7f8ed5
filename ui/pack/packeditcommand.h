#pragma once

#include <QList>
#include <QUndoCommand>

#include <functional>

namespace Cb::Ui {

// One undoable pack edit made of steps; each step knows how to do and undo itself (PackEditor
// builds them, recording what they replace when they first run). Undo runs the steps' undos in
// reverse order. Commands with the same non-empty merge key merge into one (the batches of one
// import become a single "Import" step on the stack). GUI thread.
class PackEditCommand : public QUndoCommand
{
public:
    struct Step
    {
        std::function<void()> redo;
        std::function<void()> undo;
    };

    PackEditCommand(const QString& text, QList<Step> steps, QString mergeKey = {});

    void redo() override;
    void undo() override;
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 0x5041434b; }
    bool mergeWith(const QUndoCommand* other) override;
    // Asked after the first redo: true drops the command (a drop that moved nothing).
    void setNoopCheck(std::function<bool()> check) { m_isNoop = std::move(check); }

private:
    QList<Step> m_steps;
    QString m_mergeKey;
    std::function<bool()> m_isNoop;
};

} // namespace Cb::Ui
