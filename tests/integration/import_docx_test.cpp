#include "formats/importers/importerregistry.h"
#include "formats/importers/safezipreader.h"
#include "importtestfiles.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>
#include "cb_test_paths.h"

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

namespace {

QString run(const QString& text, const QString& rPr = QString())
{
    return QStringLiteral("<w:r>") +
           (rPr.isEmpty() ? QString()
                          : QStringLiteral("<w:rPr>") + rPr + QStringLiteral("</w:rPr>")) +
           QStringLiteral("<w:t xml:space=\"preserve\">") + text + QStringLiteral("</w:t></w:r>");
}

QString sup()
{
    return QStringLiteral("<w:vertAlign w:val=\"superscript\"/>");
}

QString noteRef(const char* element, int id)
{
    return QStringLiteral("<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/>"
                          "<w:vertAlign w:val=\"superscript\"/></w:rPr><w:%1 w:id=\"%2\"/></w:r>")
        .arg(QString::fromLatin1(element))
        .arg(id);
}

// A notes part: word/footnotes.xml or word/endnotes.xml with Word's two separator pseudo-notes.
QByteArray notesPart(const char* element, const QString& notes)
{
    const QString e = QString::fromLatin1(element);
    return (QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:%1s "
                           "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/"
                           "main\">"
                           "<w:%1 w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r>"
                           "<w:r><w:t>SEPARATOR</w:t></w:r></w:p></w:%1>"
                           "<w:%1 w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r>"
                           "<w:continuationSeparator/><w:t>CONTINUATION</w:t></w:r></w:p></w:%1>")
                .arg(e) +
            notes + QStringLiteral("</w:%1s>").arg(e))
        .toUtf8();
}

QString note(const char* element, int id, const QString& paragraphs)
{
    return QStringLiteral("<w:%1 w:id=\"%2\">").arg(QString::fromLatin1(element)).arg(id) +
           paragraphs + QStringLiteral("</w:%1>").arg(QString::fromLatin1(element));
}

// A text box as Word writes it: DrawingML in mc:Choice, the same box as VML in mc:Fallback.
QString textBox(const QString& paragraphs)
{
    return QStringLiteral(
               "<w:r><mc:AlternateContent "
               "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
               "<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor xmlns:wp=\"urn:wp\"><a:graphic "
               "xmlns:a=\"urn:a\"><a:graphicData><wps:wsp xmlns:wps=\"urn:wps\"><wps:txbx>"
               "<w:txbxContent>") +
           paragraphs +
           QStringLiteral("</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic>"
                          "</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape "
                          "xmlns:v=\"urn:v\"><v:textbox><w:txbxContent>") +
           paragraphs +
           QStringLiteral("</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
                          "</mc:AlternateContent></w:r>");
}

} // namespace

TEST_F(ImportDocxTest, footnotesAndEndnotes_markersWhereReferencedNotesAtEndInOrder)
{
    const QString body = QStringLiteral("<w:p>") + run(QStringLiteral("The term")) +
                         noteRef("footnoteReference", 2) + run(QStringLiteral(" applies")) +
                         noteRef("endnoteReference", 1) + run(QStringLiteral(".")) +
                         QStringLiteral("</w:p><w:p>") + run(QStringLiteral("Again")) +
                         noteRef("footnoteReference", 1) + noteRef("footnoteReference", 2) +
                         noteRef("footnoteReference", 9) + QStringLiteral("</w:p>");
    auto parts = docxParts(body);
    const QString noteMark = QStringLiteral("<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/>"
                                            "</w:rPr><w:footnoteRef/></w:r>");
    parts.append(
        {QStringLiteral("word/footnotes.xml"),
         notesPart("footnote",
                   note("footnote", 1,
                        QStringLiteral("<w:p>") + noteMark +
                            run(QStringLiteral(" Second, in two parts.")) +
                            QStringLiteral("</w:p>") + para(QStringLiteral("Part two."))) +
                       note("footnote", 2,
                            QStringLiteral("<w:p>") + noteMark +
                                run(QStringLiteral(" First note, 10")) +
                                run(QStringLiteral("6"), sup()) + QStringLiteral("</w:p>")) +
                       note("footnote", 3, para(QStringLiteral("Never referenced."))))});
    parts.append({QStringLiteral("word/endnotes.xml"),
                  notesPart("endnote", note("endnote", 1, para(QStringLiteral("An endnote."))))});
    const auto doc = importParts(parts);
    ASSERT_TRUE(doc) << doc.error().message.toStdString();
    EXPECT_EQ(doc->text, QStringLiteral("The term[^1] applies[^e1].\n\n"
                                        "Again[^2][^1]\n\n"
                                        "[^1]: First note, 10\u2076\n"
                                        "[^2]: Second, in two parts.\n\n"
                                        "    Part two.\n"
                                        "[^3]: Never referenced.\n"
                                        "[^e1]: An endnote."));
    for (const char* pseudo : {"SEPARATOR", "CONTINUATION"})
        EXPECT_FALSE(doc->text.contains(QString::fromLatin1(pseudo))) << pseudo;
    ASSERT_EQ(doc->notes.size(), 1) << doc->notes.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(doc->notes.first().contains(QStringLiteral("ids 9")))
        << doc->notes.first().toStdString();
}

