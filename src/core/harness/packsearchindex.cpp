#include "core/harness/packsearchindex.h"

#include "core/harness/packcorpus.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace Cb::Core {

namespace {

constexpr int kSnippetContext = 60; // characters either side of a substring match

Error sqlError(const QString& what, const QSqlError& e)
{
    return Error(ErrorCode::Database, QStringLiteral("Pack search: %1: %2").arg(what, e.text()));
}

QString quotedTerm(QString word)
{
    word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + word + QLatin1Char('"');
}

QString likePattern(QString word)
{
    word.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    word.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    word.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + word + QLatin1Char('%');
}

// A window around the first match, the match marked, line breaks flattened.
QString substringSnippet(const QString& text, const QString& needle)
{
    const qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive);
    if (at < 0)
        return text.left(2 * kSnippetContext).simplified();
    const qsizetype from = qMax<qsizetype>(0, at - kSnippetContext);
    const qsizetype end = qMin(text.size(), at + needle.size() + kSnippetContext);
    QString s = (from > 0 ? QStringLiteral("…") : QString()) + text.mid(from, at - from) + QStringLiteral("«") +
                text.mid(at, needle.size()) + QStringLiteral("»") + text.mid(at + needle.size(), end - at - needle.size()) +
                (end < text.size() ? QStringLiteral("…") : QString());
    return s.simplified();
}

} // namespace

PackSearchIndex::~PackSearchIndex()
{
    QMutexLocker lock(&m_mutex);
    // The last owner may be any thread: removeDatabase closes each connection without asking
    // the thread that opened it (QSqlDatabase::database() would warn from elsewhere).
    for (const QString& name : std::as_const(m_connections))
        QSqlDatabase::removeDatabase(name);
}

Result<std::shared_ptr<PackSearchIndex>> PackSearchIndex::build(const PackCorpus& corpus)
{
    std::shared_ptr<PackSearchIndex> index(new PackSearchIndex);
    if (!index->m_dir.isValid())
        return fail(ErrorCode::Io, QStringLiteral("Pack search: no temporary folder for the index: %1")
                                       .arg(index->m_dir.errorString()));
    index->m_path = index->m_dir.filePath(QStringLiteral("search.sqlite"));
    index->m_name = QStringLiteral("cb-pack-search-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString buildName = index->m_name + QStringLiteral("-build");
    std::optional<Error> error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), buildName);
        db.setDatabaseName(index->m_path);
        if (!db.open()) {
            error = sqlError(QStringLiteral("cannot open the index"), db.lastError());
        } else {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA journal_mode=OFF"));
            q.exec(QStringLiteral("PRAGMA synchronous=OFF"));
            if (!q.exec(QStringLiteral("CREATE VIRTUAL TABLE items USING fts5(short_id UNINDEXED, title, "
                                       "section UNINDEXED, text, tokenize='trigram')")))
                error = sqlError(QStringLiteral("this SQLite has no FTS5 trigram tokenizer"), q.lastError());
            else {
                db.transaction();
                QSqlQuery insert(db);
                insert.prepare(QStringLiteral("INSERT INTO items(short_id, title, section, text) VALUES (?, ?, ?, ?)"));
                for (const CorpusItem& item : corpus.items) {
                    insert.addBindValue(item.shortId);
                    insert.addBindValue(item.title);
                    insert.addBindValue(item.section);
                    insert.addBindValue(item.text);
                    if (!insert.exec()) {
                        error = sqlError(QStringLiteral("cannot index “%1”").arg(item.title), insert.lastError());
                        break;
                    }
                }
                if (error)
                    db.rollback();
                else if (!db.commit())
                    error = sqlError(QStringLiteral("cannot write the index"), db.lastError());
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(buildName);
    if (error)
        return fail(*error);
    return index;
}

QFuture<Result<std::shared_ptr<PackSearchIndex>>> PackSearchIndex::buildAsync(std::shared_ptr<const PackCorpus> corpus)
{
    return QtConcurrent::run([corpus] { return build(*corpus); });
}

Result<QString> PackSearchIndex::connectionForThisThread() const
{
    QMutexLocker lock(&m_mutex);
    const void* thread = QThread::currentThread();
    if (const auto it = m_connections.constFind(thread); it != m_connections.cend())
        return *it;
    const QString name = m_name + QLatin1Char('-') + QString::number(m_connections.size());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        const Error e = sqlError(QStringLiteral("cannot open the index"), db.lastError());
        db = {};
        QSqlDatabase::removeDatabase(name);
        return fail(e);
    }
    m_connections.insert(thread, name);
    return name;
}

Result<QList<SearchHit>> PackSearchIndex::search(const QString& query, int limit) const
{
    const QStringList words = query.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The search query is empty."));
    auto connection = connectionForThisThread();
    if (!connection)
        return fail(connection.error());
    QStringList indexable;
    for (const QString& w : words)
        if (w.size() >= 3)
            indexable << w;
    if (indexable.isEmpty())
        return substringSearch(*connection, query.simplified(), limit);
    auto hits = matchSearch(*connection, indexable, true, limit);
    if (hits && hits->isEmpty() && indexable.size() > 1)
        return matchSearch(*connection, indexable, false, limit);
    return hits;
}

Result<QList<SearchHit>> PackSearchIndex::matchSearch(const QString& connection, const QStringList& words, bool all,
                                                      int limit) const
{
    QStringList terms;
    for (const QString& w : words)
        terms << quotedTerm(w);
    QSqlQuery q(QSqlDatabase::database(connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT short_id, title, section, snippet(items, -1, '«', '»', '…', 24), bm25(items) "
                             "FROM items WHERE items MATCH ? ORDER BY bm25(items) LIMIT ?"));
    q.addBindValue(terms.join(all ? QStringLiteral(" AND ") : QStringLiteral(" OR ")));
    q.addBindValue(limit);
    if (!q.exec())
        return fail(sqlError(QStringLiteral("search failed"), q.lastError()));
    QList<SearchHit> hits;
    while (q.next())
        hits.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString().simplified(), q.value(4).toDouble()});
    return hits;
}

Result<QList<SearchHit>> PackSearchIndex::substringSearch(const QString& connection, const QString& needle,
                                                          int limit) const
{
    // Trigrams cannot serve words under three characters: scan, in pack (insertion) order.
    QSqlQuery q(QSqlDatabase::database(connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT short_id, title, section, text FROM items "
                             "WHERE text LIKE ? ESCAPE '\\' OR title LIKE ? ESCAPE '\\' ORDER BY rowid LIMIT ?"));
    q.addBindValue(likePattern(needle));
    q.addBindValue(likePattern(needle));
    q.addBindValue(limit);
    if (!q.exec())
        return fail(sqlError(QStringLiteral("search failed"), q.lastError()));
    QList<SearchHit> hits;
    while (q.next()) {
        const QString text = q.value(3).toString();
        hits.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     substringSnippet(text.contains(needle, Qt::CaseInsensitive) ? text : q.value(1).toString(), needle),
                     0.0});
    }
    return hits;
}

} // namespace Cb::Core
