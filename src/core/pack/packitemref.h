#pragma once

#include <QHash>
#include <QString>

namespace Cb::Core {

struct Pack;

// Short ids by which a model refers to pack items: in tools mode (read_item, the manifest)
// and in citations ([[id: "quote"]]). Each is the shortest prefix of the item's UUID, at
// least 6 characters, that no other item of the pack shares — stable across saves and edits
// of other items, short enough for a model to copy back without mistakes. Lower-case hex.
class PackItemRef
{
public:
    // item UUID -> short id, for every item of the pack (disabled ones included, so an id
    // never changes meaning when an item is switched on or off).
    static QHash<QString, QString> shortIds(const Pack& pack);
    // The UUID an id the model wrote stands for: a short id, or a full UUID; case and
    // surrounding whitespace ignored. Empty when it names no item.
    static QString resolve(const Pack& pack, const QString& id);
};

} // namespace Cb::Core
