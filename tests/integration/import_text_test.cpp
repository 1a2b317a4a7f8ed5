#include "formats/importers/importerregistry.h"
#include "importtestfiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Formats;
using ImportTestFiles::writeFile;

namespace {

class ImportTextTest : public ::testing::Test
{
protected:
    QString file(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        writeFile(path, bytes);
        return path;
    }

    Result<ImportedDocument> import(const QString& path)
    {
        return m_registry.importFile(path, m_options);
    }

    QTemporaryDir m_dir;
    ImporterRegistry m_registry;
    ImportOptions m_options;
};

} // namespace

TEST_F(ImportTextTest, markdown_keptVerbatimWithMetadata)
{
    const QByteArray bytes = "# Title\r\n\r\nSome *text*.\r\n";
    const auto doc = import(file(QStringLiteral("notes.md"), bytes));
    ASSERT_TRUE(doc) << doc.error().message.toStdString();
    EXPECT_EQ(doc->format, QStringLiteral("markdown"));
    EXPECT_EQ(doc->text, QStringLiteral("# Title\n\nSome *text*.\n"));
    EXPECT_EQ(doc->title, QStringLiteral("notes.md"));
    EXPECT_EQ(doc->sizeBytes, bytes.size());
    EXPECT_EQ(doc->sha256, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    EXPECT_TRUE(doc->modified.isValid());
    EXPECT_TRUE(doc->notes.isEmpty());
}

TEST_F(ImportTextTest, sourceCode_languageFromSuffixOrName)
{
    const auto cpp = import(file(QStringLiteral("main.cpp"), "int main() { return 0; }\n"));
    ASSERT_TRUE(cpp);
    EXPECT_EQ(cpp->format, QStringLiteral("code"));
    EXPECT_EQ(cpp->language, QStringLiteral("cpp"));
    const auto py = import(file(QStringLiteral("tool.py"), "print('hi')\n"));
    EXPECT_EQ(py->language, QStringLiteral("python"));
    const auto make = import(file(QStringLiteral("Makefile"), "all:\n\techo hi\n"));
    EXPECT_EQ(make->language, QStringLiteral("makefile"));
    EXPECT_EQ(make->text, QStringLiteral("all:\n\techo hi\n"));
}

TEST_F(ImportTextTest, jsonAndCsv_keptAsText)
{
    const auto json = import(file(QStringLiteral("data.json"), "{\"a\": [1, 2]}\n"));
    ASSERT_TRUE(json);
    EXPECT_EQ(json->format, QStringLiteral("json"));
    EXPECT_EQ(json->text, QStringLiteral("{\"a\": [1, 2]}\n"));
    const auto csv = import(file(QStringLiteral("table.csv"), "name,qty\nfoo,\"1,5\"\n"));
    ASSERT_TRUE(csv);
    EXPECT_EQ(csv->format, QStringLiteral("csv"));
    EXPECT_EQ(csv->text, QStringLiteral("name,qty\nfoo,\"1,5\"\n"));
}

TEST_F(ImportTextTest, unknownSuffixWithText_importedAsPlainText)
{
    const auto doc = import(file(QStringLiteral("CHANGES.weird"), "just text\n"));
    ASSERT_TRUE(doc);
    EXPECT_EQ(doc->format, QStringLiteral("text"));
    EXPECT_EQ(doc->text, QStringLiteral("just text\n"));
}

TEST_F(ImportTextTest, binaryFile_refusedNamingTheKind)
{
    const auto png = import(
        file(QStringLiteral("picture.bin"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)));
    ASSERT_FALSE(png);
    EXPECT_EQ(png.error().code, ErrorCode::Unsupported);
    EXPECT_TRUE(png.error().message.contains(QStringLiteral("binary file (PNG image)")))
        << png.error().message.toStdString();
    // A known text suffix does not make binary content text.
    const auto fake = import(file(QStringLiteral("fake.txt"), QByteArray("\x7F"
                                                                         "ELF\x02\x01\x01\0\0\0",
                                                                         10)));
    ASSERT_FALSE(fake);
    EXPECT_TRUE(fake.error().message.contains(QStringLiteral("binary file (ELF executable)")));
}

TEST_F(ImportTextTest, invalidUtf8_repairedWithVisibleNote)
{
    const auto doc = import(file(QStringLiteral("broken.txt"), "Gr\xC3\xBC\xC3\x9F"
                                                               "e \xFF\xFE caf\xE9!\n"));
    ASSERT_TRUE(doc);
    EXPECT_EQ(doc->text, QStringLiteral("Gr\u00FC\u00DFe \uFFFD\uFFFD caf\uFFFD!\n"));
    ASSERT_EQ(doc->notes.size(), 1);
    EXPECT_TRUE(doc->notes.first().contains(QStringLiteral("3 byte sequence(s)")));
    EXPECT_TRUE(doc->notes.first().contains(QStringLiteral("byte 8")))
        << doc->notes.first().toStdString();
}

TEST_F(ImportTextTest, utf16WithBom_decoded)
{
    QByteArray bytes("\xFF\xFE", 2);
    for (const char c : QByteArray("hello")) {
        bytes.append(c);
        bytes.append('\0');
    }
    const auto doc = import(file(QStringLiteral("wide.txt"), bytes));
    ASSERT_TRUE(doc) << doc.error().message.toStdString();
    EXPECT_EQ(doc->text, QStringLiteral("hello"));
}

TEST_F(ImportTextTest, emptyFile_validDocumentWithNote)
{
    const auto doc = import(file(QStringLiteral("empty.md"), QByteArray()));
    ASSERT_TRUE(doc);
    EXPECT_TRUE(doc->text.isEmpty());
    EXPECT_EQ(doc->sizeBytes, 0);
    EXPECT_EQ(doc->notes, QStringList{QStringLiteral("The file is empty.")});
}

TEST_F(ImportTextTest, overLimit_refusedBeforeReading)
{
    m_options.maxFileBytes = 10;
    const auto doc = import(file(QStringLiteral("long.txt"), QByteArray(11, 'x')));
    ASSERT_FALSE(doc);
    EXPECT_EQ(doc.error().code, ErrorCode::TooLarge);
    EXPECT_TRUE(doc.error().message.contains(QStringLiteral("over the import limit")));
}

TEST_F(ImportTextTest, sparseTwoGigabyteFile_refusedQuicklyForEveryFormat)
{
    for (const char* name : {"huge.txt", "huge.pdf", "huge.docx", "huge.html", "huge.vtt"}) {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_TRUE(f.resize(2LL * 1024 * 1024 * 1024));
        f.close();
        const auto doc = import(path);
        ASSERT_FALSE(doc) << name;
        EXPECT_EQ(doc.error().code, ErrorCode::TooLarge) << name;
        EXPECT_TRUE(doc.error().message.contains(QStringLiteral("2.0 GB")))
            << doc.error().message.toStdString();
        QFile::remove(path);
    }
}

TEST_F(ImportTextTest, missingFile_notFound)
{
    const auto doc = import(m_dir.filePath(QStringLiteral("nope.txt")));
    ASSERT_FALSE(doc);
    EXPECT_EQ(doc.error().code, ErrorCode::NotFound);
}
