#include "core/harness/packsearchindex.h"

#include "core/harness/packcorpus.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSet>
#include <QThread>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <vector>

namespace Cb::Core {

namespace {

constexpr int kSnippetContext = 60; // characters either side of a short word's match
constexpr quint64 kPairFlag = quint64(1) << 42; // tells a pair of characters from a single one

Error sqlError(const QString& what, const QSqlError& e)
{
    return Error(ErrorCode::Database, QStringLiteral("Pack search: %1: %2").arg(what, e.text()));
}

QString quotedTerm(QString word)
{
    word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + word + QLatin1Char('"');
}

// The code points of `s` after case folding, the same way for the index and for queries.
QList<char32_t> foldedCodePoints(const QString& s)
{
    const QString folded = s.toCaseFolded();
    QList<char32_t> out;
    out.reserve(folded.size());
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const QChar c = folded.at(i);
        if (c.isHighSurrogate() && i + 1 < folded.size() && folded.at(i + 1).isLowSurrogate()) {
            out.append(QChar::surrogateToUcs4(c, folded.at(i + 1)));
            ++i;
        } else {
            out.append(c.unicode());
        }
    }
    return out;
}

void appendHex(QByteArray& out, char32_t c)
{
    static const char digits[] = "0123456789abcdef";
    for (int shift = 20; shift >= 0; shift -= 4)
        out.append(digits[(c >> shift) & 0xF]);
}

void collectGrams(const QString& text, std::vector<quint64>& grams)
{
    bool havePrevious = false;
    char32_t previous = 0;
    for (const char32_t c : foldedCodePoints(text)) {
        if (QChar::isSpace(c)) { // a query word never holds white space
            havePrevious = false;
            continue;
        }
        grams.push_back(c);
        if (havePrevious)
            grams.push_back(kPairFlag | (quint64(previous) << 21) | c);
        previous = c;
        havePrevious = true;
    }
}

// The side table's document for an item: each distinct character and pair of adjacent
// characters once, as six hex digits a character, so the ascii tokenizer keeps every token whole
// and a single character (6 digits) never equals a pair (12).
QString gramDocument(const QString& title, const QString& text)
{
    std::vector<quint64> grams;
    grams.reserve(size_t(text.size()) * 2);
    collectGrams(title, grams);
    collectGrams(text, grams);
    std::sort(grams.begin(), grams.end());
    grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
    QByteArray out;
    out.reserve(qsizetype(grams.size()) * 14);
    for (const quint64 g : grams) {
        if (g & kPairFlag)
            appendHex(out, char32_t((g >> 21) & 0x1FFFFF));
        appendHex(out, char32_t(g & 0x1FFFFF));
        out.append(' ');
    }
    return QString::fromLatin1(out);
}

// The side-table token of a word of one or two characters.
QString gramTerm(const QString& word)
{
    QByteArray out;
    for (const char32_t c : foldedCodePoints(word))
        appendHex(out, c);
    return QLatin1Char('"') + QString::fromLatin1(out) + QLatin1Char('"');
}

bool isShortWord(const QString& word)
{
    return foldedCodePoints(word).size() < 3; // trigrams cannot index it
}

QString trigramMatch(const QStringList& words)
{
    QStringList terms;
    for (const QString& w : words)
        terms << quotedTerm(w);
    return terms.join(QStringLiteral(" AND "));
}

// The text around [at, at + length), the match marked «like this», cut with …, line breaks
// flattened.
QString markedWindow(const QString& text, qsizetype at, qsizetype length)
{
    const qsizetype from = qMax<qsizetype>(0, at - kSnippetContext);
    const qsizetype end = qMin(text.size(), at + length + kSnippetContext);
    QString s = (from > 0 ? QStringLiteral("…") : QString()) + text.mid(from, at - from) + QStringLiteral("«") +
                text.mid(at, length) + QStringLiteral("»") + text.mid(at + length, end - at - length) +
                (end < text.size() ? QStringLiteral("…") : QString());
    return s.simplified();
}

QString substringSnippet(const QString& text, const QString& needle)
{
    const qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive);
    return at < 0 ? text.left(2 * kSnippetContext).simplified() : markedWindow(text, at, needle.size());
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
            // A throwaway file written once by one connection: no journal, no syncs, big cache.
            for (const char* pragma : {"PRAGMA journal_mode=OFF", "PRAGMA synchronous=OFF", "PRAGMA locking_mode=EXCLUSIVE",
                                       "PRAGMA cache_size=-65536", "PRAGMA temp_store=MEMORY"})
                q.exec(QString::fromLatin1(pragma));
            if (!q.exec(QStringLiteral("CREATE VIRTUAL TABLE items USING fts5(short_id UNINDEXED, title, "
                                       "section UNINDEXED, text, tokenize='trigram')")))
                error = sqlError(QStringLiteral("this SQLite has no FTS5 trigram tokenizer"), q.lastError());
            else if (!q.exec(QStringLiteral("CREATE VIRTUAL TABLE grams USING fts5(g, tokenize='ascii', "
                                            "detail=none, content='')")))
                error = sqlError(QStringLiteral("cannot create the short-word table"), q.lastError());
            else {
                db.transaction();
                QSqlQuery insert(db);
                insert.prepare(QStringLiteral("INSERT INTO items(rowid, short_id, title, section, text) VALUES (?, ?, ?, ?, ?)"));
                QSqlQuery insertGrams(db);
                insertGrams.prepare(QStringLiteral("INSERT INTO grams(rowid, g) VALUES (?, ?)"));
                qint64 rowid = 0;
                for (const CorpusItem& item : corpus.items) {
                    ++rowid;
                    insert.addBindValue(rowid);
                    insert.addBindValue(item.shortId);
                    insert.addBindValue(item.title);
                    insert.addBindValue(item.section);
                    insert.addBindValue(item.text);
                    insertGrams.addBindValue(rowid);
                    insertGrams.addBindValue(gramDocument(item.title, item.text));
                    if (!insert.exec() || !insertGrams.exec()) {
                        error = sqlError(QStringLiteral("cannot index “%1”").arg(item.title),
                                         insert.lastError().isValid() ? insert.lastError() : insertGrams.lastError());
                        break;
                    }
                }
                // One segment per table: a query then reads one doclist a term instead of many.
                if (!error && (!q.exec(QStringLiteral("INSERT INTO items(items) VALUES('optimize')")) ||
                               !q.exec(QStringLiteral("INSERT INTO grams(grams) VALUES('optimize')"))))
                    error = sqlError(QStringLiteral("cannot write the index"), q.lastError());
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
    qint64 characters = 0;
    index->m_items.reserve(corpus.items.size());
    for (const CorpusItem& item : corpus.items) {
        index->m_items.append({item.shortId, item.title, item.section, item.text, item.title.toCaseFolded(),
                               item.text.toCaseFolded()});
        characters += item.text.size();
    }
    index->m_averageLength = qMax(1.0, double(characters) / double(qMax<qsizetype>(1, corpus.items.size())));
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
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA mmap_size=1073741824")); // read pages in place, no copies
    pragma.exec(QStringLiteral("PRAGMA cache_size=-16384"));
    m_connections.insert(thread, name);
    return name;
}

Result<QList<SearchHit>> PackSearchIndex::search(const QString& query, int limit, QString* note) const
{
    if (note)
        note->clear();
    const QStringList words = query.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The search query is empty."));
    auto connection = connectionForThisThread();
    if (!connection)
        return fail(connection.error());
    auto hits = searchAll(*connection, words, limit, note);
    if (hits && hits->isEmpty() && words.size() > 1)
        return searchAny(*connection, words, limit, note);
    return hits;
}

Result<QList<SearchHit>> PackSearchIndex::searchAll(const QString& connection, const QStringList& words, int limit,
                                                    QString* note) const
{
    QStringList longWords;
    QStringList shortWords;
    QStringList folded;
    for (const QString& w : words) {
        (isShortWord(w) ? shortWords : longWords) << w;
        folded << w.toCaseFolded();
    }
    QList<SearchHit> hits;
    QSet<qint64> allowed; // items holding every short word
    if (!shortWords.isEmpty()) {
        auto items = shortWordItems(connection, shortWords);
        if (!items)
            return fail(items.error());
        if (items->isEmpty())
            return hits;
        allowed = std::move(*items);
    }
    // The candidates in pack order: the long words' matches (trigram phrases) that hold the
    // short words too, or the short words' items alone.
    QList<qsizetype> candidates;
    qsizetype characters = 0;
    bool more = false;
    const auto take = [&](qint64 rowid) {
        const qsizetype item = qsizetype(rowid - 1);
        if (item < 0 || item >= m_items.size())
            return true;
        if (candidates.size() == kRankedMatches || characters >= kRankedCharacters) {
            more = true;
            return false;
        }
        candidates.append(item);
        characters += m_items[item].text.size();
        return true;
    };
    if (longWords.isEmpty()) {
        QList<qint64> rowids(allowed.cbegin(), allowed.cend());
        std::sort(rowids.begin(), rowids.end());
        for (const qint64 rowid : std::as_const(rowids))
            if (!take(rowid))
                break;
    } else {
        QSqlQuery q(QSqlDatabase::database(connection, false));
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT rowid FROM items WHERE items MATCH ?"));
        q.addBindValue(trigramMatch(longWords));
        if (!q.exec())
            return fail(sqlError(QStringLiteral("search failed"), q.lastError()));
        while (q.next()) {
            const qint64 rowid = q.value(0).toLongLong();
            if ((shortWords.isEmpty() || allowed.contains(rowid)) && !take(rowid))
                break;
        }
    }
    if (more && note)
        *note = QStringLiteral("More than %1 items match; these are the best of the first %1 in pack order. "
                               "Add words to narrow the search.")
                    .arg(candidates.size());
    // BM25 over the candidates (every word occurs in each, so the words weigh the same).
    constexpr double k1 = 1.2;
    constexpr double b = 0.75;
    QList<std::pair<double, qsizetype>> scored;
    scored.reserve(candidates.size());
    for (const qsizetype item : std::as_const(candidates)) {
        const Item& it = m_items[item];
        const double norm = k1 * (1 - b + b * double(it.foldedText.size()) / m_averageLength);
        double score = 0;
        for (const QString& w : std::as_const(folded)) {
            const double tf = double(QStringView(it.foldedText).count(w) + QStringView(it.foldedTitle).count(w));
            score += tf * (k1 + 1) / (tf + norm);
        }
        scored.append({score, item});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto& l, const auto& r) { return l.first > r.first; });
    QStringList longestFirst = folded; // the snippet shows the most telling word
    std::stable_sort(longestFirst.begin(), longestFirst.end(),
                     [](const QString& l, const QString& r) { return l.size() > r.size(); });
    for (qsizetype i = 0; i < scored.size() && i < limit; ++i)
        hits.append(hitFor(scored[i].second, longestFirst, scored[i].first));
    return hits;
}