TEST_F(ImportDocxTest, customFootnoteMark_replacedByMarkerNotDoubled)
{
    const QString body = QStringLiteral(
        "<w:p><w:r><w:t>Price</w:t></w:r><w:r><w:footnoteReference w:customMarkFollows=\"1\" "
        "w:id=\"1\"/><w:t>*</w:t></w:r></w:p>");
    auto parts = docxParts(body);
    parts.append({QStringLiteral("word/footnotes.xml"),
                  notesPart("footnote", note("footnote", 1, para(QStringLiteral("Before tax."))))});
    const auto doc = importParts(parts);
    ASSERT_TRUE(doc) << doc.error().message.toStdString();
    EXPECT_EQ(doc->text, QStringLiteral("Price[^1]\n\n[^1]: Before tax."));
}

TEST_F(ImportDocxTest, textBoxes_readOnceWhereAnchored)
{
    const QString body =
        para(QStringLiteral("Before")) + QStringLiteral("<w:p>") + run(QStringLiteral("Anchor")) +
        textBox(para(QStringLiteral("Box line 1")) + para(QStringLiteral("Box line 2"))) +
        QStringLiteral("</w:p>") + para(QStringLiteral("After")) +
        QStringLiteral("<w:p><w:r><w:drawing><wp:inline xmlns:wp=\"x\"/></w:drawing></w:r></w:p>");
    const auto doc = importParts(docxParts(body));
    ASSERT_TRUE(doc) << doc.error().message.toStdString();
    EXPECT_EQ(doc->text, QStringLiteral("Before\n\nAnchor\n\nBox line 1\n\nBox line 2\n\nAfter"));
    // The picture without text is still reported; the text box is not.
    EXPECT_EQ(doc->notes,
              QStringList{QStringLiteral("1 image(s) or drawing(s) are not included.")});
}

TEST_F(ImportDocxTest, onlyTextBoxes_textImported)
{
    const auto doc = importParts(docxParts(QStringLiteral("<w:p>") +
                                           textBox(para(QStringLiteral("Only inside a box"))) +
                                           QStringLiteral("</w:p>")));
    ASSERT_TRUE(doc) << doc.error().message.toStdString();
    EXPECT_EQ(doc->text, QStringLiteral("Only inside a box"));
    EXPECT_TRUE(doc->notes.isEmpty()) << doc->notes.join(QLatin1Char('|')).toStdString();
}

TEST_F(ImportDocxTest, superscriptAndSubscriptRuns_keptUnambiguous)
{
    const QString sub = QStringLiteral("<w:vertAlign w:val=\"subscript\"/>");
    const QString body =
        QStringLiteral("<w:p>") + run(QStringLiteral("Mass 5.97\u00D710")) +
        run(QStringLiteral("2"), sup()) + run(QStringLiteral("4"), sup()) +
        run(QStringLiteral(" kg, 10 \u043C\u043C")) + run(QStringLiteral("2"), sup()) +
        run(QStringLiteral(", H")) + run(QStringLiteral("2"), sub) + run(QStringLiteral("O, x")) +
        run(QStringLiteral("n\u22121"), sup()) + run(QStringLiteral(", v")) +
        run(QStringLiteral("max"), QStringLiteral("<w:rStyle w:val=\"LowChild\"/>")) +
        run(QStringLiteral(", \u043C")) + run(QStringLiteral("\u0441\u0442"), sup()) +
        run(QStringLiteral(", T")) + run(QStringLiteral("Max 1"), sub) +
        run(QStringLiteral(", 2")) +
        run(QStringLiteral("8"), QStringLiteral("<w:vertAlign w:val=\"baseline\"/>")) +
        QStringLiteral("</w:p><w:p><w:pPr><w:rPr>") + sup() + QStringLiteral("</w:rPr></w:pPr>") +
        run(QStringLiteral("Plain 42")) + QStringLiteral("</w:p>");
    auto parts = docxParts(body);
    // Subscript through a character style and one based on it.
    parts[3].bytes.replace(
        "</w:styles>", "<w:style w:type=\"character\" w:styleId=\"Low\"><w:rPr><w:vertAlign "
                       "w:val=\"subscript\"/></w:rPr></w:style><w:style w:type=\"character\" "
                       "w:styleId=\"LowChild\"><w:basedOn w:val=\"Low\"/></w:style></w:styles>");
    const auto doc = importParts(parts);
    ASSERT_TRUE(doc) << doc.error().message.toStdString();
    EXPECT_EQ(doc->text, QStringLiteral("Mass 5.97\u00D710\u00B2\u2074 kg, 10 \u043C\u043C\u00B2, "
                                        "H\u2082O, x\u207F\u207B\u00B9, v\u2098\u2090\u2093, "
                                        "\u043C^(\u0441\u0442), T_(Max 1), 28\n\nPlain 42"));
}
