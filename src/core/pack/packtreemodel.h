#pragma once

#include <QAbstractItemModel>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace Cb::Core {

class PackDocument;
struct PackItem;

// Adapts a PackDocument to a two-level tree: sections, then their items. Checkable titles toggle
// items on and off; drag and drop moves items within and across sections, and hands dropped
// files or text to whoever imports them (filesDropped / textDropped). Not owning the document.
// GUI thread.
class PackTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, FormatColumn, SizeColumn, TokensColumn, ColumnCount };
    enum Role { ItemIdRole = Qt::UserRole + 1, IsSectionRole, SortValueRole };
    static inline const QString kItemIdsMime = QStringLiteral("application/x-contextbench-item-ids");

    explicit PackTreeModel(PackDocument* document, QObject* parent = nullptr);

    // Supplies the Tokens column (e.g. from the tokenizer cache); empty QVariant = not yet known.
    void setTokenCounter(std::function<QVariant(const PackItem&)> counter);
    void refreshTokenColumn();

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
    void filesDropped(const QList<QUrl>& urls, int section, int row);
    void textDropped(const QString& text, int section, int row);

private:
    void connectDocument();
    // Where a drop at (row, parent) lands: a section and a row within it.
    std::pair<int, int> dropTarget(int row, const QModelIndex& parent) const;

    QPointer<PackDocument> m_document;
    std::function<QVariant(const PackItem&)> m_tokenCounter;
};

} // namespace Cb::Core
