#include "core/history/fusionstore.h"

#include "core/history/database.h"
#include "core/history/sqlvalues.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Cb::Core {

namespace {

using namespace SqlValues;

FusionRecord fusionFrom(const QSqlQuery& q)
{
    const QSqlRecord r = q.record();
    auto v = [&](const char* name) { return q.value(r.indexOf(QString::fromLatin1(name))); };
    FusionRecord f;
    f.id = v("id").toLongLong();
    f.runId = v("run_id").toLongLong();
    f.mode = v("mode").toString();
    f.provider = v("provider").toString();
    f.model = v("model").toString();
    f.params = QJsonDocument::fromJson(v("params_json").toString().toUtf8()).object();
    f.instructions = v("instructions").toString();
    f.input = v("input").toString();
    f.choices = QJsonDocument::fromJson(v("choices_json").toString().toUtf8()).array();
    f.status = callStatusFromName(v("status").toString());
    f.partial = v("partial").toBool();
    f.text = v("text").toString();
    f.reasoning = v("reasoning").toString();
    f.usage = QJsonDocument::fromJson(v("usage_json").toString().toUtf8()).object();
    if (!v("cost_usd").isNull())
        f.costUsd = v("cost_usd").toDouble();
    f.errorCode = v("error_code").toString();
    f.errorMessage = v("error_message").toString();
    f.responseId = v("response_id").toString();
    f.createdAt = fromIso(v("created_at"));
    f.startedAt = fromIso(v("started_at"));
    if (!v("first_token_ms").isNull())
        f.firstTokenMs = v("first_token_ms").toLongLong();
    if (!v("total_ms").isNull())
        f.totalMs = v("total_ms").toLongLong();
    f.plan = v("plan").toString();
    f.sections = FusionStore::lineageFrom(QJsonDocument::fromJson(v("lineage_json").toString().toUtf8()).array());
    return f;
}

} // namespace

QJsonArray FusionStore::lineageJson(const QList<FusionSection>& sections)
{
    QJsonArray out;
    for (const FusionSection& s : sections) {
        QJsonArray sources;
        for (qint64 id : s.sources)
            sources.append(id);
        out.append(QJsonObject{{QStringLiteral("title"), s.title},
                               {QStringLiteral("level"), s.level},
                               {QStringLiteral("sources"), sources},
                               {QStringLiteral("merged_by"), s.mergedBy}});
    }
    return out;
}

QList<FusionSection> FusionStore::lineageFrom(const QJsonArray& array)
{
    QList<FusionSection> out;
    for (const QJsonValue& value : array) {
        const QJsonObject o = value.toObject();
        FusionSection s;
        s.title = o.value(QStringLiteral("title")).toString();
        s.level = o.value(QStringLiteral("level")).toInt();
        for (const QJsonValue& id : o.value(QStringLiteral("sources")).toArray())
            s.sources.append(id.toInteger());
        s.mergedBy = o.value(QStringLiteral("merged_by")).toString();
        out.append(s);
    }
    return out;
}

Result<qint64> FusionStore::insert(FusionRecord& f)
{
    if (!f.createdAt.isValid())
        f.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO fusions (run_id, mode, provider, model, params_json, instructions, input,"
                             " choices_json, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value :
         {QVariant(f.runId), text(f.mode), text(f.provider), text(f.model), QVariant(toJson(f.params)),
          text(f.instructions), text(f.input), QVariant(toJson(f.choices)),
          QVariant(callStatusName(f.status)), text(isoTime(f.createdAt))})
        q.addBindValue(value);
    if (!q.exec())
        return fail(sqlError(
            QCoreApplication::translate("Cb::Core::FusionStore", "Cannot record the fusion"), q));
    f.id = q.lastInsertId().toLongLong();
    if (auto updated = update(f); !updated)
        return fail(updated.error());
    return f.id;
}

VoidResult FusionStore::update(const FusionRecord& f)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE fusions SET %1, plan = ?, lineage_json = ? WHERE id = ?")
                  .arg(QLatin1String(kOutcomeColumns)));
    for (const QVariant& value :
         outcomeValues(f) + QVariantList{text(f.plan), QVariant(toJson(lineageJson(f.sections))), QVariant(f.id)})
        q.addBindValue(value);
    if (!q.exec())
        return fail(sqlError(QCoreApplication::translate("Cb::Core::FusionStore",
                                                         "Cannot record the fusion's progress"),
                             q));
    return {};
}

Result<QList<FusionRecord>> FusionStore::ofRun(qint64 runId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT * FROM fusions WHERE run_id = ? ORDER BY id"));
    q.addBindValue(runId);
    if (!q.exec())
        return fail(sqlError(QCoreApplication::translate("Cb::Core::FusionStore",
                                                         "Cannot read the run's fused plans"),
                             q));
    QList<FusionRecord> out;
    while (q.next())
        out.append(fusionFrom(q));
    return out;
}

} // namespace Cb::Core
