#pragma once

#include "core/pack/packdocument.h"
#include "core/pack/packedits.h"
#include "ui/pack/packeditcommand.h"

#include <QObject>
#include <QPointer>

class QUndoStack;

namespace Cb::Ui {

// Every edit the window makes to the open pack, as undoable commands on one QUndoStack: add,
// remove, move, rename, enable/disable, update (note text, tags, refreshed snapshots), sections.
// Items are found by id when a command runs, so commands stay valid however the tree is sorted
// or filtered. The stack is cleared when the document is replaced (new, open, restore).
// Not owning the document. GUI thread.
class PackEditor : public QObject, public Core::PackEdits
{
    Q_OBJECT
public:
    explicit PackEditor(Core::PackDocument* document, QObject* parent = nullptr);

    QUndoStack* undoStack() const { return m_stack; }
    Core::PackDocument* document() const { return m_document; }

    // section -1 / row -1: append. Items get ids here so undo can find them again.
    void addItems(int section, int row, QList<Core::PackItem> items, const QString& mergeKey = {});
    // Into the section with this name, created (undoably) if missing.
    void addItemsToSection(const QString& sectionName, QList<Core::PackItem> items,
                           const QString& mergeKey = {});
    void removeItems(const QStringList& itemIds);
    void updateItem(const QString& itemId, const Core::PackItem& item, const QString& actionText,
                    const QString& mergeKey = {});
    void addSection(const QString& name);
    void removeSection(int section);

    // Core::PackEdits, used by the tree model for checkboxes, in-place renames and drags.
    void setItemsEnabled(const QStringList& itemIds, bool enabled) override;
    void renameItem(const QString& itemId, const QString& title) override;
    void renameSection(int section, const QString& name) override;
    void moveItems(const QStringList& itemIds, int section, int row) override;

private:
    using Step = PackEditCommand::Step;
    Step insertStep(const QString& sectionId, int row, const QList<Core::PackItem>& items);
    Step createSectionStep(const Core::PackSection& section, int index);
    Step removeStep(const QString& itemId);
    void push(const QString& text, QList<Step> steps, const QString& mergeKey = {});
    int sectionById(const QString& sectionId) const;

    QPointer<Core::PackDocument> m_document;
    QUndoStack* m_stack;
};

} // namespace Cb::Ui
