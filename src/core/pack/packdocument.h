#pragma once

#include "core/common/result.h"
#include "core/pack/pack.h"

#include <QObject>

namespace Cb::Core {

// The open pack: the Pack value, its file path and whether it has unsaved edits. Every edit goes
// through here so views (PackTreeModel) and the prompt preview stay in step: structural edits
// announce themselves before and after (like QAbstractItemModel), content edits after.
// GUI thread. Indices are (section, row) at the time of the signal.
class PackDocument : public QObject
{
    Q_OBJECT
public:
    explicit PackDocument(QObject* parent = nullptr);

    const Pack& pack() const { return m_pack; }
    QString filePath() const { return m_filePath; }
    bool isModified() const { return m_modified; }

    // Replaces the whole pack (new, open, recovery). A restored recovery is reset with
    // modified = true: its edits were never saved to filePath.
    void reset(Pack pack, const QString& filePath = {}, bool modified = false);
    // A file that cannot be opened (malformed, newer schema) is remembered: saveAs() refuses to
    // overwrite it for the lifetime of this document, so nothing the user could not see is lost.
    VoidResult load(const QString& path);
    VoidResult saveAs(const QString& path);
    VoidResult save() { return saveAs(m_filePath); }

    void setTitle(const QString& title);
    void setGoal(const QString& goal);

    int addSection(const QString& name, int index = -1); // returns the index used
    // Inserts a whole section (its id and items kept): undo of a removal.
    int insertSection(int index, const PackSection& section);
    void renameSection(int section, const QString& name);
    void removeSection(int section);
    // Index of the section with this name, created at the end if missing.
    int ensureSection(const QString& name);

    void insertItems(int section, int row, const QList<PackItem>& items); // row -1 = append
    void removeItem(int section, int row) { removeItems(section, row, 1); }
    // Removes count consecutive items: one pair of signals however many there are.
    void removeItems(int section, int row, int count);
    // Moves an item; toRow is the index it will have after the move.
    void moveItem(int fromSection, int fromRow, int toSection, int toRow);
    // Moves items (by id, in the given order) to consecutive places starting at row of section;
    // row -1 = append. Rows count positions before the move, as a drop indicator shows them.
    void moveItems(const QStringList& ids, int section, int row);
    void updateItem(int section, int row, const PackItem& item); // id stays
    void setItemEnabled(int section, int row, bool enabled);

Q_SIGNALS:
    void aboutToReset();
    void resetDone();
    void sectionsAboutToBeInserted(int first, int last);
    void sectionsInserted(int first, int last);
    void sectionAboutToBeRemoved(int section);
    void sectionRemoved(int section);
    void sectionChanged(int section);
    void itemsAboutToBeInserted(int section, int first, int last);
    void itemsInserted(int section, int first, int last);
    void itemsAboutToBeRemoved(int section, int first, int last);
    void itemsRemoved(int section, int first, int last);
    void itemAboutToBeMoved(int fromSection, int fromRow, int toSection, int toRow);
    void itemMoved(int fromSection, int fromRow, int toSection, int toRow);
    void itemChanged(int section, int row);
    void metadataChanged();           // title or goal
    void contentChanged();            // anything that changes the assembled prompt
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);

private:
    void markModified();
    void setModified(bool modified);

    Pack m_pack;
    QString m_filePath;
    bool m_modified = false;
    QStringList m_unopenedPaths;
};

} // namespace Cb::Core
