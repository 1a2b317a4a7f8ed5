#include "core/pack/packfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace Cb::Core {

namespace {

const QStringList kPackKeys = {QStringLiteral("format"), QStringLiteral("schema_version"),
                               QStringLiteral("title"), QStringLiteral("goal"),
                               QStringLiteral("created"), QStringLiteral("sections")};
const QStringList kSectionKeys = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("items")};
const QStringList kItemKeys = {QStringLiteral("id"),      QStringLiteral("kind"),   QStringLiteral("title"),
                               QStringLiteral("text"),    QStringLiteral("enabled"), QStringLiteral("tags"),
                               QStringLiteral("format"),  QStringLiteral("language"), QStringLiteral("source"),
                               QStringLiteral("notes")};
const QStringList kSourceKeys = {QStringLiteral("path"), QStringLiteral("modified"),
                                 QStringLiteral("sha256"), QStringLiteral("bytes")};

QJsonObject unknownFields(const QJsonObject& o, const QStringList& known)
{
    QJsonObject extra;
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            extra.insert(it.key(), it.value());
    return extra;
}

void mergeExtra(QJsonObject& o, const QJsonObject& extra)
{
    for (auto it = extra.begin(); it != extra.end(); ++it)
        if (!o.contains(it.key()))
            o.insert(it.key(), it.value());
}

QStringList toStringList(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& e : v.toArray())
        if (e.isString())
            out.append(e.toString());
    return out;
}

QString storedPath(const QString& absolute, const QString& packDir)
{
    if (absolute.isEmpty() || packDir.isEmpty())
        return absolute;
    const QString rel = QDir(packDir).relativeFilePath(absolute);
    // Keep paths that leave the pack's folder tree absolute: ../../.. chains are fragile.
    return rel.startsWith(QLatin1String("../../")) ? absolute : rel;
}

QString resolvedPath(const QString& stored, const QString& packDir)
{
    if (stored.isEmpty() || QDir::isAbsolutePath(stored) || packDir.isEmpty())
        return stored;
    return QDir::cleanPath(QDir(packDir).absoluteFilePath(stored));
}

Result<PackItem> itemFromJson(const QJsonObject& o, const QString& packDir, const QString& where)
{
    PackItem item;
    item.id = o.value(QStringLiteral("id")).toString();
    if (item.id.isEmpty())
        item.id = PackItem::newId();
    const QString kind = o.value(QStringLiteral("kind")).toString(QStringLiteral("note"));
    if (kind != QLatin1String("note") && kind != QLatin1String("document"))
        return fail(ErrorCode::Parse,
                    QCoreApplication::translate("Cb::Core::PackFile", "%1: unknown item kind \"%2\".")
                        .arg(where, kind));
    item.kind = kind == QLatin1String("document") ? PackItem::Kind::Document : PackItem::Kind::Note;
    if (!o.value(QStringLiteral("text")).isString())
        return fail(ErrorCode::Parse, QCoreApplication::translate("Cb::Core::PackFile", "%1 has no text.").arg(where));
    item.title = o.value(QStringLiteral("title")).toString();
    item.text = o.value(QStringLiteral("text")).toString();
    item.enabled = o.value(QStringLiteral("enabled")).toBool(true);
    item.tags = toStringList(o.value(QStringLiteral("tags")));
    item.format = o.value(QStringLiteral("format")).toString();
    item.language = o.value(QStringLiteral("language")).toString();
    item.notes = toStringList(o.value(QStringLiteral("notes")));
    const QJsonObject source = o.value(QStringLiteral("source")).toObject();
    item.sourcePath = resolvedPath(source.value(QStringLiteral("path")).toString(), packDir);
    item.sourceModified = QDateTime::fromString(source.value(QStringLiteral("modified")).toString(), Qt::ISODateWithMs);
    item.sourceSha256 = source.value(QStringLiteral("sha256")).toString();
    // A hand-edited or hostile file may hold any number; converting an out-of-range double to
    // an integer is undefined behaviour, so anything outside a plausible size reads as unknown.
    const double bytes = source.value(QStringLiteral("bytes")).toDouble();
    item.sourceBytes = bytes >= 0 && bytes < 9e15 ? qint64(bytes) : 0;
    item.extra = unknownFields(o, kItemKeys);
    item.sourceExtra = unknownFields(source, kSourceKeys);
    return item;
}

QJsonObject itemToJson(const PackItem& item, const QString& packDir)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), item.id);
    o.insert(QStringLiteral("kind"), item.isDocument() ? QStringLiteral("document") : QStringLiteral("note"));
    o.insert(QStringLiteral("title"), item.title);
    o.insert(QStringLiteral("enabled"), item.enabled);
    o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(item.tags));
    o.insert(QStringLiteral("format"), item.format);
    if (!item.language.isEmpty())
        o.insert(QStringLiteral("language"), item.language);
    if (!item.notes.isEmpty())
        o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(item.notes));
    if (item.isDocument() || !item.sourceExtra.isEmpty()) {
        QJsonObject source;
        source.insert(QStringLiteral("path"), storedPath(item.sourcePath, packDir));
        if (item.sourceModified.isValid())
            source.insert(QStringLiteral("modified"), item.sourceModified.toUTC().toString(Qt::ISODateWithMs));
        source.insert(QStringLiteral("sha256"), item.sourceSha256);
        source.insert(QStringLiteral("bytes"), double(item.sourceBytes));
        mergeExtra(source, item.sourceExtra);
        o.insert(QStringLiteral("source"), source);
    }
    o.insert(QStringLiteral("text"), item.text);
    mergeExtra(o, item.extra);
    return o;
}

} // namespace

