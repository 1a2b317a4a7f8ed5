#include "core/rating/ratingsfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Cb::Core {

namespace {

constexpr qint64 kMaxBytes = 32 * 1024 * 1024;
const QString kFormat = QStringLiteral("contextbench-ratings");

tl::unexpected<Error> invalid(const QString& message) { return fail(ErrorCode::InvalidInput, message); }

// A required string field; an error naming it when absent or not a string.
Result<QString> stringField(const QJsonObject& o, const QString& name, const QString& where)
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined() || v.isNull())
        return invalid(QCoreApplication::translate("Cb::Core::RatingsFile", "%1 has no \"%2\" field").arg(where, name));
    if (!v.isString())
        return invalid(QCoreApplication::translate("Cb::Core::RatingsFile", "%1 has a \"%2\" that is not text").arg(where, name));
    return v.toString();
}

} // namespace

QString RatingsFile::outcomeFor(const QString& verdict)
{
    if (verdict == QLatin1String("a"))
        return QStringLiteral("left");
    if (verdict == QLatin1String("b"))
        return QStringLiteral("right");
    if (verdict == QLatin1String("tie") || verdict == QLatin1String("both_bad"))
        return verdict;
    return {};
}

Result<RatingsFile> RatingsFile::parse(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(ErrorCode::Parse,
                    QCoreApplication::translate("Cb::Core::RatingsFile", "it is not JSON (%1 at byte %2)")
                        .arg(error.errorString()).arg(error.offset));
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QStringLiteral("format")).toString() != kFormat)
        return invalid(
            QCoreApplication::translate("Cb::Core::RatingsFile", "it is not a ContextBench ratings file (no \"format\": \"%1\")")
                .arg(kFormat));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (version.isUndefined())
        return invalid(QCoreApplication::translate("Cb::Core::RatingsFile",
                                                   "the ratings file has no \"version\" field"));
    if (!version.isDouble())
        return invalid(QCoreApplication::translate(
            "Cb::Core::RatingsFile", "the ratings file's \"version\" is not a number"));
    if (version.toDouble() != kVersion)
        return fail(ErrorCode::Unsupported,
                    QCoreApplication::translate("Cb::Core::RatingsFile", "it is a ratings file of version %1, which this ContextBench does not read (it reads "
                                   "version %2); a newer ContextBench may")
                        .arg(version.toDouble())
                        .arg(kVersion));

    RatingsFile file;
    const QString top = QCoreApplication::translate("Cb::Core::RatingsFile", "the ratings file");
    auto kit = stringField(root, QStringLiteral("kit"), top);
    if (!kit)
        return fail(kit.error());
    if (kit->trimmed().isEmpty())
        return invalid(QCoreApplication::translate("Cb::Core::RatingsFile",
                                                   "the ratings file's \"kit\" is empty"));
    file.kitUuid = *kit;
    auto rater = stringField(root, QStringLiteral("rater"), top);
    if (!rater)
        return fail(rater.error());
    file.rater = *rater;
    auto integrity = stringField(root, QStringLiteral("integrity"), top);
    if (!integrity)
        return fail(integrity.error());
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-fA-F]{64}$"));
    if (!hex64.match(*integrity).hasMatch())
        return invalid(QCoreApplication::translate(
            "Cb::Core::RatingsFile",
            "the ratings file's \"integrity\" is not 64 hexadecimal characters"));
    file.integrity = integrity->toLower();
    file.savedAt = QDateTime::fromString(root.value(QStringLiteral("saved_at")).toString(), Qt::ISODateWithMs);

    const QJsonValue answers = root.value(QStringLiteral("answers"));
    if (answers.isUndefined())
        return invalid(QCoreApplication::translate("Cb::Core::RatingsFile",
                                                   "the ratings file has no \"answers\" field"));
    if (!answers.isArray())
        return invalid(QCoreApplication::translate("Cb::Core::RatingsFile",
                                                   "the ratings file's \"answers\" is not a list"));
    QHash<QString, int> seen; // item → 1-based answer number
    int number = 0;
    for (const QJsonValue& value : answers.toArray()) {
        ++number;
        const QString where =
            QCoreApplication::translate("Cb::Core::RatingsFile", "answer %1").arg(number);
        if (!value.isObject())
            return invalid(
                QCoreApplication::translate("Cb::Core::RatingsFile", "%1 is not an object")
                    .arg(where));
        const QJsonObject o = value.toObject();
        RatingAnswer answer;
        auto item = stringField(o, QStringLiteral("item"), where);
        if (!item)
            return fail(item.error());
        if (item->isEmpty())
            return invalid(
                QCoreApplication::translate("Cb::Core::RatingsFile", "%1 has an empty \"item\"")
                    .arg(where));
        answer.item = *item;
        auto verdict = stringField(o, QStringLiteral("verdict"), where);
        if (!verdict)
            return fail(verdict.error());
        if (outcomeFor(*verdict).isEmpty())
            return invalid(QCoreApplication::translate("Cb::Core::RatingsFile", "%1 (item '%2') has the unknown verdict '%3' (expected a, b, tie or both_bad)")
                               .arg(where, answer.item, *verdict));
        answer.verdict = *verdict;
        const QJsonValue comment = o.value(QStringLiteral("comment"));
        if (!comment.isUndefined() && !comment.isNull() && !comment.isString())
            return invalid(QCoreApplication::translate("Cb::Core::RatingsFile",
                                                       "%1 has a \"comment\" that is not text")
                               .arg(where));
        answer.comment = comment.toString();
        if (const int earlier = seen.value(answer.item); earlier > 0)
            return invalid(QCoreApplication::translate("Cb::Core::RatingsFile",
                                                       "answers %1 and %2 are both for item '%3'")
                               .arg(earlier)
                               .arg(number)
                               .arg(answer.item));
        seen.insert(answer.item, number);
        file.answers.append(answer);
    }
    file.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return file;
}

Result<RatingsFile> RatingsFile::read(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("Cb::Core::RatingsFile", "%1: cannot be read (%2)")
                        .arg(name, f.errorString()));
    if (f.size() > kMaxBytes)
        return fail(ErrorCode::TooLarge,
                    QCoreApplication::translate("Cb::Core::RatingsFile", "%1: is %2 MiB, too large for a ratings file")
                        .arg(name).arg(f.size() / (1024 * 1024)));
    auto file = parse(f.readAll());
    if (!file)
        return fail(file.error().code, name + QStringLiteral(": ") + file.error().message);
    file->path = path;
    return file;
}

bool RatingsFile::looksLikeRatingsFile(const QString& path)
{
    QFile f(path);
    if (f.size() > kMaxBytes || !f.open(QIODevice::ReadOnly))
        return false;
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("format")).toString() == kFormat;
}

} // namespace Cb::Core
