#pragma once

#include <QSortFilterProxyModel>

namespace Cb::Core {

// Narrows a PackTreeModel to the items whose title, tags or text contain every word of the
// filter (case-insensitive), keeping the sections that hold a match so the tree keeps its shape.
// A section whose name matches shows all its items. An empty filter shows everything.
// Sorting is by PackTreeModel::SortValueRole, so sizes and token counts sort as numbers.
// GUI thread; not owning the source model.
class PackFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit PackFilterModel(QObject* parent = nullptr);

    void setFilterText(const QString& text);
    QString filterText() const { return m_words.join(QLatin1Char(' ')); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    bool matches(const QString& haystack) const;
    bool itemMatches(const QModelIndex& sourceItem) const;

    QStringList m_words;
};

} // namespace Cb::Core