Result<Pack> PackFile::fromJson(const QByteArray& json, const QString& packDir)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(ErrorCode::Parse,
                    QCoreApplication::translate("Cb::Core::PackFile", "Not a valid pack file: %1 at byte %2.")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    if (!doc.isObject())
        return fail(ErrorCode::Parse,
                    QCoreApplication::translate("Cb::Core::PackFile", "Not a valid pack file: the top level is not a JSON object."));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormatMarker)
        return fail(ErrorCode::Parse,
                    QCoreApplication::translate("Cb::Core::PackFile", "Not a ContextBench pack (no \"format\": \"%1\").")
                        .arg(kFormatMarker));
    const int version = root.value(QStringLiteral("schema_version")).toInt(-1);
    if (version < 1)
        return fail(ErrorCode::Parse,
                    QCoreApplication::translate("Cb::Core::PackFile", "The pack has no valid schema_version."));
    if (version > kSchemaVersion)
        return fail(ErrorCode::NewerSchema,
                    QCoreApplication::translate("Cb::Core::PackFile", "This pack was written by a newer ContextBench (pack format %1; this "
                       "version reads up to %2). It was not opened and will not be changed.")
                        .arg(version)
                        .arg(kSchemaVersion));

    Pack pack;
    pack.title = root.value(QStringLiteral("title")).toString();
    pack.goal = root.value(QStringLiteral("goal")).toString();
    pack.created = QDateTime::fromString(root.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    pack.extra = unknownFields(root, kPackKeys);
    const QJsonArray sections = root.value(QStringLiteral("sections")).toArray();
    for (int s = 0; s < sections.size(); ++s) {
        if (!sections[s].isObject())
            return fail(ErrorCode::Parse,
                        QCoreApplication::translate("Cb::Core::PackFile", "Section %1 is not an object.").arg(s + 1));
        const QJsonObject so = sections[s].toObject();
        PackSection section;
        section.id = so.value(QStringLiteral("id")).toString(PackItem::newId());
        section.name = so.value(QStringLiteral("name")).toString();
        section.extra = unknownFields(so, kSectionKeys);
        const QJsonArray items = so.value(QStringLiteral("items")).toArray();
        for (int i = 0; i < items.size(); ++i) {
            const QString where =
                QCoreApplication::translate("Cb::Core::PackFile", "Item %1 of section \"%2\"")
                    .arg(i + 1).arg(section.name);
            if (!items[i].isObject())
                return fail(ErrorCode::Parse,
                            QCoreApplication::translate("Cb::Core::PackFile", "%1 is not an object.").arg(where));
            auto item = itemFromJson(items[i].toObject(), packDir, where);
            if (!item)
                return fail(item.error());
            section.items.append(std::move(*item));
        }
        pack.sections.append(std::move(section));
    }
    return pack;
}

QByteArray PackFile::toJson(const Pack& pack, const QString& packDir)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormatMarker);
    root.insert(QStringLiteral("schema_version"), kSchemaVersion);
    root.insert(QStringLiteral("title"), pack.title);
    root.insert(QStringLiteral("goal"), pack.goal);
    if (pack.created.isValid())
        root.insert(QStringLiteral("created"), pack.created.toUTC().toString(Qt::ISODateWithMs));
    QJsonArray sections;
    for (const PackSection& s : pack.sections) {
        QJsonObject so;
        so.insert(QStringLiteral("id"), s.id);
        so.insert(QStringLiteral("name"), s.name);
        QJsonArray items;
        for (const PackItem& item : s.items)
            items.append(itemToJson(item, packDir));
        so.insert(QStringLiteral("items"), items);
        mergeExtra(so, s.extra);
        sections.append(so);
    }
    root.insert(QStringLiteral("sections"), sections);
    mergeExtra(root, pack.extra);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<Pack> PackFile::load(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("Cb::Core::PackFile", "The pack %1 does not exist.").arg(path));
    if (info.size() > kMaxFileBytes)
        return fail(ErrorCode::TooLarge,
                    QCoreApplication::translate("Cb::Core::PackFile", "The pack %1 is %2 MB; packs over %3 MB are refused.")
                        .arg(path)
                        .arg(info.size() / (1024 * 1024))
                        .arg(kMaxFileBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("Cb::Core::PackFile", "Cannot read %1: %2")
                        .arg(path, file.errorString()));
    auto pack = fromJson(file.readAll(), info.absolutePath());
    if (!pack)
        return fail(pack.error().code, QStringLiteral("%1: %2").arg(info.fileName(), pack.error().message));
    return pack;
}

VoidResult PackFile::save(const Pack& pack, const QString& path)
{
    const QFileInfo info(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("Cb::Core::PackFile", "Cannot write %1: %2")
                        .arg(path, file.errorString()));
    const QByteArray json = toJson(pack, info.absolutePath());
    if (file.write(json) != json.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("Cb::Core::PackFile", "Cannot write %1: %2").arg(path, why));
    }
    if (!file.commit())
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("Cb::Core::PackFile", "Cannot save %1: %2. The previous version is unchanged.")
                        .arg(path, file.errorString()));
    return {};
}

} // namespace Cb::Core
