#include "core/rating/ratingsimporter.h"

#include "core/history/database.h"
#include "core/history/sqlvalues.h"
#include "core/history/runrecord.h"
#include "core/rating/ratingkitstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Cb::Core {

namespace {

using namespace SqlValues;

QString fileName(const RatingsFile& file)
{
    return file.path.isEmpty()
               ? QCoreApplication::translate("Cb::Core::RatingsImporter", "the ratings file")
               : QFileInfo(file.path).fileName();
}

} // namespace

QString RatingsImportResult::summary() const
{
    const QString who = QCoreApplication::translate("Cb::Core::RatingsImporter", "%1 (kit %2)")
                            .arg(raterName, kitUuid.left(8));
    if (alreadyImported)
        return QCoreApplication::translate("Cb::Core::RatingsImporter", "%1: already imported, %2 vote(s) unchanged").arg(who).arg(unchanged);
    if (replaced > 0)
        return QCoreApplication::translate("Cb::Core::RatingsImporter", "%1: %2 vote(s) added, replacing %3 from an earlier file").arg(who).arg(added).arg(replaced);
    return QCoreApplication::translate("Cb::Core::RatingsImporter", "%1: %2 vote(s) added")
        .arg(who)
        .arg(added);
}

// One checked file: its kit, the votes it brings and how many the kit holds now.
struct RatingsImporter::Plan
{
    RatingsFile file;
    RatingKitRecord kit;
    QList<VoteRecord> votes;
    int existing = 0;
};

RatingsImporter::RatingsImporter(Database& database)
    : m_db(database)
{
}

Result<RatingsImporter::Plan> RatingsImporter::check(const RatingsFile& file)
{
    auto found = RatingKitStore(m_db).findByUuid(file.kitUuid);
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("Cb::Core::RatingsImporter", "it belongs to rating kit %1, which this history does not have: the kit was made in "
                                   "another history, or its run or experiment may have been deleted")
                        .arg(file.kitUuid));
    Plan plan{file, **found, {}, 0};
    const RatingKitRecord& kit = plan.kit;
    if (RatingsIntegrity::code(kit.secret, file.kitUuid, file.rater, file.answers) != file.integrity)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Cb::Core::RatingsImporter", "its integrity code does not match kit %1: an answer, comment or name was changed "
                                   "after the file was saved, or the file was not made by this kit")
                        .arg(file.kitUuid));

    QHash<QString, RatingKitItem> items;
    for (const RatingKitItem& item : kit.items)
        items.insert(item.item, item);
    // The calls the answers point at that still exist, to refuse answers whose run is gone.
    QSet<qint64> calls;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM calls WHERE id = ?"));
    for (const RatingAnswer& answer : file.answers) {
        const RatingKitItem item = items.value(answer.item);
        for (qint64 id : {item.leftCallId, item.rightCallId}) {
            if (id <= 0 || calls.contains(id))
                continue;
            q.addBindValue(id);
            if (!q.exec())
                return fail(
                    sqlError(QCoreApplication::translate("Cb::Core::RatingsImporter",
                                                         "Cannot look up the kit's answers"),
                             q));
            if (q.next())
                calls.insert(id);
        }
    }

    const QDateTime when = file.savedAt.isValid() ? file.savedAt.toUTC() : QDateTime::currentDateTimeUtc();
    for (const RatingAnswer& answer : file.answers) {
        const auto it = items.constFind(answer.item);
        if (it == items.constEnd())
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("Cb::Core::RatingsImporter", "item '%1' is not a question of kit %2")
                            .arg(answer.item, kit.uuid));
        if (!calls.contains(it->leftCallId) || !calls.contains(it->rightCallId))
            return fail(ErrorCode::NotFound,
                        QCoreApplication::translate("Cb::Core::RatingsImporter", "the answers behind item '%1' (run %2) are no longer in the "
                                                            "history: their run may have been deleted")
                                                 .arg(answer.item)
                                                 .arg(it->runId));
        VoteRecord vote;
        vote.runId = it->runId;
        vote.leftCallId = it->leftCallId;
        vote.rightCallId = it->rightCallId;
        vote.outcome = RatingsFile::outcomeFor(answer.verdict);
        vote.blind = true;
        vote.createdAt = when;
        vote.raterId = kit.raterId;
        vote.kitId = kit.id;
        vote.comment = answer.comment;
        plan.votes.append(vote);
    }

    // The kit's votes so far. A kit's page only adds or changes answers, never forgets one, so
    // a different file lacking an answer imported before comes from another (or a cleared)
    // browser: replacing with it would lose votes.
    QSet<std::pair<qint64, qint64>> answered;
    for (const VoteRecord& v : plan.votes)
        answered.insert({v.leftCallId, v.rightCallId});
    QSqlQuery earlier(m_db.connection());
    earlier.prepare(QStringLiteral("SELECT left_call_id, right_call_id FROM votes WHERE kit_id = ?"));
    earlier.addBindValue(kit.id);
    if (!earlier.exec())
        return fail(sqlError(
            QCoreApplication::translate("Cb::Core::RatingsImporter", "Cannot read the kit's votes"),
            earlier));
    int lost = 0;
    while (earlier.next()) {
        ++plan.existing;
        lost += answered.contains({earlier.value(0).toLongLong(), earlier.value(1).toLongLong()}) ? 0 : 1;
    }
    if (lost > 0 && kit.importedSha256 != file.sha256)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Cb::Core::RatingsImporter", "it lacks %1 of the %2 answer(s) imported from this kit on %3, so it would lose them: "
                                   "it was probably saved from another browser, or one whose storage was cleared; ask "
                                   "the rater for the file with all their answers")
                        .arg(lost)
                        .arg(plan.existing)
                        .arg(kit.importedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))));
    return plan;
}

