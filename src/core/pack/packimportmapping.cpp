#include "core/pack/packimportmapping.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Cb::Core {

namespace {
void copySnapshot(PackItem& item, const ImportedDocument& document)
{
    item.kind = PackItem::Kind::Document;
    item.text = document.text;
    item.format = document.format;
    item.language = document.language;
    item.sourcePath = document.sourcePath;
    item.sourceModified = document.modified;
    item.sourceSha256 = QString::fromLatin1(document.sha256);
    item.sourceBytes = document.sizeBytes;
    item.notes = document.notes;
}
} // namespace

PackItem PackImportMapping::itemFrom(const ImportedDocument& document)
{
    PackItem item;
    item.id = PackItem::newId();
    item.title =
        document.title.isEmpty() ? QFileInfo(document.sourcePath).fileName() : document.title;
    copySnapshot(item, document);
    return item;
}

QString PackImportMapping::sectionFor(const ImportedDocument& document)
{
    static const QStringList transcripts = {QStringLiteral("vtt"), QStringLiteral("srt"),
                                            QStringLiteral("transcript")};
    static const QStringList audio = {QStringLiteral("audio"), QStringLiteral("mp3"),
                                      QStringLiteral("m4a"),   QStringLiteral("wav"),
                                      QStringLiteral("ogg"),   QStringLiteral("opus"),
                                      QStringLiteral("flac"),  QStringLiteral("webm")};
    const QString format = document.format.toLower();
    if (transcripts.contains(format))
        return QStringLiteral("Meetings");
    if (audio.contains(format) || audio.contains(QFileInfo(document.sourcePath).suffix().toLower()))
        return QStringLiteral("Memos");
    if (format == QLatin1String("code"))
        return QStringLiteral("Code");
    return QStringLiteral("Documents");
}

QString PackImportMapping::sectionIn(const Pack& pack, const ImportedDocument& document)
{
    // The same words (and context) the window names a new pack's sections with.
    static const char* const names[] = {
        QT_TRANSLATE_NOOP("QObject", "Meetings"), QT_TRANSLATE_NOOP("QObject", "Memos"),
        QT_TRANSLATE_NOOP("QObject", "Code"), QT_TRANSLATE_NOOP("QObject", "Documents")};
    const QString english = sectionFor(document);
    QString shown = english;
    for (const char* name : names)
        if (english == QLatin1String(name))
            shown = QCoreApplication::translate("QObject", name);
    for (const QString& candidate : {english, shown}) {
        const int index = pack.sectionIndex(candidate);
        if (index >= 0)
            return pack.sections.at(index).name;
    }
    return shown;
}

PackItem PackImportMapping::refreshed(const PackItem& item, const ImportedDocument& document)
{
    PackItem updated = item;
    copySnapshot(updated, document);
    return updated;
}

} // namespace Cb::Core
