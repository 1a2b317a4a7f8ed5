#pragma once

#include "core/pack/packduplicateindex.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

namespace Cb::Core {

class PackDocument;
class PackEdits;
struct PackItem;

// Adapts a PackDocument to a two-level tree: sections, then their items. Checkable titles toggle
// items on and off; drag and drop moves items within and across sections, and hands dropped
// files or text to whoever imports them (filesDropped / textDropped). Items with the same text
// as another item carry DuplicateOfRole; items whose source file changed carry StaleReasonRole
// (set from outside with setStaleItems). Not owning the document or the edits. GUI thread.
class PackTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, FormatColumn, SizeColumn, TokensColumn, ColumnCount };
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        IsSectionRole,
        SortValueRole,
        DuplicateOfRole, // QStringList: titles of the other items with the same text
        StaleReasonRole, // QString: why the snapshot is out of date, empty when current
        SearchTextRole,  // QString: title, tags and text, for filtering
    };
    static inline const QString kItemIdsMime = QStringLiteral("application/x-contextbench-item-ids");

    explicit PackTreeModel(PackDocument* document, QObject* parent = nullptr);

    // Where the Tokens column's figures come from (the prompt counter). nullopt = not counted
    // yet, shown as "…". Display is "1,234" ("≈1,234" when !exact); SortValueRole is the number.
    struct TokenSource
    {
        std::function<std::optional<qint64>(const PackItem&)> item;
        std::function<std::optional<qint64>(int section)> section; // its enabled items
        bool exact = true;
    };
    void setTokenSource(TokenSource source);
    void refreshTokenColumn();
    // Routes view edits (checkbox, rename, drag) through an undo-recording editor.
    void setEdits(PackEdits* edits) { m_edits = edits; }
    // Item id -> reason, from PackSourceWatcher.
    void setStaleItems(const QHash<QString, QString>& stale);
    const PackDuplicateIndex& duplicates() const { return m_duplicates; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    QModelIndex sectionIndex(int section) const;
    QModelIndex itemIndex(int section, int row) const;
    // (section, row) of an item index; row -1 for a section index.
    std::pair<int, int> position(const QModelIndex& index) const;

Q_SIGNALS:
    // section -1: dropped below the sections, on no section in particular.
    void filesDropped(const QList<QUrl>& urls, int section, int row);
    void textDropped(const QString& text, int section, int row);

private:
    void connectDocument();
    // Where a drop at (row, parent) lands: a section and a row within it.
    std::pair<int, int> dropTarget(int row, const QModelIndex& parent) const;
    void updateDuplicates();
    void emitItemChanged(const QString& itemId);
    QVariant itemData(const PackItem& item, int row, int column, int role) const;
    static QString formatLabel(const QString& format);

    QPointer<PackDocument> m_document;
    QVariant tokens(const std::optional<qint64>& count, int role) const;

    TokenSource m_tokens;
    PackEdits* m_edits = nullptr;
    PackDuplicateIndex m_duplicates;
    QHash<QString, QString> m_stale;
};

} // namespace Cb::Core
