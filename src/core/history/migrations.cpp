#include "core/history/migrations.h"

#include "core/history/sqlvalues.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Cb::Core {

using SqlValues::sqlError;

namespace {

QList<Migration> buildMigrations()
{
    QList<Migration> list;
    list.append({1, "runs and calls",
                 {
                     QStringLiteral(
                         "CREATE TABLE runs ("
                         " id INTEGER PRIMARY KEY,"
                         " uuid TEXT NOT NULL UNIQUE,"
                         " created_at TEXT NOT NULL,"
                         " pack_title TEXT NOT NULL DEFAULT '',"
                         " pack_path TEXT NOT NULL DEFAULT '',"
                         " pack_hash TEXT NOT NULL DEFAULT '',"
                         " pack_goal TEXT NOT NULL DEFAULT '',"
                         " manifest_json TEXT NOT NULL DEFAULT '[]',"
                         " template_name TEXT NOT NULL DEFAULT '',"
                         " instructions TEXT NOT NULL DEFAULT '',"
                         " input TEXT NOT NULL DEFAULT '',"
                         " prompt_sha256 TEXT NOT NULL DEFAULT '',"
                         " catalog_version TEXT NOT NULL DEFAULT '',"
                         " settings_json TEXT NOT NULL DEFAULT '{}')"),
                     QStringLiteral(
                         "CREATE TABLE calls ("
                         " id INTEGER PRIMARY KEY,"
                         " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                         " provider TEXT NOT NULL,"
                         " model TEXT NOT NULL,"
                         " repeat_index INTEGER NOT NULL DEFAULT 0,"
                         " params_json TEXT NOT NULL DEFAULT '{}',"
                         " status TEXT NOT NULL,"
                         " partial INTEGER NOT NULL DEFAULT 0,"
                         " text TEXT NOT NULL DEFAULT '',"
                         " reasoning TEXT NOT NULL DEFAULT '',"
                         " usage_json TEXT NOT NULL DEFAULT '{}',"
                         " cost_usd REAL,"
                         " error_code TEXT NOT NULL DEFAULT '',"
                         " error_message TEXT NOT NULL DEFAULT '',"
                         " response_id TEXT NOT NULL DEFAULT '',"
                         " started_at TEXT NOT NULL DEFAULT '',"
                         " first_token_ms INTEGER,"
                         " total_ms INTEGER)"),
                     QStringLiteral("CREATE INDEX calls_by_run ON calls(run_id)"),
                     QStringLiteral("CREATE INDEX runs_by_date ON runs(created_at)"),
                 }});
    list.append({2, "votes, ratings and pass/fail judgements",
                 {
                     QStringLiteral(
                         "CREATE TABLE votes ("
                         " id INTEGER PRIMARY KEY,"
                         " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                         " left_call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,"
                         " right_call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,"
                         " outcome TEXT NOT NULL CHECK (outcome IN ('left','right','tie','both_bad')),"
                         " blind INTEGER NOT NULL DEFAULT 1,"
                         " created_at TEXT NOT NULL)"),
                     QStringLiteral("CREATE INDEX votes_by_run ON votes(run_id)"),
                     QStringLiteral("ALTER TABLE calls ADD COLUMN rating INTEGER"),
                     QStringLiteral("ALTER TABLE calls ADD COLUMN note TEXT NOT NULL DEFAULT ''"),
                     QStringLiteral("ALTER TABLE calls ADD COLUMN judgement TEXT NOT NULL DEFAULT ''"),
                     QStringLiteral("ALTER TABLE calls ADD COLUMN judgement_reason TEXT NOT NULL DEFAULT ''"),
                 }});
    list.append({3, "follow-ups under a call's answer",
                 {
                     QStringLiteral(
                         "CREATE TABLE follow_ups ("
                         " id INTEGER PRIMARY KEY,"
                         " call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,"
                         " position INTEGER NOT NULL,"
                         " message TEXT NOT NULL,"
                         " status TEXT NOT NULL,"
                         " partial INTEGER NOT NULL DEFAULT 0,"
                         " text TEXT NOT NULL DEFAULT '',"
                         " reasoning TEXT NOT NULL DEFAULT '',"
                         " usage_json TEXT NOT NULL DEFAULT '{}',"
                         " cost_usd REAL,"
                         " error_code TEXT NOT NULL DEFAULT '',"
                         " error_message TEXT NOT NULL DEFAULT '',"
                         " created_at TEXT NOT NULL,"
                         " started_at TEXT NOT NULL DEFAULT '',"
                         " first_token_ms INTEGER,"
                         " total_ms INTEGER,"
                         " UNIQUE (call_id, position))"),
                     QStringLiteral("CREATE INDEX follow_ups_by_call ON follow_ups(call_id)"),
                 }});
    // A ranking of 3+ outputs is one judgement, so it gets its own table rather than being
    // spread into implied rows of `votes` (which would fake left/right positions and make
    // every implied pair look like an independent vote). RankingVotes derives the statistics.
    list.append({4, "rankings of several outputs",
                 {
                     QStringLiteral(
                         "CREATE TABLE rankings ("
                         " id INTEGER PRIMARY KEY,"
                         " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                         " blind INTEGER NOT NULL DEFAULT 1,"
                         " created_at TEXT NOT NULL)"),
                     QStringLiteral(
                         "CREATE TABLE ranking_entries ("
                         " ranking_id INTEGER NOT NULL REFERENCES rankings(id) ON DELETE CASCADE,"
                         " call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,"
                         " position INTEGER NOT NULL,"
                         " rank INTEGER NOT NULL CHECK (rank >= 1),"
                         " PRIMARY KEY (ranking_id, call_id))"),
                     QStringLiteral("CREATE INDEX rankings_by_run ON rankings(run_id)"),
                 }});
    // A follow-up sent in OpenAI background mode keeps polling after a restart, as calls do.
    list.append({5, "follow-ups remember their background response",
                 {QStringLiteral("ALTER TABLE follow_ups ADD COLUMN response_id TEXT NOT NULL DEFAULT ''")}});
    // An experiment is cases × models × k. Each case is an ordinary run whose calls are
    // ordinary calls, so comparison, voting and export work on them unchanged; the tables
    // below only add what a study needs on top: its cases, and every provider batch the
    // moment it exists (with the calls it holds, by custom_id) so nothing is sent twice.
    list.append({6, "experiments and their provider batches",
                 {
                     QStringLiteral(
                         "CREATE TABLE experiments ("
                         " id INTEGER PRIMARY KEY,"
                         " uuid TEXT NOT NULL UNIQUE,"
                         " name TEXT NOT NULL,"
                         " created_at TEXT NOT NULL,"
                         " mode TEXT NOT NULL CHECK (mode IN ('live','batch')),"
                         " plan_json TEXT NOT NULL DEFAULT '{}',"
                         " status TEXT NOT NULL DEFAULT 'running')"),
                     QStringLiteral(
                         "CREATE TABLE experiment_cases ("
                         " id INTEGER PRIMARY KEY,"
                         " experiment_id INTEGER NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,"
                         " position INTEGER NOT NULL,"
                         " pack_path TEXT NOT NULL DEFAULT '',"
                         " pack_hash TEXT NOT NULL DEFAULT '',"
                         " goal TEXT NOT NULL DEFAULT '',"
                         " variables_json TEXT NOT NULL DEFAULT '{}',"
                         " run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,"
                         " UNIQUE (experiment_id, position))"),
                     QStringLiteral(
                         "CREATE TABLE experiment_batches ("
                         " id INTEGER PRIMARY KEY,"
                         " experiment_id INTEGER NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,"
                         " provider TEXT NOT NULL,"
                         " batch_id TEXT NOT NULL,"
                         " model TEXT NOT NULL DEFAULT '',"
                         " status TEXT NOT NULL,"
                         " custom_ids_json TEXT NOT NULL DEFAULT '[]',"
                         " created_at TEXT NOT NULL,"
                         " updated_at TEXT NOT NULL,"
                         " UNIQUE (provider, batch_id))"),
                     QStringLiteral("CREATE INDEX experiment_cases_by_run ON experiment_cases(run_id)"),
                     QStringLiteral("CREATE INDEX experiment_batches_by_experiment ON experiment_batches(experiment_id)"),
                     // Which batch holds a call, and under which custom_id; '' for live calls.
                     QStringLiteral("ALTER TABLE calls ADD COLUMN batch_custom_id TEXT NOT NULL DEFAULT ''"),
                 }});
    // A panel: votes and rankings say who cast them. NULL rater = the person at the keyboard.
    // A rating kit is one rater's blind HTML file; its items map opaque ids to call pairs, so
    // nothing in the file names a model. Votes brought back from a kit point at it, which makes
    // a second import of the same file replace rather than add.
    list.append({7, "raters, rating kits and who cast each vote",
                 {
                     QStringLiteral(
                         "CREATE TABLE raters ("
                         " id INTEGER PRIMARY KEY,"
                         " name TEXT NOT NULL,"
                         " kind TEXT NOT NULL DEFAULT 'human' CHECK (kind IN ('human','judge')),"
                         " created_at TEXT NOT NULL)"),
                     QStringLiteral(
                         "CREATE TABLE rating_kits ("
                         " id INTEGER PRIMARY KEY,"
                         " uuid TEXT NOT NULL UNIQUE,"
                         " rater_id INTEGER NOT NULL REFERENCES raters(id) ON DELETE CASCADE,"
                         " run_id INTEGER REFERENCES runs(id) ON DELETE CASCADE,"
                         " experiment_id INTEGER REFERENCES experiments(id) ON DELETE CASCADE,"
                         " seed INTEGER NOT NULL,"
                         " secret TEXT NOT NULL,"
                         " items_json TEXT NOT NULL DEFAULT '[]',"
                         " created_at TEXT NOT NULL,"
                         " imported_sha256 TEXT NOT NULL DEFAULT '',"
                         " imported_at TEXT NOT NULL DEFAULT '')"),
                     QStringLiteral("ALTER TABLE votes ADD COLUMN rater_id INTEGER REFERENCES raters(id) ON DELETE CASCADE"),
                     QStringLiteral("ALTER TABLE votes ADD COLUMN kit_id INTEGER REFERENCES rating_kits(id) ON DELETE CASCADE"),
                     QStringLiteral("ALTER TABLE votes ADD COLUMN comment TEXT NOT NULL DEFAULT ''"),
                     QStringLiteral("ALTER TABLE rankings ADD COLUMN rater_id INTEGER REFERENCES raters(id) ON DELETE CASCADE"),
                     QStringLiteral("ALTER TABLE rankings ADD COLUMN kit_id INTEGER REFERENCES rating_kits(id) ON DELETE CASCADE"),
                     QStringLiteral("ALTER TABLE rankings ADD COLUMN comment TEXT NOT NULL DEFAULT ''"),
                     QStringLiteral("CREATE INDEX votes_by_kit ON votes(kit_id)"),
                     QStringLiteral("CREATE INDEX rankings_by_kit ON rankings(kit_id)"),
                     QStringLiteral("CREATE INDEX rating_kits_by_run ON rating_kits(run_id)"),
                 }});
    // Every judgement a judge model gave, kept raw beside the one vote a consistent pair yields.
    // left/right is the pair as judged (left = "Answer A" in order 'ab'); order says which side
    // was shown as A. verdict is the judge's own word about A/B ('unparseable' when it gave none).
    list.append({8, "judge verdicts",
                 {
                     QStringLiteral(
                         "CREATE TABLE judge_verdicts ("
                         " id INTEGER PRIMARY KEY,"
                         " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                         " rater_id INTEGER NOT NULL REFERENCES raters(id) ON DELETE CASCADE,"
                         " left_call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,"
                         " right_call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,"
                         " \"order\" TEXT NOT NULL CHECK (\"order\" IN ('ab','ba')),"
                         " verdict TEXT NOT NULL"
                         " CHECK (verdict IN ('A','B','tie','both_bad','unparseable')),"
                         " reason TEXT NOT NULL DEFAULT '',"
                         " raw_text TEXT NOT NULL DEFAULT '',"
                         " cost_usd REAL,"
                         " created_at TEXT NOT NULL)"),
                     QStringLiteral("CREATE INDEX judge_verdicts_by_run ON judge_verdicts(run_id, rater_id)"),
                 }});
    // Tools mode (context on demand): each call says how it received the pack, and every
    // function call the model made is kept as it happens — what it asked for, how much came
    // back and which pack items that was — so the user can always see what the model saw.
    list.append({9, "context mode and the tool calls of each call",
                 {
                     QStringLiteral("ALTER TABLE calls ADD COLUMN context_mode TEXT NOT NULL DEFAULT 'full'"),
                     QStringLiteral(
                         "CREATE TABLE tool_calls ("
                         " id INTEGER PRIMARY KEY,"
                         " call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,"
                         " round INTEGER NOT NULL,"
                         " position INTEGER NOT NULL,"
                         " name TEXT NOT NULL,"
                         " arguments TEXT NOT NULL DEFAULT '',"
                         " result_bytes INTEGER NOT NULL DEFAULT 0,"
                         " result_tokens INTEGER NOT NULL DEFAULT 0,"
                         " is_error INTEGER NOT NULL DEFAULT 0,"
                         " summary TEXT NOT NULL DEFAULT '',"
                         " item_ids_json TEXT NOT NULL DEFAULT '[]',"
                         " created_at TEXT NOT NULL,"
                         " UNIQUE (call_id, round, position))"),
                     QStringLiteral("CREATE INDEX tool_calls_by_call ON tool_calls(call_id)"),
                 }});
    // Plans that show their sources: each answer's citations as CitationChecker found them when
    // the call finished (NULL: never checked), so history, exports and statistics need no pack.
    list.append({10, "the checked citations of each call",
                 {
                     QStringLiteral("ALTER TABLE calls ADD COLUMN citations_json TEXT"),
                 }});
    // Fused plans (issue 17): a fusion call recorded like a follow-up (status, partial text,
    // usage, cost, response id for resuming), with the plan it produced and, per section, the
    // answers it drew on.
    list.append({11, "fused plans and their lineage",
                 {
                     QStringLiteral("CREATE TABLE fusions ("
                                    " id INTEGER PRIMARY KEY,"
                                    " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                                    " mode TEXT NOT NULL,"
                                    " provider TEXT NOT NULL DEFAULT '',"
                                    " model TEXT NOT NULL DEFAULT '',"
                                    " params_json TEXT NOT NULL DEFAULT '{}',"
                                    " instructions TEXT NOT NULL DEFAULT '',"
                                    " input TEXT NOT NULL DEFAULT '',"
                                    " choices_json TEXT NOT NULL DEFAULT '[]',"
                                    " status TEXT NOT NULL,"
                                    " partial INTEGER NOT NULL DEFAULT 0,"
                                    " text TEXT NOT NULL DEFAULT '',"
                                    " reasoning TEXT NOT NULL DEFAULT '',"
                                    " usage_json TEXT NOT NULL DEFAULT '{}',"
                                    " cost_usd REAL,"
                                    " error_code TEXT NOT NULL DEFAULT '',"
                                    " error_message TEXT NOT NULL DEFAULT '',"
                                    " response_id TEXT NOT NULL DEFAULT '',"
                                    " created_at TEXT NOT NULL,"
                                    " started_at TEXT NOT NULL DEFAULT '',"
                                    " first_token_ms INTEGER,"
                                    " total_ms INTEGER,"
                                    " plan TEXT NOT NULL DEFAULT '',"
                                    " lineage_json TEXT NOT NULL DEFAULT '[]')"),
                     QStringLiteral("CREATE INDEX fusions_by_run ON fusions(run_id)"),
                 }});
    // Tool turns kept (issue 15): a tools-mode call's exchange as the provider sent it (model
    // turns verbatim with their thinking signatures, tool calls and results), so a follow-up
    // continues with the real turns and a restart can continue from the last complete round;
    // and follow-ups get their citations checked like first answers. NULL: not recorded.
    // Ask first's calls too, with their cost: they belong to no run (asks).
    list.append({12, "conversations with tool turns, citations of follow-ups, ask-first calls",
                 {
                     QStringLiteral("ALTER TABLE calls ADD COLUMN conversation_json TEXT"),
                     QStringLiteral("ALTER TABLE follow_ups ADD COLUMN conversation_json TEXT"),
                     QStringLiteral("ALTER TABLE follow_ups ADD COLUMN citations_json TEXT"),
                     QStringLiteral("CREATE TABLE asks ("
                                    " id INTEGER PRIMARY KEY,"
                                    " pack_title TEXT NOT NULL DEFAULT '',"
                                    " pack_path TEXT NOT NULL DEFAULT '',"
                                    " provider TEXT NOT NULL DEFAULT '',"
                                    " model TEXT NOT NULL DEFAULT '',"
                                    " questions INTEGER NOT NULL DEFAULT 0,"
                                    " rounds INTEGER NOT NULL DEFAULT 0,"
                                    " usage_json TEXT NOT NULL DEFAULT '{}',"
                                    " cost_usd REAL,"
                                    " created_at TEXT NOT NULL)"),
                 }});
    // What an experiment case's run is built from (its assembled prompt and pack identity), kept
    // from the moment the case is recorded until its run is: quitting while a big experiment's
    // runs are still being recorded loses no case, the next start records the rest from here.
    // NULL once the case's run exists (or for cases recorded before this version).
    list.append({13, "the prompt of each experiment case until its run is recorded",
                 {
                     QStringLiteral("ALTER TABLE experiment_cases ADD COLUMN input_json TEXT"),
                 }});
    return list;
}

} // namespace

