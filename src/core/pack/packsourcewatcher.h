#pragma once

#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Cb::Core {

class PackDocument;
struct PackItem;

// Watches the source files of a pack's document items and says which items are out of date:
// the file changed (size or modification time differ from the snapshot) or went missing.
// Checks every source when a pack is opened (files edited while the app was closed) and again
// whenever the file system reports a change; editors that save by renaming drop the watch, so
// paths are re-added after each change. Not owning the document. GUI thread.
// Signal contract: staleItemsChanged() after the set of stale items or their reasons change.
class PackSourceWatcher : public QObject
{
    Q_OBJECT
public:
    explicit PackSourceWatcher(PackDocument* document, QObject* parent = nullptr);

    // Item id -> why it is stale ("changed on disk", "missing"); absent when up to date.
    const QHash<QString, QString>& staleItems() const { return m_stale; }
    QStringList watchedPaths() const { return m_watcher.files(); }
    // Re-checks every source now (also done on its own after edits and file-system events).
    void recheck();

    static QString staleReason(const PackItem& item);

Q_SIGNALS:
    void staleItemsChanged();

private:
    void scheduleRecheck();

    QPointer<PackDocument> m_document;
    QFileSystemWatcher m_watcher;
    QTimer m_recheck;
    QHash<QString, QString> m_stale;
};

} // namespace Cb::Core
