#include "core/importing/folderscanner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Cb::Core;

namespace {

void write(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QStringList relativeFiles(const QTemporaryDir& dir, const FolderScanner::ScanResult& r)
{
    QStringList out;
    for (const QString& f : r.files)
        out << QDir(dir.path()).relativeFilePath(f);
    return out;
}

QString reasonFor(const QTemporaryDir& dir, const FolderScanner::ScanResult& r, const QString& rel)
{
    const QString abs = QDir(dir.path()).absoluteFilePath(rel);
    for (const ImportIssue& issue : r.skipped) {
        if (issue.path == abs)
            return issue.reason;
    }
    return QString();
}

class FolderScannerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const QString d = m_dir.path();
        write(d + QStringLiteral("/.gitignore"), "*.log\n!keep.log\nbuild/\n/secret.txt\n");
        write(d + QStringLiteral("/README.md"), "# hi\n");
        write(d + QStringLiteral("/a.log"), "noise\n");
        write(d + QStringLiteral("/keep.log"), "kept\n");
        write(d + QStringLiteral("/secret.txt"), "s\n");
        write(d + QStringLiteral("/build/out.txt"), "generated\n");
        write(d + QStringLiteral("/src/main.cpp"), "int main() {}\n");
        write(d + QStringLiteral("/src/secret.txt"), "not anchored here\n");
        write(d + QStringLiteral("/src/.gitignore"), "*.tmp\n!important.log\n");
        write(d + QStringLiteral("/src/x.tmp"), "t\n");
        write(d + QStringLiteral("/src/important.log"), "i\n");
        write(d + QStringLiteral("/package-lock.json"), "{}\n");
        write(d + QStringLiteral("/src/Cargo.lock"), "x\n");
        write(d + QStringLiteral("/image.png"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11));
        write(d + QStringLiteral("/blob.dat"), QByteArray("abc\0def", 7));
        write(d + QStringLiteral("/paper.pdf"), "%PDF-1.4 fake\n");
        write(d + QStringLiteral("/.git/config"), "[core]\n");
        write(d + QStringLiteral("/big.txt"), QByteArray(2048, 'x'));
        write(d + QStringLiteral("/empty.txt"), QByteArray());
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(FolderScannerTest, scan_mixedTree_keepsTextAndReportsEverySkip)
{
    ImportOptions options;
    options.maxFileBytes = 1024;
    const FolderScanner scanner(options, {QStringLiteral("pdf")});
    const auto r = scanner.scan(m_dir.path());
    EXPECT_FALSE(r.cancelled);
    const QStringList files = relativeFiles(m_dir, r);
    EXPECT_EQ(files,
              (QStringList{QStringLiteral(".gitignore"), QStringLiteral("README.md"),
                           QStringLiteral("empty.txt"), QStringLiteral("keep.log"),
                           QStringLiteral("paper.pdf"), QStringLiteral("src/.gitignore"),
                           QStringLiteral("src/important.log"), QStringLiteral("src/main.cpp"),
                           QStringLiteral("src/secret.txt")}));
    EXPECT_EQ(reasonFor(m_dir, r, QStringLiteral("a.log")),
              QStringLiteral("ignored by .gitignore (pattern '*.log')"));
    EXPECT_EQ(reasonFor(m_dir, r, QStringLiteral("build")),
              QStringLiteral("ignored by .gitignore (pattern 'build/')"));
    EXPECT_EQ(reasonFor(m_dir, r, QStringLiteral("secret.txt")),
              QStringLiteral("ignored by .gitignore (pattern '/secret.txt')"));
    EXPECT_EQ(reasonFor(m_dir, r, QStringLiteral("src/x.tmp")),
              QStringLiteral("ignored by src/.gitignore (pattern '*.tmp')"));
    EXPECT_EQ(reasonFor(m_dir, r, QStringLiteral("package-lock.json")),
              QStringLiteral("lock file"));
    EXPECT_EQ(reasonFor(m_dir, r, QStringLiteral("src/Cargo.lock")), QStringLiteral("lock file"));
    EXPECT_EQ(reasonFor(m_dir, r, QStringLiteral("image.png")),
              QStringLiteral("binary file (PNG image)"));
    EXPECT_EQ(reasonFor(m_dir, r, QStringLiteral("blob.dat")),
              QStringLiteral("binary file (binary data)"));
    EXPECT_EQ(reasonFor(m_dir, r, QStringLiteral(".git")),
              QStringLiteral("version-control folder"));
    EXPECT_TRUE(reasonFor(m_dir, r, QStringLiteral("big.txt"))
                    .contains(QStringLiteral("over the import limit")));
    // Nothing under an ignored folder is listed one by one.
    EXPECT_TRUE(reasonFor(m_dir, r, QStringLiteral("build/out.txt")).isEmpty());
}

TEST_F(FolderScannerTest, scan_gitignoreAndLockFilesDisabled_includesThem)
{
    ImportOptions options;
    options.respectGitignore = false;
    options.skipLockFiles = false;
    const auto r = FolderScanner(options).scan(m_dir.path());
    const QStringList files = relativeFiles(m_dir, r);
    EXPECT_TRUE(files.contains(QStringLiteral("a.log")));
    EXPECT_TRUE(files.contains(QStringLiteral("build/out.txt")));
    EXPECT_TRUE(files.contains(QStringLiteral("package-lock.json")));
    EXPECT_FALSE(files.contains(QStringLiteral(".git/config")));
    EXPECT_EQ(reasonFor(m_dir, r, QStringLiteral("paper.pdf")),
              QStringLiteral("binary file (PDF document)"));
}

TEST_F(FolderScannerTest, scan_cancelledToken_stopsAndSaysSo)
{
    CancelToken token;
    token.cancel();
    const auto r = FolderScanner(ImportOptions()).scan(m_dir.path(), token);
    EXPECT_TRUE(r.cancelled);
    EXPECT_TRUE(r.files.isEmpty());
}

TEST_F(FolderScannerTest, scan_fileCap_reportsTheRest)
{
    ImportOptions options;
    options.maxFolderFiles = 2;
    const auto r = FolderScanner(options).scan(m_dir.path());
    EXPECT_EQ(r.files.size(), 2);
    int capped = 0;
    for (const ImportIssue& issue : r.skipped)
        capped += issue.reason.contains(QStringLiteral("limited to 2 files")) ? 1 : 0;
    EXPECT_GT(capped, 0);
}

TEST(FolderScanner_symlinkLoop, isNotFollowed)
{
    QTemporaryDir dir;
    write(dir.path() + QStringLiteral("/a/file.txt"), "x\n");
    ASSERT_TRUE(
        QFile::link(dir.path() + QStringLiteral("/a"), dir.path() + QStringLiteral("/a/loop")));
    const auto r = FolderScanner(ImportOptions()).scan(dir.path());
    EXPECT_EQ(r.files.size(), 1);
    EXPECT_EQ(reasonFor(dir, r, QStringLiteral("a/loop")),
              QStringLiteral("symbolic link to a folder, not followed"));
}

TEST(FolderScanner_secretFiles, skippedWithReasonUnlessDisabled)
{
    QTemporaryDir dir;
    for (const char* name : {".env", ".env.local", ".env.example", "server.key", "cert.PEM",
                             "id_ed25519", "id_ed25519.pub", "keys.md"})
        write(dir.filePath(QString::fromLatin1(name)), "x\n");
    const auto r = FolderScanner(ImportOptions()).scan(dir.path());
    EXPECT_EQ(relativeFiles(dir, r),
              (QStringList{QStringLiteral(".env.example"), QStringLiteral("id_ed25519.pub"),
                           QStringLiteral("keys.md")}));
    EXPECT_EQ(reasonFor(dir, r, QStringLiteral(".env.local")),
              QStringLiteral("may hold secrets (credentials or a private key)"));
    ImportOptions options;
    options.skipSecretFiles = false;
    EXPECT_EQ(FolderScanner(options).scan(dir.path()).files.size(), 8);
}

TEST(FolderScanner_lockFileNames, areRecognised)
{
    for (const char* name : {"package-lock.json", "yarn.lock", "Cargo.lock", "poetry.lock",
                             "pnpm-lock.yaml", "Gemfile.lock", "composer.lock", "go.sum"})
        EXPECT_TRUE(FolderScanner::isLockFile(QString::fromLatin1(name))) << name;
    EXPECT_FALSE(FolderScanner::isLockFile(QStringLiteral("package.json")));
    EXPECT_FALSE(FolderScanner::isLockFile(QStringLiteral("go.mod")));
}
