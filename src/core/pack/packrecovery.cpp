#include "core/pack/packrecovery.h"

#include <QCoreApplication>

#include "core/pack/packdocument.h"
#include "core/pack/packfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Cb::Core {

namespace {
const QString kRecoveryKey = QStringLiteral("recovery");
const QString kPackPathKey = QStringLiteral("pack_path");

QString packDirOf(const QString& packPath)
{
    return packPath.isEmpty() ? QString() : QFileInfo(packPath).absolutePath();
}
} // namespace

PackRecovery::PackRecovery(PackDocument* document, QString directory, QObject* parent)
    : QObject(parent), m_document(document), m_directory(std::move(directory)),
      m_sessionId(PackItem::newId()), m_generation(std::make_shared<std::atomic<quint64>>(0))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &PackRecovery::writeNow);
    connect(document, &PackDocument::contentChanged, this, &PackRecovery::edited);
    connect(document, &PackDocument::metadataChanged, this, &PackRecovery::edited);
    connect(document, &PackDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discard(); // saved
    });
    // A pack is only replaced after its edits were saved or discarded.
    connect(document, &PackDocument::aboutToReset, this, &PackRecovery::discard);
}

// Reaching the destructor means no crash: the window already asked to save or discard, so the
// recovery file has no more work to do (and a late write removes itself).
PackRecovery::~PackRecovery()
{
    discard();
}

QString PackRecovery::recoveryPathFor(const QString& directory, const QString& packPath)
{
    const QByteArray key = QFileInfo(packPath).absoluteFilePath().toUtf8();
    const QString id = QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16));
    return QDir(directory).filePath(id + kSuffix);
}

QString PackRecovery::currentRecoveryPath() const
{
    if (!m_document || m_document->filePath().isEmpty())
        return QDir(m_directory).filePath(QStringLiteral("untitled-") + m_sessionId + kSuffix);
    return recoveryPathFor(m_directory, m_document->filePath());
}

void PackRecovery::edited()
{
    if (m_document && m_document->isModified())
        m_timer.start();
}

void PackRecovery::discard()
{
    m_timer.stop();
    m_writeAgain = false;
    // Bump first: a write finishing after this point removes its own file.
    m_generation->fetch_add(1);
    if (!m_lastWritten.isEmpty())
        QFile::remove(m_lastWritten);
    m_lastWritten.clear();
}

VoidResult PackRecovery::write(const Pack& pack, const QString& packPath,
                               const QString& recoveryPath)
{
    if (!QDir().mkpath(QFileInfo(recoveryPath).absolutePath()))
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("Cb::Core::PackRecovery", "Cannot create %1").arg(QFileInfo(recoveryPath).absolutePath()));
    Pack marked = pack;
    marked.extra.insert(kRecoveryKey, QJsonObject{{kPackPathKey, packPath}});
    const QByteArray json = PackFile::toJson(marked, packDirOf(packPath));
    QSaveFile file(recoveryPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return fail(ErrorCode::Io, QCoreApplication::translate("Cb::Core::PackRecovery", "Cannot write the recovery file %1: %2")
                                       .arg(recoveryPath, file.errorString()));
    return {};
}

void PackRecovery::writeNow()
{
    if (!m_document || !m_document->isModified())
        return;
    if (m_writing) {
        m_writeAgain = true;
        return;
    }
    const QString target = currentRecoveryPath();
    if (!m_lastWritten.isEmpty() && m_lastWritten != target)
        QFile::remove(m_lastWritten); // the pack was saved under another name meanwhile
    m_lastWritten = target;
    m_writing = true;
    const quint64 generation = m_generation->load();
    auto shared = m_generation;
    // The copy of the pack is cheap (implicitly shared); serialising it is not, so the worker does.
    auto* watcher = new QFutureWatcher<VoidResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, target] {
        watcher->deleteLater();
        m_writing = false;
        const VoidResult result = watcher->result();
        if (!result)
            Q_EMIT writeFailed(result.error());
        else if (QFileInfo::exists(target))
            Q_EMIT written(target);
        if (m_writeAgain) {
            m_writeAgain = false;
            writeNow();
        }
    });
    watcher->setFuture(
        QtConcurrent::run([pack = m_document->pack(), packPath = m_document->filePath(), target,
                           generation, shared]() -> VoidResult {
            VoidResult result = write(pack, packPath, target);
            if (shared->load() != generation)
                QFile::remove(target);
            return result;
        }));
}

QList<PackRecovery::Entry> PackRecovery::available(const QString& directory)
{
    QList<Entry> entries;
    const QFileInfoList files =
        QDir(directory).entryInfoList({QStringLiteral("*") + kSuffix}, QDir::Files);
    for (const QFileInfo& info : files) {
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        const QString packPath = root.value(kRecoveryKey).toObject().value(kPackPathKey).toString();
        const QFileInfo pack(packPath);
        if (!packPath.isEmpty() && pack.exists() && pack.lastModified() >= info.lastModified()) {
            QFile::remove(info.absoluteFilePath()); // saved after the recovery was written
            continue;
        }
        entries.append(Entry{info.absoluteFilePath(), packPath, info.lastModified()});
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return a.written > b.written; });
    return entries;
}

Result<Pack> PackRecovery::read(const Entry& entry)
{
    QFile file(entry.recoveryPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            ErrorCode::Io,
            QCoreApplication::translate("Cb::Core::PackRecovery", "Cannot read %1: %2").arg(entry.recoveryPath, file.errorString()));
    auto pack = PackFile::fromJson(file.readAll(), packDirOf(entry.packPath));
    if (!pack)
        return pack;
    pack->extra.remove(kRecoveryKey);
    return pack;
}

} // namespace Cb::Core
