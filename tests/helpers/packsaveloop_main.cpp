// cb_pack_save_loop <path> <megabytes>: saves a large pack to <path> again and again, alternating
// between two versions ("version A" / "version B"), until killed. Prints a line after each save
// so the crash test knows the file exists and how far the loop got. Test-only helper for
// tests/integration/crashpacksave_test.cpp, which kills it with SIGKILL at random moments.
#include "core/pack/packfile.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Cb::Core;

namespace {

Pack versionOf(char which, int megabytes)
{
    Pack pack;
    pack.title = QStringLiteral("version ") + QLatin1Char(which);
    pack.goal = QStringLiteral("Survive SIGKILL during save.");
    PackSection section;
    section.id = QStringLiteral("s");
    section.name = QStringLiteral("Docs");
    // One-megabyte items of a repeated letter: a torn file shows up as a mix or a cut.
    const QString text(1024 * 1024, QLatin1Char(which));
    for (int i = 0; i < megabytes; ++i) {
        PackItem item = PackItem::note(QStringLiteral("item %1").arg(i), text);
        item.id = QStringLiteral("item-%1").arg(i);
        section.items.append(item);
    }
    pack.sections.append(section);
    return pack;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: cb_pack_save_loop <path> <megabytes>\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int megabytes = QByteArray(argv[2]).toInt();
    const Pack versions[2] = {versionOf('A', megabytes), versionOf('B', megabytes)};
    for (unsigned long n = 0;; ++n) {
        const auto saved = PackFile::save(versions[n % 2], path);
        if (!saved) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(saved.error().message));
            return 1;
        }
        std::printf("saved %lu\n", n + 1);
        std::fflush(stdout);
    }
}