const QList<Migration>& Migrations::all()
{
    static const QList<Migration> migrations = buildMigrations();
    return migrations;
}

int Migrations::latestVersion() { return all().last().version; }

Result<int> Migrations::currentVersion(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return fail(sqlError(QCoreApplication::translate("Cb::Core::Migrations",
                                                         "Could not read the schema version"),
                             q.lastError()));
    return q.value(0).toInt();
}

VoidResult Migrations::upgrade(QSqlDatabase& db, int target)
{
    auto current = currentVersion(db);
    if (!current)
        return fail(current.error());
    for (const Migration& m : all()) {
        if (m.version <= *current || m.version > target)
            continue;
        if (!db.transaction())
            return fail(sqlError(
                QCoreApplication::translate("Cb::Core::Migrations", "Could not start a migration"),
                db.lastError()));
        QSqlQuery q(db);
        for (const QString& statement : m.statements) {
            if (!q.exec(statement)) {
                const Error error =
                    sqlError(QCoreApplication::translate("Cb::Core::Migrations",
                                                         "Schema migration %1 (%2) failed")
                                 .arg(m.version)
                                 .arg(QString::fromLatin1(m.description)),
                             q.lastError());
                db.rollback();
                return fail(error);
            }
        }
        // PRAGMA takes no bound parameters; the version is our own integer.
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)) || !db.commit()) {
            db.rollback();
            return fail(sqlError(QCoreApplication::translate("Cb::Core::Migrations",
                                                             "Could not record schema version"),
                                 db.lastError()));
        }
    }
    return {};
}

} // namespace Cb::Core
