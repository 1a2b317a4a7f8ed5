#include "core/pack/pack.h"

#include <QCryptographicHash>

namespace Cb::Core {

int Pack::itemCount() const
{
    int n = 0;
    for (const PackSection& s : sections)
        n += int(s.items.size());
    return n;
}

int Pack::enabledItemCount() const
{
    int n = 0;
    for (const PackSection& s : sections)
        for (const PackItem& i : s.items)
            n += i.enabled ? 1 : 0;
    return n;
}

std::pair<int, int> Pack::locate(const QString& itemId) const
{
    for (int s = 0; s < sections.size(); ++s)
        for (int r = 0; r < sections[s].items.size(); ++r)
            if (sections[s].items[r].id == itemId)
                return {s, r};
    return {-1, -1};
}

const PackItem* Pack::item(const QString& itemId) const
{
    const auto [s, r] = locate(itemId);
    return s < 0 ? nullptr : &sections[s].items[r];
}

int Pack::sectionIndex(const QString& name) const
{
    for (int s = 0; s < sections.size(); ++s)
        if (sections[s].name.compare(name, Qt::CaseInsensitive) == 0)
            return s;
    return -1;
}

QByteArray Pack::snapshotHash() const
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    auto add = [&h](const QString& s) {
        const QByteArray b = s.toUtf8();
        const QByteArray length = QByteArray::number(b.size()) + QByteArray(":");
        h.addData(length);
        h.addData(b);
    };
    add(title);
    add(goal);
    for (const PackSection& s : sections) {
        add(s.name);
        for (const PackItem& i : s.items) {
            if (!i.enabled)
                continue;
            add(i.title);
            add(i.text);
        }
    }
    return h.result().toHex();
}

} // namespace Cb::Core
