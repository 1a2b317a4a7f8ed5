#pragma once

#include "core/pack/pack.h"

#include <QHash>

namespace Cb::Core {

// Finds items whose text snapshots are identical (same sha256): the same file imported twice,
// a note pasted twice. Hashes are cached per item and only recomputed when the item's text
// changes (detected cheaply through Qt's implicit sharing), so calling update() after every
// edit costs one pass over the item list. Not thread-safe; owned by whoever shows the marks.
class PackDuplicateIndex
{
public:
    // Recomputes the groups; returns the ids whose duplicate status changed.
    QSet<QString> update(const Pack& pack);
    // Ids of the other items with the same text (in pack order), empty if unique.
    QStringList duplicatesOf(const QString& itemId) const { return m_duplicates.value(itemId); }
    bool isEmpty() const { return m_duplicates.isEmpty(); }
    // Every item that repeats an earlier one, in pack order: the ones "Remove duplicates" drops.
    QStringList laterCopies(const Pack& pack) const;

private:
    struct Cached
    {
        QString text; // shares data with the item's text while it is unchanged
        QByteArray hash;
    };
    QHash<QString, Cached> m_hashes;
    QHash<QString, QStringList> m_duplicates;
};

} // namespace Cb::Core
