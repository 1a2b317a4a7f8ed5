#include "core/pack/packfile.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <random>
#include "cb_test_paths.h"

using namespace Cb::Core;

// Crash safety of pack saves: a helper process saves a 6 MB pack in a loop, alternating two
// versions, and is killed with SIGKILL at random moments. Each time the file on disk must load
// as exactly one of the two versions — never a torn mix — and the temporary files the kills
// leave behind must not stop the next save.
namespace {

constexpr int kMegabytes = 6;

bool isWholeVersion(const Pack& pack, QChar letter)
{
    if (pack.title != QStringLiteral("version ") + letter || pack.sections.size() != 1 ||
        pack.sections.first().items.size() != kMegabytes)
        return false;
    const QString expected(1024 * 1024, letter);
    for (const PackItem& item : pack.sections.first().items)
        if (item.text != expected)
            return false;
    return true;
}

QStringList strayFiles(const QDir& dir)
{
    QStringList names = dir.entryList(QDir::Files | QDir::Hidden);
    names.removeAll(QStringLiteral("pack.ctxpack"));
    return names;
}

} // namespace

TEST(CrashPackSave_sigkillDuringSaves, fileIsAlwaysOneWholeVersion)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("pack.ctxpack"));
    std::mt19937 rng(424242);
    std::uniform_int_distribution<int> delayMs(0, 400);
    int savesSeen = 0;
    for (int round = 0; round < 10; ++round) {
        QProcess saver;
        saver.start(QStringLiteral(CB_PACK_SAVE_LOOP), {path, QString::number(kMegabytes)});
        ASSERT_TRUE(saver.waitForStarted(10000)) << saver.errorString().toStdString();
        ASSERT_TRUE(saver.waitForReadyRead(60000)) << "round " << round << ": no first save; "
                                                   << saver.readAllStandardError().toStdString();
        QThread::msleep(unsigned(delayMs(rng)));
        saver.kill(); // SIGKILL: no destructors, no QSaveFile cleanup
        ASSERT_TRUE(saver.waitForFinished(10000));
        ASSERT_EQ(saver.exitStatus(), QProcess::CrashExit)
            << "the saver stopped by itself: " << saver.readAllStandardError().toStdString();
        savesSeen += int(saver.readAllStandardOutput().count('\n'));

        const auto loaded = PackFile::load(path);
        ASSERT_TRUE(loaded) << "round " << round << ": " << loaded.error().message.toStdString();
        const bool a = isWholeVersion(*loaded, QLatin1Char('A'));
        const bool b = isWholeVersion(*loaded, QLatin1Char('B'));
        ASSERT_TRUE(a != b) << "round " << round << ": the file is not exactly one version";
    }
    // The saver was busy saving when it died, not idle: the kills fell between or inside saves.
    EXPECT_GE(savesSeen, 10);
    // Whatever a kill left behind (QSaveFile temp files unless the kernel supports O_TMPFILE)
    // is not mistaken for the pack.
    for (const QString& name : strayFiles(QDir(dir.path())))
        EXPECT_FALSE(name.endsWith(QStringLiteral(".ctxpack"))) << name.toStdString();

    // Leftover temporary files do not break the next save, and a normal load still works.
    Pack fresh;
    fresh.title = QStringLiteral("after the crashes");
    ASSERT_TRUE(PackFile::save(fresh, path));
    const auto reloaded = PackFile::load(path);
    ASSERT_TRUE(reloaded);
    EXPECT_EQ(reloaded->title, QStringLiteral("after the crashes"));
}
