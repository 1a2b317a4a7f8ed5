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
    double score = 0; // bm25 (lower is better); 0 for substring matches
};

// Full-text search over a PackCorpus: SQLite FTS5 with the trigram tokenizer, so Korean, CJK
// and code (identifiers, punctuation) match as substrings without word segmentation. Queries
// are split on spaces; words of three characters or more must all occur (bm25-ranked, with
// snippets; if none match, any of them will do). A query whose words are all shorter than three
// characters (trigrams cannot index them: "팀", "QA") falls back to a substring scan in pack
// order. Case-insensitive for ASCII.
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

    Result<QList<SearchHit>> search(const QString& query, int limit) const;

private:
    PackSearchIndex() = default;
    Result<QString> connectionForThisThread() const;
    Result<QList<SearchHit>> matchSearch(const QString& connection, const QStringList& words,
                                         bool all, int limit) const;
    Result<QList<SearchHit>> substringSearch(const QString& connection, const QString& needle, int limit) const;

    QTemporaryDir m_dir;
    QString m_path;
    QString m_name; // connection name prefix, unique per index
    mutable QMutex m_mutex;
    mutable QHash<const void*, QString> m_connections; // thread → connection name
};

} // namespace Cb::Core
