#include "core/pack/packfiltermodel.h"

#include "core/pack/packtreemodel.h"

namespace Cb::Core {

PackFilterModel::PackFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(PackTreeModel::SortValueRole);
    // Edits change titles and text: re-run the filter on them, not just on structure.
    setDynamicSortFilter(true);
    // Qt then keeps a section when any of its items matches, and re-checks the section when an
    // item is inserted into or edited inside a section that was hidden.
    setRecursiveFilteringEnabled(true);
}

void PackFilterModel::setFilterText(const QString& text)
{
    QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = std::move(words);
    invalidateFilter();
}

bool PackFilterModel::matches(const QString& haystack) const
{
    for (const QString& word : m_words)
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    return true;
}

bool PackFilterModel::itemMatches(const QModelIndex& sourceItem) const
{
    return matches(sourceItem.data(PackTreeModel::SearchTextRole).toString());
}

bool PackFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QAbstractItemModel* source = sourceModel();
    const QModelIndex idx = source->index(sourceRow, PackTreeModel::TitleColumn, sourceParent);
    if (sourceParent.isValid()) {
        // An item: its own words, or its section's name.
        return itemMatches(idx) || matches(sourceParent.data(Qt::EditRole).toString());
    }
    return matches(
        idx.data(Qt::EditRole).toString()); // its items are checked by recursive filtering
}

bool PackFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(PackTreeModel::SortValueRole);
    const QVariant b = right.data(PackTreeModel::SortValueRole);
    if (a.isValid() && b.isValid())
        return QVariant::compare(a, b) == QPartialOrdering::Less;
    return a.isValid() < b.isValid(); // unknown values (tokens not counted yet) sort first
}

} // namespace Cb::Core
