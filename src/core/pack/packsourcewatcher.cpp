#include "core/pack/packsourcewatcher.h"

#include "core/pack/packdocument.h"

#include <QFileInfo>
#include <QLocale>
#include <QSet>

namespace Cb::Core {

PackSourceWatcher::PackSourceWatcher(PackDocument* document, QObject* parent)
    : QObject(parent), m_document(document)
{
    // Editors write a file in several steps; one check after they settle is enough.
    m_recheck.setSingleShot(true);
    m_recheck.setInterval(150);
    connect(&m_recheck, &QTimer::timeout, this, &PackSourceWatcher::recheck);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this,
            &PackSourceWatcher::scheduleRecheck);
    connect(document, &PackDocument::resetDone, this, &PackSourceWatcher::recheck);
    connect(document, &PackDocument::itemsInserted, this, &PackSourceWatcher::scheduleRecheck);
    connect(document, &PackDocument::itemsRemoved, this, &PackSourceWatcher::scheduleRecheck);
    connect(document, &PackDocument::itemChanged, this, &PackSourceWatcher::scheduleRecheck);
    recheck();
}

void PackSourceWatcher::scheduleRecheck()
{
    m_recheck.start();
}

QString PackSourceWatcher::staleReason(const PackItem& item)
{
    if (!item.isDocument() || item.sourcePath.isEmpty())
        return {};
    const QFileInfo info(item.sourcePath);
    if (!info.exists())
        return tr("The source file is missing: %1").arg(item.sourcePath);
    const bool sizeDiffers = item.sourceBytes > 0 && info.size() != item.sourceBytes;
    // Snapshots keep milliseconds; some file systems only keep seconds.
    const bool timeDiffers = item.sourceModified.isValid() &&
                             qAbs(info.lastModified().msecsTo(item.sourceModified)) >= 1000;
    if (sizeDiffers || timeDiffers)
        return tr("The source file changed on disk since it was imported (%1).")
            .arg(QLocale().toString(info.lastModified(), QLocale::ShortFormat));
    return {};
}

void PackSourceWatcher::recheck()
{
    m_recheck.stop();
    if (!m_document)
        return;
    QHash<QString, QString> stale;
    QSet<QString> paths;
    for (const PackSection& section : m_document->pack().sections) {
        for (const PackItem& item : section.items) {
            if (!item.isDocument() || item.sourcePath.isEmpty())
                continue;
            paths.insert(item.sourcePath);
            const QString reason = staleReason(item);
            if (!reason.isEmpty())
                stale.insert(item.id, reason);
        }
    }
    const QStringList watchedList = m_watcher.files();
    const QSet<QString> watched(watchedList.cbegin(), watchedList.cend());
    QStringList drop;
    for (const QString& path : watched)
        if (!paths.contains(path))
            drop.append(path);
    if (!drop.isEmpty())
        m_watcher.removePaths(drop);
    QStringList add;
    for (const QString& path : std::as_const(paths))
        if (!watched.contains(path) && QFileInfo::exists(path))
            add.append(path);
    if (!add.isEmpty())
        m_watcher.addPaths(add);
    if (stale != m_stale) {
        m_stale = std::move(stale);
        Q_EMIT staleItemsChanged();
    }
}

} // namespace Cb::Core