Result<QList<RatingsImportResult>> RatingsImporter::importFiles(const QStringList& paths)
{
    QList<RatingsFile> files;
    QStringList refused;
    for (const QString& path : paths) {
        auto file = RatingsFile::read(path);
        if (file)
            files.append(*file);
        else
            refused << file.error().message;
    }
    if (!refused.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Cb::Core::RatingsImporter", "Nothing was imported.\n") + refused.join(QLatin1Char('\n')));
    return importParsed(files);
}

Result<QList<RatingsImportResult>> RatingsImporter::importParsed(const QList<RatingsFile>& files)
{
    if (files.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Cb::Core::RatingsImporter", "No ratings file was given."));
    QList<Plan> plans;
    QStringList refused;
    QHash<QString, const RatingsFile*> byKit;
    for (const RatingsFile& file : files) {
        auto plan = check(file);
        if (!plan) {
            refused << fileName(file) + QStringLiteral(": ") + plan.error().message;
            continue;
        }
        // Checked first, so a bad file is refused for what is wrong with it.
        if (const RatingsFile* other = byKit.value(file.kitUuid); other && other->sha256 != file.sha256) {
            refused <<
                QCoreApplication::translate("Cb::Core::RatingsImporter", "%1: %2 is another ratings file for the same kit; import only the one you mean")
                    .arg(fileName(file), fileName(*other));
            continue;
        }
        byKit.insert(file.kitUuid, &file);
        plans.append(*plan);
    }
    if (!refused.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Cb::Core::RatingsImporter", "Nothing was imported.\n") + refused.join(QLatin1Char('\n')));

    QList<RatingsImportResult> results;
    if (auto written = write(plans, results); !written)
        return fail(written.error());
    return results;
}

VoidResult RatingsImporter::write(const QList<Plan>& plans, QList<RatingsImportResult>& results)
{
    QSqlDatabase& db = m_db.connection();
    if (!db.transaction())
        return fail(sqlError(
            QCoreApplication::translate("Cb::Core::RatingsImporter", "Cannot start a transaction"),
            db.lastError()));
    const auto abort = [&db](Error error) {
        db.rollback();
        return fail(ErrorCode::Database, QCoreApplication::translate("Cb::Core::RatingsImporter", "Nothing was imported: ") + error.message);
    };
    QSet<qint64> done; // the same file twice in one import is written once
    RatingKitStore kits(m_db);
    for (const Plan& plan : plans) {
        RatingsImportResult r;
        r.path = plan.file.path;
        r.kitUuid = plan.kit.uuid;
        r.kitId = plan.kit.id;
        r.raterId = plan.kit.raterId;
        r.raterName = plan.kit.raterName;
        r.runId = plan.kit.runId;
        r.experimentId = plan.kit.experimentId;
        for (const VoteRecord& v : plan.votes)
            if (!r.runIds.contains(v.runId))
                r.runIds.append(v.runId);
        if (done.contains(plan.kit.id) || plan.kit.importedSha256 == plan.file.sha256) {
            r.alreadyImported = true;
            r.unchanged = done.contains(plan.kit.id) ? int(plan.votes.size()) : plan.existing;
            results.append(r);
            continue;
        }
        done.insert(plan.kit.id);
        QSqlQuery del(db);
        del.prepare(QStringLiteral("DELETE FROM votes WHERE kit_id = ?"));
        del.addBindValue(plan.kit.id);
        if (!del.exec())
            return abort(
                sqlError(QCoreApplication::translate("Cb::Core::RatingsImporter",
                                                     "Cannot remove the kit's earlier votes"),
                         del));
        r.replaced = del.numRowsAffected();
        QSqlQuery ins(db);
        ins.prepare(QStringLiteral("INSERT INTO votes (run_id, left_call_id, right_call_id, outcome, blind, created_at,"
                                   " rater_id, kit_id, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const VoteRecord& v : plan.votes) {
            for (const QVariant& value : {QVariant(v.runId), QVariant(v.leftCallId), QVariant(v.rightCallId),
                                          QVariant(v.outcome), QVariant(v.blind),
                                          QVariant(v.createdAt.toString(Qt::ISODateWithMs)), QVariant(v.raterId),
                                          QVariant(v.kitId), QVariant(v.comment.isNull() ? QStringLiteral("") : v.comment)})
                ins.addBindValue(value);
            if (!ins.exec())
                return abort(sqlError(
                    QCoreApplication::translate("Cb::Core::RatingsImporter", "Cannot save a vote"),
                    ins));
            ++r.added;
        }
        if (auto marked = kits.markImported(plan.kit.id, plan.file.sha256); !marked)
            return abort(marked.error());
        results.append(r);
    }
    if (!db.commit())
        return abort(Error(ErrorCode::Database, db.lastError().text()));
    return {};
}

} // namespace Cb::Core
