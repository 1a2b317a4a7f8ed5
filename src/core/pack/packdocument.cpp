#include "core/pack/packdocument.h"

#include "core/pack/packfile.h"

#include <QFileInfo>

namespace Cb::Core {

PackDocument::PackDocument(QObject* parent) : QObject(parent) {}

void PackDocument::markModified()
{
    setModified(true);
    Q_EMIT contentChanged();
}

void PackDocument::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

void PackDocument::reset(Pack pack, const QString& filePath, bool modified)
{
    Q_EMIT aboutToReset();
    m_pack = std::move(pack);
    m_filePath = filePath;
    Q_EMIT resetDone();
    Q_EMIT filePathChanged(m_filePath);
    Q_EMIT metadataChanged();
    Q_EMIT contentChanged();
    setModified(modified);
}

VoidResult PackDocument::load(const QString& path)
{
    auto pack = PackFile::load(path);
    if (!pack) {
        if (pack.error().code != ErrorCode::NotFound)
            m_unopenedPaths.append(QFileInfo(path).absoluteFilePath());
        return fail(pack.error());
    }
    reset(std::move(*pack), path);
    return {};
}

VoidResult PackDocument::saveAs(const QString& path)
{
    if (path.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Choose where to save the pack first."));
    if (m_unopenedPaths.contains(QFileInfo(path).absoluteFilePath()))
        return fail(ErrorCode::InvalidInput,
                    tr("%1 could not be opened, so it is not overwritten: it may hold data this version "
                       "cannot read. Choose another file name.")
                        .arg(QFileInfo(path).fileName()));
    if (!m_pack.created.isValid())
        m_pack.created = QDateTime::currentDateTimeUtc();
    if (auto saved = PackFile::save(m_pack, path); !saved)
        return saved;
    if (m_filePath != path) {
        m_filePath = path;
        Q_EMIT filePathChanged(path);
    }
    setModified(false);
    return {};
}

void PackDocument::setTitle(const QString& title)
{
    if (title == m_pack.title)
        return;
    m_pack.title = title;
    Q_EMIT metadataChanged();
    markModified();
}

void PackDocument::setGoal(const QString& goal)
{
    if (goal == m_pack.goal)
        return;
    m_pack.goal = goal;
    Q_EMIT metadataChanged();
    markModified();
}

int PackDocument::addSection(const QString& name, int index)
{
    PackSection section;
    section.id = PackItem::newId();
    section.name = name;
    return insertSection(index, section);
}

int PackDocument::insertSection(int index, const PackSection& section)
{
    if (index < 0 || index > m_pack.sections.size())
        index = int(m_pack.sections.size());
    Q_EMIT sectionsAboutToBeInserted(index, index);
    m_pack.sections.insert(index, section);
    if (m_pack.sections[index].id.isEmpty())
        m_pack.sections[index].id = PackItem::newId();
    Q_EMIT sectionsInserted(index, index);
    markModified();
    return index;
}

int PackDocument::ensureSection(const QString& name)
{
    const int existing = m_pack.sectionIndex(name);
    return existing >= 0 ? existing : addSection(name);
}

void PackDocument::renameSection(int section, const QString& name)
{
    if (section < 0 || section >= m_pack.sections.size() || m_pack.sections[section].name == name)
        return;
    m_pack.sections[section].name = name;
    Q_EMIT sectionChanged(section);
    markModified();
}

void PackDocument::removeSection(int section)
{
    if (section < 0 || section >= m_pack.sections.size())
        return;
    Q_EMIT sectionAboutToBeRemoved(section);
    m_pack.sections.removeAt(section);
    Q_EMIT sectionRemoved(section);
    markModified();
}

void PackDocument::insertItems(int section, int row, const QList<PackItem>& items)
{
    if (section < 0 || section >= m_pack.sections.size() || items.isEmpty())
        return;
    auto& list = m_pack.sections[section].items;
    if (row < 0 || row > list.size())
        row = int(list.size());
    const int last = row + int(items.size()) - 1;
    Q_EMIT itemsAboutToBeInserted(section, row, last);
    for (int i = 0; i < items.size(); ++i) {
        PackItem item = items[i];
        if (item.id.isEmpty())
            item.id = PackItem::newId();
        list.insert(row + i, item);
    }
    Q_EMIT itemsInserted(section, row, last);
    markModified();
}

void PackDocument::removeItems(int section, int row, int count)
{
    if (section < 0 || section >= m_pack.sections.size())
        return;
    auto& list = m_pack.sections[section].items;
    if (row < 0 || count < 1 || row + count > list.size())
        return;
    const int last = row + count - 1;
    Q_EMIT itemsAboutToBeRemoved(section, row, last);
    list.remove(row, count);
    Q_EMIT itemsRemoved(section, row, last);
    markModified();
}

void PackDocument::moveItem(int fromSection, int fromRow, int toSection, int toRow)
{
    const int sections = int(m_pack.sections.size());
    if (fromSection < 0 || fromSection >= sections || toSection < 0 || toSection >= sections)
        return;
    auto& from = m_pack.sections[fromSection].items;
    if (fromRow < 0 || fromRow >= from.size())
        return;
    const int targetSize = int(m_pack.sections[toSection].items.size()) - (fromSection == toSection ? 1 : 0);
    toRow = qBound(0, toRow, targetSize);
    if (fromSection == toSection && fromRow == toRow)
        return;
    Q_EMIT itemAboutToBeMoved(fromSection, fromRow, toSection, toRow);
    PackItem item = from.takeAt(fromRow);
    m_pack.sections[toSection].items.insert(toRow, item);
    Q_EMIT itemMoved(fromSection, fromRow, toSection, toRow);
    markModified();
}

void PackDocument::moveItems(const QStringList& ids, int section, int row)
{
    if (section < 0 || section >= m_pack.sections.size())
        return;
    int target = row;
    for (const QString& id : ids) {
        const auto [fs, fr] = m_pack.locate(id);
        if (fs < 0)
            continue;
        int to = target < 0 ? int(m_pack.sections[section].items.size()) : target;
        if (fs == section && fr < to)
            --to; // the item leaves its old place first
        moveItem(fs, fr, section, to);
        target = m_pack.locate(id).second + 1;
    }
}

void PackDocument::updateItem(int section, int row, const PackItem& item)
{
    if (section < 0 || section >= m_pack.sections.size())
        return;
    auto& list = m_pack.sections[section].items;
    if (row < 0 || row >= list.size())
        return;
    const QString id = list[row].id;
    list[row] = item;
    list[row].id = id;
    Q_EMIT itemChanged(section, row);
    markModified();
}

void PackDocument::setItemEnabled(int section, int row, bool enabled)
{
    if (section < 0 || section >= m_pack.sections.size())
        return;
    auto& list = m_pack.sections[section].items;
    if (row < 0 || row >= list.size() || list[row].enabled == enabled)
        return;
    list[row].enabled = enabled;
    Q_EMIT itemChanged(section, row);
    markModified();
}

} // namespace Cb::Core
