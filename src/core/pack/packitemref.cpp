#include "core/pack/packitemref.h"

#include "core/pack/pack.h"

#include <QStringList>

namespace Cb::Core {

namespace {

constexpr int kMinimumLength = 6;

QString normalisedUuid(const QString& uuid)
{
    QString s = uuid.trimmed().toLower();
    s.remove(QLatin1Char('{'));
    s.remove(QLatin1Char('}'));
    return s;
}

} // namespace

QHash<QString, QString> PackItemRef::shortIds(const Pack& pack)
{
    QStringList uuids;
    for (const PackSection& section : pack.sections)
        for (const PackItem& item : section.items)
            uuids << item.id;
    QHash<QString, QString> out;
    out.reserve(uuids.size());
    for (const QString& uuid : uuids) {
        const QString own = normalisedUuid(uuid);
        int length = kMinimumLength;
        // Grow the prefix until no other item's UUID starts with it (packs hold hundreds of
        // items at most, so the quadratic scan is cheaper than building a trie).
        for (;;) {
            const QString prefix = own.left(length);
            bool shared = false;
            for (const QString& other : uuids)
                if (other != uuid && normalisedUuid(other).startsWith(prefix)) {
                    shared = true;
                    break;
                }
            if (!shared || length >= own.size())
                break;
            ++length;
        }
        out.insert(uuid, own.left(length));
    }
    return out;
}

QString PackItemRef::resolve(const Pack& pack, const QString& id)
{
    const QString wanted = normalisedUuid(id);
    if (wanted.isEmpty())
        return {};
    const QHash<QString, QString> ids = shortIds(pack);
    for (auto it = ids.cbegin(); it != ids.cend(); ++it)
        if (it.value() == wanted || normalisedUuid(it.key()) == wanted)
            return it.key();
    return {};
}

} // namespace Cb::Core
