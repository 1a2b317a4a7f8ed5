#include "core/pack/packduplicateindex.h"

#include <QSet>

namespace Cb::Core {

QSet<QString> PackDuplicateIndex::update(const Pack& pack)
{
    QHash<QString, Cached> hashes;
    QHash<QByteArray, QStringList> byHash;
    for (const PackSection& section : pack.sections) {
        for (const PackItem& item : section.items) {
            Cached cached = m_hashes.value(item.id);
            const bool same = cached.text.constData() == item.text.constData() &&
                              cached.text.size() == item.text.size() && !cached.hash.isEmpty();
            if (!same)
                cached = Cached{item.text, item.contentHash()};
            // Empty items (a note just added) are not duplicates of each other.
            if (!item.text.trimmed().isEmpty())
                byHash[cached.hash].append(item.id);
            hashes.insert(item.id, cached);
        }
    }
    m_hashes = std::move(hashes);

    QHash<QString, QStringList> duplicates;
    for (const QStringList& ids : std::as_const(byHash)) {
        if (ids.size() < 2)
            continue;
        for (const QString& id : ids) {
            QStringList others = ids;
            others.removeOne(id);
            duplicates.insert(id, others);
        }
    }
    QSet<QString> changed;
    for (auto it = duplicates.cbegin(); it != duplicates.cend(); ++it)
        if (m_duplicates.value(it.key()) != it.value())
            changed.insert(it.key());
    for (auto it = m_duplicates.cbegin(); it != m_duplicates.cend(); ++it)
        if (!duplicates.contains(it.key()))
            changed.insert(it.key());
    m_duplicates = std::move(duplicates);
    return changed;
}

QStringList PackDuplicateIndex::laterCopies(const Pack& pack) const
{
    QStringList out;
    QSet<QString> seen;
    for (const PackSection& section : pack.sections) {
        for (const PackItem& item : section.items) {
            const auto it = m_duplicates.constFind(item.id);
            if (it == m_duplicates.cend())
                continue;
            bool earlierSeen = false;
            for (const QString& other : *it)
                earlierSeen = earlierSeen || seen.contains(other);
            if (earlierSeen)
                out.append(item.id);
            seen.insert(item.id);
        }
    }
    return out;
}

} // namespace Cb::Core
