#include "formats/importers/importerregistry.h"
#include "formats/importers/safezipreader.h"
#include "importtestfiles.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Formats;
using ImportTestFiles::docxParts;
using ImportTestFiles::writeZip;

namespace {

QString para(const QString& text, const QString& style = QString(),
             const QString& numPr = QString())
{
    QString ppr;
    if (!style.isEmpty() || !numPr.isEmpty()) {
        ppr =
            QStringLiteral("<w:pPr>") +
            (style.isEmpty() ? QString() : QStringLiteral("<w:pStyle w:val=\"%1\"/>").arg(style)) +
            numPr + QStringLiteral("</w:pPr>");
    }
    return QStringLiteral("<w:p>") + ppr + QStringLiteral("<w:r><w:t xml:space=\"preserve\">") +
           text + QStringLiteral("</w:t></w:r></w:p>");
}

QString numPr(int numId, int level)
{
    return QStringLiteral("<w:numPr><w:ilvl w:val=\"%1\"/><w:numId w:val=\"%2\"/></w:numPr>")
        .arg(level)
        .arg(numId);
}

QString cell(const QString& text, const QString& props = QString())
{
    return QStringLiteral("<w:tc>") + props + para(text) + QStringLiteral("</w:tc>");
}

const char* kNumbering =
    "<w:abstractNum w:abstractNumId=\"10\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt "
    "w:val=\"decimal\"/></w:lvl>"
    "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt "
    "w:val=\"lowerLetter\"/></w:lvl></w:abstractNum>"
    "<w:abstractNum w:abstractNumId=\"20\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/></w:lvl>"
    "<w:lvl w:ilvl=\"1\"><w:numFmt w:val=\"bullet\"/></w:lvl></w:abstractNum>"
    "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"10\"/></w:num>"
    "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"20\"/></w:num>";

class ImportDocxTest : public ::testing::Test
{
protected:
    Result<ImportedDocument> importParts(const QList<ImportTestFiles::ZipEntry>& parts,
                                         const QString& name = QStringLiteral("doc.docx"))
    {
        const QString path = m_dir.filePath(name);
        EXPECT_TRUE(writeZip(path, parts));
        return m_registry.importFile(path, m_options);
    }

    QTemporaryDir m_dir;
    ImporterRegistry m_registry;
    ImportOptions m_options;
};

} // namespace

TEST_F(ImportDocxTest, builtDocument_headingsListsTableAndLinksAsMarkdown)
{
    const QString body =
        para(QStringLiteral("Project Plan"), QStringLiteral("Title")) +
        para(QStringLiteral("Goals"), QStringLiteral("Heading1")) +
        para(QStringLiteral("We want three things.")) +
        para(QStringLiteral("First goal"), QString(), numPr(1, 0)) +
        para(QStringLiteral("Detail a"), QString(), numPr(1, 1)) +
        para(QStringLiteral("Detail b"), QString(), numPr(1, 1)) +
        para(QStringLiteral("Second goal"), QString(), numPr(1, 0)) +
        para(QStringLiteral("Risks"), QStringLiteral("Kop2")) +
        para(QStringLiteral("Budget"), QString(), numPr(2, 0)) +
        para(QStringLiteral("Staff"), QString(), numPr(2, 1)) +
        para(QStringLiteral("Custom"), QStringLiteral("MyHeading")) +
        QStringLiteral("<w:tbl><w:tr>") + cell(QStringLiteral("Owner")) +
        cell(QStringLiteral("Task | note")) + QStringLiteral("</w:tr><w:tr>") +
        cell(QStringLiteral("Ann")) + cell(QStringLiteral("Write spec")) +
        QStringLiteral("</w:tr><w:tr>") +
        cell(QStringLiteral("Both"), QStringLiteral("<w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>")) +
        QStringLiteral("</w:tr></w:tbl>") +
        QStringLiteral("<w:p><w:r><w:t xml:space=\"preserve\">See </w:t></w:r><w:hyperlink "
                       "r:id=\"rId9\"><w:r><w:t>the site</w:t></w:r>"
                       "</w:hyperlink><w:r><w:tab/><w:t>end</w:t></"
                       "w:r><w:del><w:r><w:delText>removed</w:delText></w:r></w:del></w:p>") +
        QStringLiteral("<w:p><w:r><w:drawing><wp:inline xmlns:wp=\"x\"/></w:drawing></w:r></w:p>");
    const QString rels = QStringLiteral(
        "<Relationship Id=\"rId9\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" "
        "Target=\"https://example.org/plan\" TargetMode=\"External\"/>");
    const auto doc = importParts(docxParts(body, QString::fromLatin1(kNumbering), rels));
    ASSERT_TRUE(doc) << doc.error().message.toStdString();
    EXPECT_EQ(doc->format, QStringLiteral("docx"));
    EXPECT_EQ(doc->text,
              QStringLiteral(
                  "# Project Plan\n\n# Goals\n\nWe want three things.\n\n"
                  "1. First goal\n  1. Detail a\n  2. Detail b\n2. Second goal\n\n"
                  "## Risks\n\n- Budget\n  - Staff\n\n## Custom\n\n"
                  "| Owner | Task \\| note |\n| --- | --- |\n| Ann | Write spec |\n|  | Both |\n\n"
                  "See [the site](https://example.org/plan)\tend"));
    EXPECT_EQ(doc->notes,
              QStringList{QStringLiteral("1 image(s) or drawing(s) are not included.")});
}

