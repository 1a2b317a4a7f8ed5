#include "core/importing/binarysniffer.h"
#include "core/importing/sourcefile.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Cb::Core;

TEST(SourceFile_sparseTwoGigabytes, isRefusedFromMetadata)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.txt"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    ASSERT_TRUE(f.resize(2LL * 1024 * 1024 * 1024));
    f.close();
    const auto info = SourceFile::inspect(path, 50LL * 1024 * 1024);
    ASSERT_FALSE(info);
    EXPECT_EQ(info.error().code, ErrorCode::TooLarge);
    EXPECT_TRUE(info.error().message.contains(QStringLiteral("2.0 GB")))
        << info.error().message.toStdString();
    EXPECT_TRUE(info.error().message.contains(QStringLiteral("not read")));
}

TEST(SourceFile_readAll, returnsBytesAndMetadata)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.md"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("abc");
    f.close();
    const auto info = SourceFile::inspect(path, 10);
    ASSERT_TRUE(info);
    EXPECT_EQ(info->suffix, QStringLiteral("md"));
    EXPECT_EQ(info->size, 3);
    EXPECT_EQ(*SourceFile::readAll(*info, 10), QByteArray("abc"));
    EXPECT_EQ(SourceFile::readAll(*info, 2).error().code, ErrorCode::TooLarge);
    EXPECT_EQ(*SourceFile::sha256Hex(path),
              QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

TEST(SourceFile_missingOrFolder, failsClearly)
{
    QTemporaryDir dir;
    EXPECT_EQ(SourceFile::inspect(dir.filePath(QStringLiteral("nope")), 10).error().code,
              ErrorCode::NotFound);
    EXPECT_EQ(SourceFile::inspect(dir.path(), 10).error().code, ErrorCode::InvalidInput);
}

TEST(BinarySniffer_content, tellsTextFromBinary)
{
    EXPECT_FALSE(BinarySniffer::binaryKind(QByteArray("plain text\nwith lines\t\n")));
    EXPECT_FALSE(BinarySniffer::binaryKind(QByteArray()));
    EXPECT_FALSE(BinarySniffer::binaryKind(QByteArray("\xFF\xFEh\x00", 4)));
    EXPECT_FALSE(BinarySniffer::binaryKind(QByteArray("MZ is a fine start for text")));
    EXPECT_EQ(*BinarySniffer::binaryKind(QByteArray("\x7F"
                                                    "ELF\x02\x01\x01\x00",
                                                    8)),
              QStringLiteral("ELF executable"));
    EXPECT_EQ(*BinarySniffer::binaryKind(QByteArray("a\0b", 3)), QStringLiteral("binary data"));
    EXPECT_EQ(*BinarySniffer::binaryKind(QByteArray("\x01\x02\x03\x04\x05xyz", 8)),
              QStringLiteral("binary data"));
}
