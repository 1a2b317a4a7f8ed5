#include "formats/importers/importerregistry.h"
#include "formats/importers/pdfimporter.h"
#include "importtestfiles.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>
#include "cb_test_paths.h"

using namespace Cb::Core;
using namespace Cb::Formats;

namespace {

class ImportPdfTest : public ::testing::Test
{
protected:
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    ImporterRegistry m_registry;
};

} // namespace

TEST_F(ImportPdfTest, multiPage_textInReadingOrderWithPageMarkers)
{
    const QString file = path(QStringLiteral("report.pdf"));
    ASSERT_TRUE(ImportTestFiles::writePdf(
        file, {QStringLiteral("Alpha first page\nsecond line here"),
               QStringLiteral("Bravo middle page"), QStringLiteral("Charlie last page")}));
    const auto doc = m_registry.importFile(file, ImportOptions());
    ASSERT_TRUE(doc) << doc.error().message.toStdString();
    EXPECT_EQ(doc->format, QStringLiteral("pdf"));
    EXPECT_EQ(doc->pageCount, 3);
    EXPECT_TRUE(doc->notes.isEmpty());
    const QString& t = doc->text;
    const qsizetype p1 = t.indexOf(QStringLiteral("--- Page 1 ---"));
    const qsizetype alpha = t.indexOf(QStringLiteral("Alpha first page"));
    const qsizetype second = t.indexOf(QStringLiteral("second line here"));
    const qsizetype p2 = t.indexOf(QStringLiteral("--- Page 2 ---"));
    const qsizetype bravo = t.indexOf(QStringLiteral("Bravo middle page"));
    const qsizetype p3 = t.indexOf(QStringLiteral("--- Page 3 ---"));
    const qsizetype charlie = t.indexOf(QStringLiteral("Charlie last page"));
    EXPECT_EQ(p1, 0) << t.toStdString();
    EXPECT_LT(p1, alpha);
    EXPECT_LT(alpha, second);
    EXPECT_LT(second, p2);
    EXPECT_LT(p2, bravo);
    EXPECT_LT(bravo, p3);
    EXPECT_LT(p3, charlie);
    EXPECT_FALSE(t.contains(QLatin1Char('\r')));
}

TEST_F(ImportPdfTest, pageWithoutText_noted)
{
    const QString file = path(QStringLiteral("gap.pdf"));
    ASSERT_TRUE(ImportTestFiles::writePdf(
        file, {QStringLiteral("Has text"), QString(), QStringLiteral("Also text")}));
    const auto doc = m_registry.importFile(file, ImportOptions());
    ASSERT_TRUE(doc) << doc.error().message.toStdString();
    EXPECT_EQ(doc->notes,
              QStringList{QStringLiteral("PDF page(s) 2 have no text layer (images only?).")});
}

TEST_F(ImportPdfTest, imageOnly_failsWithClearMessage)
{
    const QString file = path(QStringLiteral("scan.pdf"));
    ASSERT_TRUE(ImportTestFiles::writeImageOnlyPdf(file, 2));
    const auto doc = m_registry.importFile(file, ImportOptions());
    ASSERT_FALSE(doc);
    EXPECT_EQ(doc.error().code, ErrorCode::Unsupported);
    EXPECT_TRUE(doc.error().message.contains(QStringLiteral("no text layer")))
        << doc.error().message.toStdString();
    EXPECT_TRUE(doc.error().message.contains(QStringLiteral("OCR")));
}

TEST_F(ImportPdfTest, corrupt_failsAsParseError)
{
    const QString file = path(QStringLiteral("broken.pdf"));
    ImportTestFiles::writeFile(
        file, "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage without xref or trailer\n");
    const auto doc = m_registry.importFile(file, ImportOptions());
    ASSERT_FALSE(doc);
    EXPECT_EQ(doc.error().code, ErrorCode::Parse);
    EXPECT_TRUE(doc.error().message.contains(QStringLiteral("not a readable PDF")));
}

TEST_F(ImportPdfTest, truncated_failsAsParseError)
{
    const QString good = path(QStringLiteral("good.pdf"));
    ASSERT_TRUE(ImportTestFiles::writePdf(good, {QStringLiteral("Some text")}));
    QFile in(good);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    const QString cut = path(QStringLiteral("cut.pdf"));
    ImportTestFiles::writeFile(cut, in.read(in.size() / 3));
    const auto doc = m_registry.importFile(cut, ImportOptions());
    ASSERT_FALSE(doc);
    EXPECT_EQ(doc.error().code, ErrorCode::Parse);
}

TEST_F(ImportPdfTest, pdfWithoutSuffix_sniffedByContent)
{
    const QString file = path(QStringLiteral("download"));
    ASSERT_TRUE(ImportTestFiles::writePdf(file, {QStringLiteral("Sniffed content")}));
    const auto doc = m_registry.importFile(file, ImportOptions());
    ASSERT_TRUE(doc) << doc.error().message.toStdString();
    EXPECT_EQ(doc->format, QStringLiteral("pdf"));
    EXPECT_TRUE(doc->text.contains(QStringLiteral("Sniffed content")));
}

TEST_F(ImportPdfTest, cancelledToken_stopsBeforeFirstPage)
{
    const QString file = path(QStringLiteral("many.pdf"));
    ASSERT_TRUE(ImportTestFiles::writePdf(file, QStringList(20, QStringLiteral("page"))));
    CancelToken cancel;
    cancel.cancel();
    const auto doc = PdfImporter().importFile(file, ImportOptions(), cancel);
    ASSERT_FALSE(doc);
    EXPECT_EQ(doc.error().code, ErrorCode::Cancelled);
}

TEST_F(ImportPdfTest, passwordProtected_failsWithClearMessage)
{
    // Made by tests/data/import/make_encrypted_pdf.sh (qpdf, AES-256, user password "user").
    const auto doc = m_registry.importFile(QStringLiteral(CB_TEST_DATA_DIR "/import/encrypted.pdf"),
                                           ImportOptions());
    ASSERT_FALSE(doc);
    EXPECT_EQ(doc.error().code, ErrorCode::Unsupported);
    EXPECT_TRUE(doc.error().message.contains(QStringLiteral("password-protected")))
        << doc.error().message.toStdString();
}

TEST_F(ImportPdfTest, pageProgress_calledAfterEveryPage)
{
    const QString file = path(QStringLiteral("five.pdf"));
    ASSERT_TRUE(ImportTestFiles::writePdf(file, QStringList(5, QStringLiteral("Some text"))));
    QList<std::pair<int, int>> calls;
    ImportOptions options;
    options.pageProgress = [&calls](int page, int pageCount) { calls.append({page, pageCount}); };
    const auto doc = m_registry.importFile(file, options);
    ASSERT_TRUE(doc) << doc.error().message.toStdString();
    const QList<std::pair<int, int>> expected = {{1, 5}, {2, 5}, {3, 5}, {4, 5}, {5, 5}};
    EXPECT_EQ(calls, expected);
}
