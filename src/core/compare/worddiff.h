#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Cb::Core {

// One run of a diff: text both sides share, text only the left has, or text only the right has.
struct DiffSegment
{
    enum class Kind
    {
        Equal,
        Removed, // only in the left (first) text
        Added    // only in the right (second) text
    };
    Kind kind = Kind::Equal;
    QString text;

    bool operator==(const DiffSegment& other) const = default;
};

// Word-level diff of two model outputs, for the comparison view.
//
// Texts are cut into tokens (runs of letters/digits, runs of whitespace, single other
// characters) and compared with Myers' O((N+M)·D) algorithm. Two answers to the same prompt
// can differ almost everywhere, so D is capped: past the cap the texts are compared line by
// line first and each changed hunk is diffed by words when it is small enough, otherwise shown
// as removed + added. That keeps a 1 MB pair of answers to a bounded time and memory.
// Pure functions over values; any thread.
class WordDiff
{
public:
    struct Stats
    {
        int equalWords = 0;
        int removedWords = 0;
        int addedWords = 0;
    };

    static QStringList tokenize(const QString& text);
    // Segments in reading order; consecutive segments of the same kind are merged. Joining the
    // Equal+Removed texts gives `left`, Equal+Added gives `right`.
    static QList<DiffSegment> diff(const QString& left, const QString& right, int maxEdits = 2000);
    static Stats stats(const QList<DiffSegment>& segments);
};

} // namespace Cb::Core
