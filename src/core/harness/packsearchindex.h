#pragma once

#include "core/common/result.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>
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
    double score = 0; // BM25, negated as FTS5's bm25() is: lower is better
};

// Full-text search over a PackCorpus, SQLite FTS5 finding the items and C++ ranking them, built
// for speed (< 20 ms a search) on packs of tens of MB:
// - Words of three characters or more go to a table with the trigram tokenizer, so Korean, CJK
//   and code (identifiers, punctuation) match as substrings without word segmentation.
// - Shorter words ("팀", "출시", "QA") cannot be trigrams: a side table holds, per item, the
//   distinct single characters and pairs of adjacent characters (case-folded), so a short word
//   is an exact lookup, never a scan.
// Every word of the query must occur in the item (title or text); if no item has them all, items
// with any of them are returned, the words taking turns. Case-insensitive. Hits are ranked by
// BM25 (word counts in the case-folded text) and their snippets cut around the first word found.
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

    // Finding the items that hold every word is cheap (FTS5 doclists); ranking them means
    // counting each word in each item. So at most kRankedMatches items, and at most
    // kRankedCharacters characters of them, are ranked: the first matches in pack order. When more
    // items match, `note` (if given) says so, for the model to read.
    static constexpr int kRankedMatches = 250;
    static constexpr qsizetype kRankedCharacters = 1'500'000;
    Result<QList<SearchHit>> search(const QString& query, int limit, QString* note = nullptr) const;

private:
    PackSearchIndex() = default;
    Result<QString> connectionForThisThread() const;
    Result<QList<SearchHit>> searchAll(const QString& connection, const QStringList& words, int limit,
                                       QString* note) const;
    Result<QList<SearchHit>> searchAny(const QString& connection, const QStringList& words, int limit,
                                       QString* note) const;
    Result<QSet<qint64>> shortWordItems(const QString& connection, const QStringList& words) const;
    SearchHit hitFor(qsizetype item, const QStringList& foldedWords, double score) const;

    // The items again, case-folded once for ranking and snippets (the original strings are
    // shared with the corpus, not copied). Index = rowid - 1.
    struct Item
    {
        QString shortId;
        QString title;
        QString section;
        QString text;
        QString foldedTitle;
        QString foldedText;
    };
    QList<Item> m_items;
    double m_averageLength = 1;

    QTemporaryDir m_dir;
    QString m_path;
    QString m_name; // connection name prefix, unique per index
    mutable QMutex m_mutex;
    mutable QHash<const void*, QString> m_connections; // thread → connection name
};

} // namespace Cb::Core
