#include "core/rating/ratingkitstore.h"

#include "core/history/database.h"
#include "core/history/sqlvalues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Cb::Core {

namespace {

using namespace SqlValues;

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char& c : raw)
        c = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

QString itemsJson(const QList<RatingKitItem>& items)
{
    QJsonArray array;
    for (const RatingKitItem& i : items)
        array.append(QJsonObject{{QStringLiteral("item"), i.item},
                                 {QStringLiteral("run_id"), i.runId},
                                 {QStringLiteral("left_call_id"), i.leftCallId},
                                 {QStringLiteral("right_call_id"), i.rightCallId}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<RatingKitItem> itemsFrom(const QString& json)
{
    QList<RatingKitItem> items;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        items.append({o.value(QStringLiteral("item")).toString(),
                      o.value(QStringLiteral("run_id")).toInteger(),
                      o.value(QStringLiteral("left_call_id")).toInteger(),
                      o.value(QStringLiteral("right_call_id")).toInteger()});
    }
    return items;
}

} // namespace

RatingKitStore::RatingKitStore(Database& database)
    : m_db(database)
{
}

Result<qint64> RatingKitStore::insert(RatingKitRecord& kit)
{
    if (kit.uuid.isEmpty())
        kit.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (kit.secret.isEmpty())
        kit.secret = randomHex(16);
    if (!kit.createdAt.isValid())
        kit.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO rating_kits (uuid, rater_id, run_id, experiment_id, seed, secret, items_json,"
                             " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(kit.uuid);
    q.addBindValue(kit.raterId);
    q.addBindValue(optionalId(kit.runId));
    q.addBindValue(optionalId(kit.experimentId));
    // SQLite integers are signed 64-bit: keep the seed's bits, read back through quint64.
    q.addBindValue(static_cast<qint64>(kit.seed));
    q.addBindValue(kit.secret);
    q.addBindValue(itemsJson(kit.items));
    q.addBindValue(isoTime(kit.createdAt));
    if (!q.exec())
        return fail(sqlError(
            QCoreApplication::translate("Cb::Core::RatingKitStore", "Cannot record the rating kit"),
            q));
    kit.id = q.lastInsertId().toLongLong();
    return kit.id;
}

Result<QList<RatingKitRecord>> RatingKitStore::select(const QString& where, const QVariant& bind)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT k.id, k.uuid, k.rater_id, r.name, k.run_id, k.experiment_id, k.seed, k.secret,"
                             " k.items_json, k.created_at, k.imported_sha256, k.imported_at"
                             " FROM rating_kits k JOIN raters r ON r.id = k.rater_id WHERE ") +
              where + QStringLiteral(" ORDER BY k.id"));
    q.addBindValue(bind);
    if (!q.exec())
        return fail(sqlError(
            QCoreApplication::translate("Cb::Core::RatingKitStore", "Cannot read rating kits"), q));
    QList<RatingKitRecord> out;
    while (q.next()) {
        RatingKitRecord kit;
        kit.id = q.value(0).toLongLong();
        kit.uuid = q.value(1).toString();
        kit.raterId = q.value(2).toLongLong();
        kit.raterName = q.value(3).toString();
        kit.runId = q.value(4).toLongLong();
        kit.experimentId = q.value(5).toLongLong();
        kit.seed = static_cast<quint64>(q.value(6).toLongLong());
        kit.secret = q.value(7).toString();
        kit.items = itemsFrom(q.value(8).toString());
        kit.createdAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
        kit.importedSha256 = q.value(10).toString();
        kit.importedAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
        out.append(kit);
    }
    return out;
}

Result<std::optional<RatingKitRecord>> RatingKitStore::findByUuid(const QString& uuid)
{
    auto kits = select(QStringLiteral("k.uuid = ?"), uuid);
    if (!kits)
        return fail(kits.error());
    if (kits->isEmpty())
        return std::optional<RatingKitRecord>();
    return std::optional<RatingKitRecord>(kits->first());
}

Result<QList<RatingKitRecord>> RatingKitStore::forRun(qint64 runId) { return select(QStringLiteral("k.run_id = ?"), runId); }

Result<QList<RatingKitRecord>> RatingKitStore::forExperiment(qint64 experimentId)
{
    return select(QStringLiteral("k.experiment_id = ?"), experimentId);
}

VoidResult RatingKitStore::markImported(qint64 kitId, const QString& sha256)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE rating_kits SET imported_sha256 = ?, imported_at = ? WHERE id = ?"));
    q.addBindValue(sha256);
    q.addBindValue(isoTime(QDateTime::currentDateTimeUtc()));
    q.addBindValue(kitId);
    if (!q.exec())
        return fail(sqlError(QCoreApplication::translate("Cb::Core::RatingKitStore",
                                                         "Cannot record the ratings import"),
                             q));
    return {};
}

} // namespace Cb::Core
