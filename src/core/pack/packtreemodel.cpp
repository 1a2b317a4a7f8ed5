#include "core/pack/packtreemodel.h"

#include "core/models/tokenformat.h"
#include "core/pack/packdocument.h"
#include "core/pack/packedits.h"

#include <QLocale>
#include <QMimeData>
#include <QSet>

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
    connect(d, &PackDocument::itemsAboutToBeRemoved, this,
            [this](int s, int first, int last) { beginRemoveRows(sectionIndex(s), first, last); });
    connect(d, &PackDocument::itemsRemoved, this, [this] { endRemoveRows(); });
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
    connect(d, &PackDocument::contentChanged, this, &PackTreeModel::updateDuplicates);
    m_duplicates.update(d->pack());
}

void PackTreeModel::updateDuplicates()
{
    if (!m_document)
        return;
    for (const QString& id : m_duplicates.update(m_document->pack()))
        emitItemChanged(id);
}

void PackTreeModel::emitItemChanged(const QString& itemId)
{
    const auto [s, r] = m_document->pack().locate(itemId);
    if (s < 0)
        return;
    const QModelIndex parent = sectionIndex(s);
    Q_EMIT dataChanged(index(r, 0, parent), index(r, ColumnCount - 1, parent));
}

void PackTreeModel::setStaleItems(const QHash<QString, QString>& stale)
{
    QSet<QString> touched;
    for (auto it = stale.cbegin(); it != stale.cend(); ++it)
        if (m_stale.value(it.key()) != it.value())
            touched.insert(it.key());
    for (auto it = m_stale.cbegin(); it != m_stale.cend(); ++it)
        if (!stale.contains(it.key()))
            touched.insert(it.key());
    m_stale = stale;
    for (const QString& id : std::as_const(touched))
        emitItemChanged(id);
}

void PackTreeModel::setTokenSource(TokenSource source)
{
    m_tokens = std::move(source);
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
        // Summing every item's size is not free: only for the roles that show it.
        const auto bytes = [&section] {
            qint64 sum = 0;
            for (const PackItem& i : section.items)
                sum += i.enabled ? i.textBytes() : 0;
            return sum;
        };
        switch (role) {
        case Qt::DisplayRole:
            if (idx.column() == TitleColumn)
                return QStringLiteral("%1 (%2)").arg(section.name).arg(section.items.size());
            if (idx.column() == SizeColumn)
                return humanSize(bytes());
            if (idx.column() == TokensColumn && m_tokens.section)
                return tokens(m_tokens.section(s), role);
            return {};
        case Qt::EditRole: return idx.column() == TitleColumn ? QVariant(section.name) : QVariant();
        case IsSectionRole: return true;
        case SortValueRole:
            if (idx.column() == SizeColumn)
                return bytes();
            if (idx.column() == TokensColumn && m_tokens.section)
                return tokens(m_tokens.section(s), role);
            return s;
        default: return {};
        }
    }
    return itemData(section.items.at(r), r, idx.column(), role);
}

QVariant PackTreeModel::tokens(const std::optional<qint64>& count, int role) const
{
    if (role == SortValueRole)
        return count ? QVariant(*count) : QVariant();
    return count ? tokenText(*count, m_tokens.exact) : QStringLiteral("…");
}

// The format column in the interface language; file formats (pdf, docx, vtt…) keep their names.
QString PackTreeModel::formatLabel(const QString& format)
{
    if (format == QLatin1String("note"))
        return tr("note");
    if (format == QLatin1String("text"))
        return tr("text");
    if (format == QLatin1String("code"))
        return tr("code");
    if (format == QLatin1String("audio"))
        return tr("audio");
    return format;
}

QVariant PackTreeModel::itemData(const PackItem& item, int row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn: return item.title;
        case FormatColumn: return item.language.isEmpty() ? formatLabel(item.format) : item.language;
        case SizeColumn: return humanSize(item.textBytes());
        case TokensColumn: return m_tokens.item ? tokens(m_tokens.item(item), role) : QVariant();
        default: return {};
        }
    case Qt::EditRole: return column == TitleColumn ? QVariant(item.title) : QVariant();
    case Qt::CheckStateRole:
        if (column == TitleColumn)
            return item.enabled ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole: {
        QString tip = item.sourcePath.isEmpty() ? item.title : item.sourcePath;
        if (!item.tags.isEmpty())
            tip += QLatin1Char('\n') + tr("Tags: %1").arg(item.tags.join(QStringLiteral(", ")));
        for (const QString& note : item.notes)
            tip += QStringLiteral("\n⚠ ") + note;
        const QStringList same = itemData(item, row, column, DuplicateOfRole).toStringList();
        if (!same.isEmpty())
            tip += QStringLiteral("\n⚠ ") + tr("Same text as %1").arg(same.join(QStringLiteral(", ")));
        if (const QString stale = m_stale.value(item.id); !stale.isEmpty())
            tip += QStringLiteral("\n⟳ ") + stale;
        return tip;
    }
    case ItemIdRole: return item.id;
    case IsSectionRole: return false;
    case DuplicateOfRole: {
        QStringList names;
        for (const QString& other : m_duplicates.duplicatesOf(item.id)) {
            const auto [os, orow] = m_document->pack().locate(other);
            if (os >= 0)
                names.append(QStringLiteral("“%1” (%2)").arg(m_document->pack().sections[os].items[orow].title,
                                                              m_document->pack().sections[os].name));
        }
        return names;
    }
    case StaleReasonRole: return m_stale.value(item.id);
    case SearchTextRole:
        return QString(item.title + QLatin1Char('\n') + item.tags.join(QLatin1Char(' ')) + QLatin1Char('\n') + item.text);
    case SortValueRole:
        if (column == SizeColumn)
            return item.textBytes();
        if (column == TokensColumn)
            return m_tokens.item ? tokens(m_tokens.item(item), role) : QVariant();
        return row;
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
        if (m_edits)
            m_edits->renameSection(s, value.toString().trimmed());
        else
            m_document->renameSection(s, value.toString().trimmed());
        return true;
    }
    const PackItem& current = m_document->pack().sections.at(s).items.at(r);
    if (role == Qt::CheckStateRole) {
        const bool enabled = value.toInt() == Qt::Checked;
        if (m_edits)
            m_edits->setItemsEnabled({current.id}, enabled);
        else
            m_document->setItemEnabled(s, r, enabled);
        return true;
    }
    if (role == Qt::EditRole && !value.toString().trimmed().isEmpty()) {
        if (m_edits) {
            m_edits->renameItem(current.id, value.toString().trimmed());
            return true;
        }
        PackItem item = current;
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
        if (m_edits)
            m_edits->moveItems(ids, section, targetRow);
        else
            m_document->moveItems(ids, section, targetRow);
        // We moved the rows ourselves; tell the view not to remove the originals.
        return false;
    }
    // Files and text dropped on the empty area below the tree belong to no section in particular:
    // the importer picks one by format.
    if (!parent.isValid() && row < 0)
        section = targetRow = -1;
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
