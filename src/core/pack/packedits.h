#pragma once

#include <QStringList>

namespace Cb::Core {

// The edits a view makes to a pack through its model (checkboxes, in-place renames, drag and
// drop). PackTreeModel applies them to the PackDocument directly unless it is given a PackEdits:
// the window passes one that records every edit on its undo stack. GUI thread.
class PackEdits
{
public:
    virtual ~PackEdits() = default;

    virtual void setItemsEnabled(const QStringList& itemIds, bool enabled) = 0;
    virtual void renameItem(const QString& itemId, const QString& title) = 0;
    virtual void renameSection(int section, const QString& name) = 0;
    // Same contract as PackDocument::moveItems.
    virtual void moveItems(const QStringList& itemIds, int section, int row) = 0;
};

} // namespace Cb::Core
