#pragma once

#include "core/common/result.h"
#include "core/pack/pack.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <memory>

namespace Cb::Core {

class PackDocument;

// Crash protection for unsaved edits. A couple of seconds after the last edit (debounced), the
// modified pack is written to <dir>/<id>.ctxpack.recovery: serialised and written atomically on a
// pool thread from a copy of the pack, so a big pack never stalls the GUI. The id is derived from
// the pack's path (or is per session for an untitled pack). The recovery file is removed when
// the pack is saved, or replaced by another pack after the user saved or discarded it, and when
// this object is destroyed in an orderly shutdown: only a crash leaves a recovery file behind.
// available() lists recovery files newer than their packs, for the window to offer at start.
// Not owning the document. GUI thread; only the write runs elsewhere.
// Signal contract: written(path) after each successful write, writeFailed(Error) otherwise.
class PackRecovery : public QObject
{
    Q_OBJECT
public:
    static inline const QString kSuffix = QStringLiteral(".ctxpack.recovery");

    struct Entry
    {
        QString recoveryPath;
        QString packPath; // empty for a pack that was never saved
        QDateTime written;
    };

    PackRecovery(PackDocument* document, QString directory, QObject* parent = nullptr);
    ~PackRecovery() override;

    void setDelay(int msec) { m_timer.setInterval(msec); }
    QString directory() const { return m_directory; }
    // Where the current document's recovery file goes.
    QString currentRecoveryPath() const;

    // Recovery files worth offering, newest first. Files older than their pack (the pack was
    // saved later) are deleted on the way.
    static QList<Entry> available(const QString& directory);
    // Reads a recovery file back into a pack (paths resolved against the original pack's folder).
    static Result<Pack> read(const Entry& entry);
    static VoidResult write(const Pack& pack, const QString& packPath, const QString& recoveryPath);
    static QString recoveryPathFor(const QString& directory, const QString& packPath);

    // Removes this document's recovery file: the user saved or threw the edits away.
    void discard();
    // After a restore: the restored file becomes this document's, removed on save or discard.
    void adopt(const QString& recoveryPath) { m_lastWritten = recoveryPath; }
    // Writes now instead of after the delay (tests, and before risky operations).
    void writeNow();

Q_SIGNALS:
    void written(const QString& recoveryPath);
    void writeFailed(const Cb::Core::Error& error);

private:
    void edited();

    QPointer<PackDocument> m_document;
    QString m_directory;
    QString m_sessionId; // names the recovery file of an untitled pack
    QTimer m_timer;
    QString m_lastWritten;
    // Bumped when recovery is discarded; shared with the writer so a late write removes itself.
    std::shared_ptr<std::atomic<quint64>> m_generation;
    bool m_writing = false;
    bool m_writeAgain = false;
};

} // namespace Cb::Core
