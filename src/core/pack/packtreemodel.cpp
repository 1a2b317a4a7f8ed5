#include "core/pack/packtreemodel.h"

#include "core/pack/packdocument.h"

#include <QLocale>
#include <QMimeData>

namespace Cb::Core {

namespace {
constexpr quintptr kSectionTag = 0; // internalId of section rows; items carry section + 1

QString humanSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}
} // namespace

PackTreeModel::PackTreeModel(PackDocument* document, QObject* parent)
    : QAbstractItemModel(parent), m_document(document)
{
    connectDocument();
}

void PackTreeModel::connectDocument()
{
    auto* d = m_document.data();
    connect(d, &PackDocument::aboutToReset, this, [this] { beginResetModel(); });
    connect(d, &PackDocument::resetDone, this, [this] { endResetModel(); });
    connect(d, &PackDocument::sectionsAboutToBeInserted, this,
            [this](int first, int last) { beginInsertRows({}, first, last); });
    connect(d, &PackDocument::sectionsInserted, this, [this] { endInsertRows(); });
    connect(d, &PackDocument::sectionAboutToBeRemoved, this,
            [this](int s) { beginRemoveRows({}, s, s); });
    connect(d, &PackDocument::sectionRemoved, this, [this] { endRemoveRows(); });
    connect(d, &PackDocument::sectionChanged, this, [this](int s) {
        Q_EMIT dataChanged(index(s, 0), index(s, ColumnCount - 1));
    });
    connect(d, &PackDocument::itemsAboutToBeInserted, this,
            [this](int s, int first, int last) { beginInsertRows(sectionIndex(s), first, last); });
    connect(d, &PackDocument::itemsInserted, this, [this] { endInsertRows(); });
    connect(d, &PackDocument::itemAboutToBeRemoved, this,
            [this](int s, int r) { beginRemoveRows(sectionIndex(s), r, r); });
    connect(d, &PackDocument::itemRemoved, this, [this] { endRemoveRows(); });
    connect(d, &PackDocument::itemAboutToBeMoved, this, [this](int fs, int fr, int ts, int tr) {
        // Qt's destination row counts positions before the move within the same parent.
        const int dest = (fs == ts && tr > fr) ? tr + 1 : tr;
        beginMoveRows(sectionIndex(fs), fr, fr, sectionIndex(ts), dest);
    });
    connect(d, &PackDocument::itemMoved, this, [this] { endMoveRows(); });
    connect(d, &PackDocument::itemChanged, this, [this](int s, int r) {
        const QModelIndex parent = sectionIndex(s);
        Q_EMIT dataChanged(index(r, 0, parent), index(r, ColumnCount - 1, parent));
        Q_EMIT dataChanged(index(s, 0), index(s, ColumnCount - 1)); // section size and count
    });
}

void PackTreeModel::setTokenCounter(std::function<QVariant(const PackItem&)> counter)
{
    m_tokenCounter = std::move(counter);
    refreshTokenColumn();
}

void PackTreeModel::refreshTokenColumn()
{
    for (int s = 0; s < rowCount(); ++s) {
        const QModelIndex parent = sectionIndex(s);
        Q_EMIT dataChanged(index(s, TokensColumn), index(s, TokensColumn));
        const int rows = rowCount(parent);
        if (rows > 0)
            Q_EMIT dataChanged(index(0, TokensColumn, parent), index(rows - 1, TokensColumn, parent));
    }
}

QModelIndex PackTreeModel::sectionIndex(int section) const { return index(section, 0); }

QModelIndex PackTreeModel::itemIndex(int section, int row) const
{
    return index(row, 0, sectionIndex(section));
}

std::pair<int, int> PackTreeModel::position(const QModelIndex& idx) const
{
    if (!idx.isValid())
        return {-1, -1};
    if (idx.internalId() == kSectionTag)
        return {idx.row(), -1};
    return {int(idx.internalId() - 1), idx.row()};
}

QModelIndex PackTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kSectionTag);
    if (parent.internalId() != kSectionTag)
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex PackTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kSectionTag)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kSectionTag);
}

int PackTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!m_document || parent.column() > 0)
        return 0;
    const Pack& pack = m_document->pack();
    if (!parent.isValid())
        return int(pack.sections.size());
    if (parent.internalId() != kSectionTag)
        return 0;
    return int(pack.sections.value(parent.row()).items.size());
}

int PackTreeModel::columnCount(const QModelIndex&) const { return ColumnCount; }