Result<QList<SearchHit>> PackSearchIndex::searchAny(const QString& connection, const QStringList& words, int limit,
                                                    QString* note) const
{
    // Each word on its own, the words taking turns, so one common word cannot crowd out the rest.
    QList<QList<SearchHit>> perWord;
    for (const QString& w : words) {
        QString wordNote;
        auto hits = searchAll(connection, {w}, limit, &wordNote);
        if (note && note->isEmpty() && !wordNote.isEmpty())
            *note = QStringLiteral("No item holds every word; items with any of them follow. ") + wordNote;
        if (!hits)
            return hits;
        perWord.append(*hits);
    }
    QList<SearchHit> merged;
    QSet<QString> seen;
    for (qsizetype rank = 0; merged.size() < limit; ++rank) {
        bool any = false;
        for (const QList<SearchHit>& hits : std::as_const(perWord)) {
            if (rank >= hits.size())
                continue;
            any = true;
            if (merged.size() < limit && !seen.contains(hits[rank].shortId)) {
                seen.insert(hits[rank].shortId);
                merged.append(hits[rank]);
            }
        }
        if (!any)
            break;
    }
    return merged;
}

Result<QSet<qint64>> PackSearchIndex::shortWordItems(const QString& connection, const QStringList& words) const
{
    QStringList terms;
    for (const QString& w : words)
        terms << gramTerm(w);
    QSqlQuery q(QSqlDatabase::database(connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT rowid FROM grams WHERE grams MATCH ?"));
    q.addBindValue(terms.join(QStringLiteral(" AND ")));
    if (!q.exec())
        return fail(sqlError(QStringLiteral("search failed"), q.lastError()));
    QSet<qint64> rowids;
    while (q.next())
        rowids.insert(q.value(0).toLongLong());
    return rowids;
}

SearchHit PackSearchIndex::hitFor(qsizetype item, const QStringList& foldedWords, double score) const
{
    // A window around the first word found, text before title, cut from the item in C++.
    const Item& it = m_items[item];
    QString snippet;
    for (const auto& [original, folded] : {std::pair{&it.text, &it.foldedText}, std::pair{&it.title, &it.foldedTitle}})
        for (const QString& w : foldedWords) {
            if (!snippet.isEmpty())
                break;
            const qsizetype at = folded->indexOf(w);
            if (at < 0)
                continue;
            // Folding keeps lengths for nearly all text; when it did not, search the original.
            snippet = folded->size() == original->size() ? markedWindow(*original, at, w.size())
                                                         : substringSnippet(*original, w);
        }
    if (snippet.isEmpty())
        snippet = it.text.left(2 * kSnippetContext).simplified();
    return SearchHit{it.shortId, it.title, it.section, snippet, -score};
}

} // namespace Cb::Core
