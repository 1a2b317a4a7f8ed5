#include "core/pack/packfile.h"
#include "fuzz/core/corefuzzentries.h"

namespace Cb::Fuzz {

int fuzzPack(const uint8_t* data, size_t size)
{
    // A fixed, non-existent folder: paths resolve and relativise without touching the disk.
    const QString dir = QStringLiteral("/nonexistent/fuzz/packs");
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto pack = Core::PackFile::fromJson(bytes, dir);
    if (!pack) {
        check(!pack.error().message.isEmpty(),
              QStringLiteral("pack: refused without a message"));
        return 0;
    }
    for (const Core::PackSection& section : pack->sections)
        for (const Core::PackItem& item : section.items)
            check(item.sourceBytes >= 0, QStringLiteral("pack: negative source size"));
    // Loading fills defaults (new ids, dropped empty sources), so compare the first save with
    // the save of its reload: from there on a pack must survive save/load unchanged.
    const QByteArray first = Core::PackFile::toJson(*pack, dir);
    auto again = Core::PackFile::fromJson(first, dir);
    check(bool(again), QStringLiteral("pack: a saved pack does not load again: ") +
                           (again ? QString() : again.error().message));
    if (!again)
        return 0;
    check(again->itemCount() == pack->itemCount(),
          QStringLiteral("pack: item count changed over save/load"));
    const QByteArray second = Core::PackFile::toJson(*again, dir);
    check(first == second, QStringLiteral("pack: save/load/save is not stable:\n%1\n---\n%2")
                               .arg(QString::fromUtf8(first.left(2000)),
                                    QString::fromUtf8(second.left(2000))));
    check(again->snapshotHash() == Core::PackFile::fromJson(second, dir)->snapshotHash(),
          QStringLiteral("pack: snapshot hash changed over save/load"));
    return 0;
}

} // namespace Cb::Fuzz