TEST_F(ImportDocxTest, shippedWordDocument_convertsStylesBasedLists)
{
    const auto doc =
        m_registry.importFile(QStringLiteral(CB_TEST_DATA_DIR "/import/sample.docx"), m_options);
    ASSERT_TRUE(doc) << doc.error().message.toStdString();
    EXPECT_EQ(
        doc->text,
        QStringLiteral(
            "# Quarterly Report\n\n# Summary\n\nRevenue grew in every region this quarter.\n\n"
            "## Highlights\n\n- New office opened\n- Hiring on track\n1. Ship version 2\n2. Close "
            "the audit\n\n"
            "| Region | Q1 | Q2 |\n| --- | --- | --- |\n| North | 10 | 12 |\n| South | 7 | 9 |\n\n"
            "Prepared by the finance team."));
    EXPECT_TRUE(doc->notes.isEmpty());
}

TEST_F(ImportDocxTest, zipBomb_refusedByRatio)
{
    auto parts = docxParts(para(QStringLiteral("small")));
    // 20 MB of one byte deflates to about 20 KB: a 1000:1 ratio.
    parts.append({QStringLiteral("word/media/bomb.xml"), QByteArray(20 * 1024 * 1024, ' ')});
    const auto doc = importParts(parts, QStringLiteral("bomb.docx"));
    ASSERT_FALSE(doc);
    EXPECT_EQ(doc.error().code, ErrorCode::TooLarge);
    EXPECT_TRUE(doc.error().message.contains(QStringLiteral("ZIP bomb")))
        << doc.error().message.toStdString();
}

TEST_F(ImportDocxTest, oversizedEntry_refused)
{
    m_options.maxArchiveEntryBytes = 1000;
    const auto doc = importParts(docxParts(para(QString(2000, QLatin1Char('x')))));
    ASSERT_FALSE(doc);
    EXPECT_EQ(doc.error().code, ErrorCode::TooLarge);
    EXPECT_TRUE(doc.error().message.contains(QStringLiteral("word/document.xml")))
        << doc.error().message.toStdString();
}

TEST_F(ImportDocxTest, tooManyEntries_refused)
{
    m_options.maxArchiveEntries = 5;
    auto parts = docxParts(para(QStringLiteral("x")));
    for (int i = 0; i < 5; ++i)
        parts.append({QStringLiteral("extra/%1.xml").arg(i), "<a/>"});
    const auto doc = importParts(parts);
    ASSERT_FALSE(doc);
    EXPECT_EQ(doc.error().code, ErrorCode::TooLarge);
}

TEST_F(ImportDocxTest, pathTraversalEntry_refused)
{
    auto parts = docxParts(para(QStringLiteral("x")));
    parts.append({QStringLiteral("../../evil.sh"), "rm -rf /"});
    const auto doc = importParts(parts, QStringLiteral("traversal.docx"));
    ASSERT_FALSE(doc);
    EXPECT_EQ(doc.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(doc.error().message.contains(QStringLiteral("unsafe entry name")))
        << doc.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("../../evil.sh"))));
}

TEST(SafeZipReader_entryNames, unsafeOnesRecognised)
{
    EXPECT_TRUE(SafeZipReader::isSafeEntryName(QStringLiteral("word/document.xml")));
    EXPECT_TRUE(SafeZipReader::isSafeEntryName(QStringLiteral("a..b/c")));
    for (const char* bad : {"/etc/passwd", "../x", "a/../../x", "a\\..\\x", "C:/x", ""})
        EXPECT_FALSE(SafeZipReader::isSafeEntryName(QString::fromLatin1(bad))) << bad;
}

TEST_F(ImportDocxTest, dtdInPart_refused)
{
    auto parts = docxParts(para(QStringLiteral("x")));
    parts[2].bytes =
        "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
        "\"&a;&a;&a;&a;&a;\">]>"
        "<w:document "
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        "<w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>";
    const auto doc = importParts(parts);
    ASSERT_FALSE(doc);
    EXPECT_EQ(doc.error().code, ErrorCode::Parse);
    EXPECT_TRUE(doc.error().message.contains(QStringLiteral("DTD")))
        << doc.error().message.toStdString();
}

TEST_F(ImportDocxTest, notAZip_or_missingDocument_failClearly)
{
    const QString garbage = m_dir.filePath(QStringLiteral("garbage.docx"));
    ImportTestFiles::writeFile(garbage, "this is not a zip file at all");
    const auto a = m_registry.importFile(garbage, m_options);
    ASSERT_FALSE(a);
    EXPECT_EQ(a.error().code, ErrorCode::Parse);
    const auto b = importParts({{QStringLiteral("hello.txt"), "hi"}});
    ASSERT_FALSE(b);
    EXPECT_TRUE(b.error().message.contains(QStringLiteral("not a Word document")));
    const QString legacy = m_dir.filePath(QStringLiteral("locked.docx"));
    ImportTestFiles::writeFile(legacy, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0", 12));
    const auto c = m_registry.importFile(legacy, m_options);
    ASSERT_FALSE(c);
    EXPECT_TRUE(c.error().message.contains(QStringLiteral("password-protected")));
}

TEST_F(ImportDocxTest, malformedXml_failsWithPartAndLine)
{
    auto parts = docxParts(QStringLiteral("<w:p><w:r><w:t>unclosed</w:r></w:p>"));
    const auto doc = importParts(parts);
    ASSERT_FALSE(doc);
    EXPECT_EQ(doc.error().code, ErrorCode::Parse);
    EXPECT_TRUE(doc.error().message.contains(QStringLiteral("word/document.xml is malformed")))
        << doc.error().message.toStdString();
}
