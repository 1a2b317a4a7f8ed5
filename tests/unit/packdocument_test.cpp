#include "core/pack/packdocument.h"
#include "core/pack/packfile.h"
#include "support/tempworkspace.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/resource.h>

using namespace Cb::Core;
using Cb::Test::TempWorkspace;

namespace {
Pack bigPack(int bytes)
{
    Pack pack;
    pack.title = QStringLiteral("Big");
    pack.sections.append(PackSection{PackItem::newId(), QStringLiteral("Notes"), {}, {}});
    pack.sections[0].items.append(
        PackItem::note(QStringLiteral("n"), QString(bytes, QLatin1Char('x'))));
    return pack;
}

// Caps the size of files this process may write, so a save fails half-way through its data
// (EFBIG) the way a full disk would. Works as root, unlike read-only folders.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_old);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = nullptr;
};
} // namespace

TEST(PackDocument_saveFailsHalfway, keepsOldFileAndStaysModified)
{
    TempWorkspace ws;
    const QString path = ws.filePath(QStringLiteral("p.ctxpack"));
    ASSERT_TRUE(PackFile::save(bigPack(100), path));
    const QByteArray before = TempWorkspace::read(path);
    PackDocument doc;
    ASSERT_TRUE(doc.load(path));
    doc.reset(bigPack(256 * 1024), path, true);
    {
        FileSizeLimit limit(64 * 1024);
        auto saved = doc.save();
        ASSERT_FALSE(saved);
        EXPECT_EQ(saved.error().code, ErrorCode::Io);
    }
    EXPECT_TRUE(doc.isModified());
    EXPECT_EQ(TempWorkspace::read(path), before);
    EXPECT_EQ(QDir(ws.path()).entryList(QDir::Files),
              QStringList{QStringLiteral("p.ctxpack")}); // no temp left
    ASSERT_TRUE(doc.save());                             // and works again once there is room
    EXPECT_FALSE(doc.isModified());
}

TEST(PackDocument_unopenableFile, isNeverOverwritten)
{
    TempWorkspace ws;
    const QString bad =
        ws.write(QStringLiteral("bad.ctxpack"), "{ \"format\": \"contextbench.pack\", truncated");
    const QString newer =
        ws.write(QStringLiteral("newer.ctxpack"),
                 "{\"format\": \"contextbench.pack\", \"schema_version\": 99, \"sections\": []}");
    PackDocument doc;
    doc.reset(bigPack(10));
    for (const QString& path : {bad, newer}) {
        const QByteArray before = TempWorkspace::read(path);
        ASSERT_FALSE(doc.load(path));
        EXPECT_TRUE(doc.filePath().isEmpty()); // still the pack that was open
        auto saved = doc.saveAs(path);
        ASSERT_FALSE(saved);
        EXPECT_TRUE(saved.error().message.contains(QStringLiteral("not overwritten")));
        EXPECT_EQ(TempWorkspace::read(path), before);
    }
}

TEST(PackDocument_moveItems, placesSeveralItemsTogetherInOrder)
{
    PackDocument doc;
    Pack pack;
    pack.sections.append(PackSection{PackItem::newId(), QStringLiteral("A"), {}, {}});
    pack.sections.append(PackSection{PackItem::newId(), QStringLiteral("B"), {}, {}});
    for (const char* t : {"a1", "a2", "a3", "a4"})
        pack.sections[0].items.append(PackItem::note(QString::fromLatin1(t), {}));
    pack.sections[1].items.append(PackItem::note(QStringLiteral("b1"), {}));
    doc.reset(pack);
    const auto& a = doc.pack().sections[0].items;
    doc.moveItems({a[0].id, a[2].id}, 1, 0);
    QStringList order;
    for (const PackItem& i : doc.pack().sections[1].items)
        order.append(i.title);
    EXPECT_EQ(order,
              (QStringList{QStringLiteral("a1"), QStringLiteral("a3"), QStringLiteral("b1")}));
}
