#pragma once

#include "core/common/result.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Cb::Core {

struct PackCorpus;

struct SearchHit
{
    QString shortId;
    QString title;
    QString section;
    QString snippet; // matched text marked «like this», cut with …
    double score = 0; // bm25 (lower is better); 0 for items found by short words only
};

// Full-text search over a PackCorpus in SQLite FTS5, built for speed on packs of tens of MB.
// - Words of three characters or more go to a table with the trigram tokenizer, so Korean, CJK
//   and code (identifiers, punctuation) match as substrings without word segmentation; ranked by
//   bm25 (FTS5's `ORDER BY rank`, so snippets are cut only for the hits returned).
// - Shorter words ("팀", "출시", "QA") cannot be trigrams: a side table holds, per item, the
//   distinct single characters and pairs of adjacent characters (case-folded), so a short word
//   is an exact lookup, never a scan. Items matching only short words come in pack order.
// Every word of the query must occur in the item (title or text); if no item has them all, items
// with any of them are returned, the words taking turns. Case-insensitive.
// The index lives in a temporary SQLite file so it can be built on one thread (build() is
// blocking: call it through buildAsync() or from a worker) and searched from any other: each
// thread gets its own connection. Thread-safe; shared through shared_ptr.
class PackSearchIndex
{
public:
    ~PackSearchIndex();
    PackSearchIndex(const PackSearchIndex&) = delete;
    PackSearchIndex& operator=(const PackSearchIndex&) = delete;

    static Result<std::shared_ptr<PackSearchIndex>> build(const PackCorpus& corpus);
    static QFuture<Result<std::shared_ptr<PackSearchIndex>>> buildAsync(std::shared_ptr<const PackCorpus> corpus);

    // Up to kRankedMatches items matching the query's long words are ranked (the first ones in
    // pack order): ranking every match of a very common word would cost more than the 20 ms a
    // search may take. When more items match, `note` (if given) says so, for the model to read.
    static constexpr int kRankedMatches = 250;
    Result<QList<SearchHit>> search(const QString& query, int limit, QString* note = nullptr) const;

private:
    PackSearchIndex() = default;
    Result<QString> connectionForThisThread() const;
    Result<QList<SearchHit>> searchAll(const QString& connection, const QStringList& words, int limit,
                                       QString* note) const;
    Result<QList<SearchHit>> searchAny(const QString& connection, const QStringList& words, int limit,
                                       QString* note) const;
    Result<QList<qint64>> shortWordItems(const QString& connection, const QStringList& words, int limit) const;
    Result<SearchHit> hitWithSnippet(const QString& connection, qint64 rowid, const QString& match) const;
    Result<SearchHit> hitWithFoundWord(const QString& connection, qint64 rowid, const QStringList& words) const;

    QTemporaryDir m_dir;
    QString m_path;
    QString m_name; // connection name prefix, unique per index
    mutable QMutex m_mutex;
    mutable QHash<const void*, QString> m_connections; // thread → connection name
};

} // namespace Cb::Core