QVariant PackTreeModel::data(const QModelIndex& idx, int role) const
{
    if (!idx.isValid() || !m_document)
        return {};
    const auto [s, r] = position(idx);
    const PackSection& section = m_document->pack().sections.at(s);
    if (r < 0) {
        // Only the Size column needs the byte count: converting a large pack to UTF-8 on every
        // data() call (every role of every column, each repaint) would stall typing.
        auto bytes = [&section] {
            qint64 sum = 0;
            for (const PackItem& i : section.items)
                sum += i.enabled ? i.text.toUtf8().size() : 0;
            return sum;
        };
        switch (role) {
        case Qt::DisplayRole:
            if (idx.column() == TitleColumn)
                return QStringLiteral("%1 (%2)").arg(section.name).arg(section.items.size());
            if (idx.column() == SizeColumn)
                return humanSize(bytes());
            return {};
        case Qt::EditRole: return idx.column() == TitleColumn ? QVariant(section.name) : QVariant();
        case IsSectionRole: return true;
        case SortValueRole: return idx.column() == SizeColumn ? QVariant(bytes()) : QVariant(s);
        default: return {};
        }
    }
    const PackItem& item = section.items.at(r);
    auto bytes = [&item] { return qint64(item.text.toUtf8().size()); };
    switch (role) {
    case Qt::DisplayRole:
        switch (idx.column()) {
        case TitleColumn: return item.title;
        case FormatColumn: return item.language.isEmpty() ? item.format : item.language;
        case SizeColumn: return humanSize(bytes());
        case TokensColumn: return m_tokenCounter ? m_tokenCounter(item) : QVariant();
        default: return {};
        }
    case Qt::EditRole: return idx.column() == TitleColumn ? QVariant(item.title) : QVariant();
    case Qt::CheckStateRole:
        if (idx.column() == TitleColumn)
            return item.enabled ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole: {
        QString tip = item.sourcePath.isEmpty() ? item.title : item.sourcePath;
        if (!item.tags.isEmpty())
            tip += QStringLiteral("\nTags: ") + item.tags.join(QStringLiteral(", "));
        for (const QString& note : item.notes)
            tip += QStringLiteral("\n⚠ ") + note;
        return tip;
    }
    case ItemIdRole: return item.id;
    case IsSectionRole: return false;
    case SortValueRole:
        if (idx.column() == SizeColumn)
            return bytes();
        if (idx.column() == TokensColumn && m_tokenCounter)
            return m_tokenCounter(item);
        return r;
    default: return {};
    }
}

bool PackTreeModel::setData(const QModelIndex& idx, const QVariant& value, int role)
{
    if (!idx.isValid() || !m_document || idx.column() != TitleColumn)
        return false;
    const auto [s, r] = position(idx);
    if (r < 0) {
        if (role != Qt::EditRole || value.toString().trimmed().isEmpty())
            return false;
        m_document->renameSection(s, value.toString().trimmed());
        return true;
    }
    if (role == Qt::CheckStateRole) {
        m_document->setItemEnabled(s, r, value.toInt() == Qt::Checked);
        return true;
    }
    if (role == Qt::EditRole && !value.toString().trimmed().isEmpty()) {
        PackItem item = m_document->pack().sections.at(s).items.at(r);
        item.title = value.toString().trimmed();
        m_document->updateItem(s, r, item);
        return true;
    }
    return false;
}

QVariant PackTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Item");
    case FormatColumn: return tr("Format");
    case SizeColumn: return tr("Size");
    case TokensColumn: return tr("Tokens");
    default: return {};
    }
}

Qt::ItemFlags PackTreeModel::flags(const QModelIndex& idx) const
{
    if (!idx.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
    if (idx.column() == TitleColumn)
        f |= Qt::ItemIsEditable;
    if (idx.internalId() != kSectionTag) {
        f |= Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
        if (idx.column() == TitleColumn)
            f |= Qt::ItemIsUserCheckable;
        f &= ~Qt::ItemIsDropEnabled;
    }
    return f;
}

Qt::DropActions PackTreeModel::supportedDropActions() const { return Qt::MoveAction | Qt::CopyAction; }
Qt::DropActions PackTreeModel::supportedDragActions() const { return Qt::MoveAction; }

QStringList PackTreeModel::mimeTypes() const
{
    return {kItemIdsMime, QStringLiteral("text/uri-list"), QStringLiteral("text/plain")};
}

QMimeData* PackTreeModel::mimeData(const QModelIndexList& indexes) const
{
    QStringList ids;
    for (const QModelIndex& idx : indexes) {
        const QString id = idx.data(ItemIdRole).toString();
        if (idx.column() == TitleColumn && !id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return nullptr;
    auto* mime = new QMimeData;
    mime->setData(kItemIdsMime, ids.join(QLatin1Char('\n')).toUtf8());
    return mime;
}

std::pair<int, int> PackTreeModel::dropTarget(int row, const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        // Dropped between sections: onto the end of the section above, or the first one.
        const int sections = rowCount();
        if (sections == 0)
            return {-1, -1};
        const int s = row < 0 ? sections - 1 : qBound(0, row - 1, sections - 1);
        return {s, -1};
    }
    const auto [s, r] = position(parent);
    if (r >= 0) // onto an item: before it
        return {s, r};
    return {s, row};
}

bool PackTreeModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int,
                                    const QModelIndex&) const
{
    return data && (data->hasFormat(kItemIdsMime) || data->hasUrls() || data->hasText());
}

bool PackTreeModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int,
                                 const QModelIndex& parent)
{
    if (!data || !m_document || action == Qt::IgnoreAction)
        return false;
    auto [section, targetRow] = dropTarget(row, parent);
    if (data->hasFormat(kItemIdsMime)) {
        if (section < 0)
            return false;
        const QStringList ids = QString::fromUtf8(data->data(kItemIdsMime)).split(QLatin1Char('\n'));
        for (const QString& id : ids) {
            const auto [fs, fr] = m_document->pack().locate(id);
            if (fs < 0)
                continue;
            int to = targetRow < 0 ? int(m_document->pack().sections[section].items.size()) : targetRow;
            if (fs == section && fr < to)
                --to; // the item leaves its old place first
            m_document->moveItem(fs, fr, section, to);
            targetRow = m_document->pack().locate(id).second + 1;
        }
        // We moved the rows ourselves; tell the view not to remove the originals.
        return false;
    }
    if (data->hasUrls()) {
        Q_EMIT filesDropped(data->urls(), section, targetRow);
        return true;
    }
    if (data->hasText()) {
        Q_EMIT textDropped(data->text(), section, targetRow);
        return true;
    }
    return false;
}

} // namespace Cb::Core
