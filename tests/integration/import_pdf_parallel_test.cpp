// A long PDF read by several contextbench-pdftext processes gives exactly the text that reading
// it page by page in this process gives, in page order, with one progress report per page; a
// helper that fails or a cancel mid-way are handled.
#include "formats/importers/pdfimporter.h"
#include "formats/importers/pdfpageworkers.h"
#include "importtestfiles.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <limits>

using namespace Cb::Core;
using namespace Cb::Formats;

namespace {

// Pages that differ in length, script and blank lines, so a page out of place shows.
QStringList variedPages(int count)
{
    QStringList pages;
    for (int i = 1; i <= count; ++i) {
        QString page = QStringLiteral("Page body %1: the quick brown fox").arg(i);
        for (int l = 0; l < i % 7; ++l)
            page += QStringLiteral("\nline %1.%2 with Ünïcode — and 한국어 텍스트").arg(i).arg(l);
        if (i % 11 == 0)
            page.clear(); // no text layer on this page
        pages << page;
    }
    return pages;
}

PdfImporter::Parallelism inProcesses(int processes)
{
    PdfImporter::Parallelism p;
    p.minPages = 2;
    p.minPagesPerProcess = 1;
    p.processes = processes;
    return p;
}

PdfImporter::Parallelism inThisProcess()
{
    PdfImporter::Parallelism p;
    p.minPages = std::numeric_limits<int>::max();
    return p;
}

class ImportPdfParallelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_file = m_dir.filePath(QStringLiteral("long.pdf"));
        ASSERT_TRUE(ImportTestFiles::writePdf(m_file, variedPages(45)));
    }

    QTemporaryDir m_dir;
    QString m_file;
};

} // namespace

TEST_F(ImportPdfParallelTest, helper_isBuiltAndFound)
{
    EXPECT_FALSE(PdfPageWorkers::helperPath().isEmpty());
}

TEST_F(ImportPdfParallelTest, threeProcesses_sameTextInOrderAsPageByPage)
{
    QList<std::pair<int, int>> progress;
    ImportOptions options;
    options.pageProgress = [&progress](int page, int count) { progress.append({page, count}); };
    const auto parallel = PdfImporter(inProcesses(3)).importFile(m_file, options, {});
    const auto serial = PdfImporter(inThisProcess()).importFile(m_file, ImportOptions(), {});
    ASSERT_TRUE(parallel) << parallel.error().message.toStdString();
    ASSERT_TRUE(serial) << serial.error().message.toStdString();
    EXPECT_EQ(parallel->text, serial->text);
    EXPECT_EQ(parallel->notes, serial->notes);
    EXPECT_EQ(parallel->pageCount, 45);
    EXPECT_TRUE(parallel->text.contains(QStringLiteral("Page body 43")));
    EXPECT_LT(parallel->text.indexOf(QStringLiteral("Page body 9:")),
              parallel->text.indexOf(QStringLiteral("Page body 10:")));
    ASSERT_EQ(progress.size(), 45);
    for (int i = 0; i < 45; ++i)
        EXPECT_EQ(progress[i], std::make_pair(i + 1, 45));
}

TEST_F(ImportPdfParallelTest, moreProcessesThanPages_sameText)
{
    const QString shortFile = m_dir.filePath(QStringLiteral("short.pdf"));
    ASSERT_TRUE(ImportTestFiles::writePdf(shortFile, variedPages(3)));
    const auto parallel = PdfImporter(inProcesses(8)).importFile(shortFile, ImportOptions(), {});
    const auto serial = PdfImporter(inThisProcess()).importFile(shortFile, ImportOptions(), {});
    ASSERT_TRUE(parallel && serial);
    EXPECT_EQ(parallel->text, serial->text);
}

TEST_F(ImportPdfParallelTest, helperThatFails_pagesReadInThisProcess)
{
    qputenv("CB_PDFTEXT", "/bin/false");
    const auto parallel = PdfImporter(inProcesses(2)).importFile(m_file, ImportOptions(), {});
    qunsetenv("CB_PDFTEXT");
    const auto serial = PdfImporter(inThisProcess()).importFile(m_file, ImportOptions(), {});
    ASSERT_TRUE(parallel) << parallel.error().message.toStdString();
    EXPECT_EQ(parallel->text, serial->text);
}

TEST_F(ImportPdfParallelTest, cancelWhileProcessesRun_endsCancelledBeforeTheLastPage)
{
    const QString big = m_dir.filePath(QStringLiteral("big.pdf"));
    ASSERT_TRUE(ImportTestFiles::writePdf(big, QStringList(600, QStringLiteral("Line of text"))));
    CancelToken cancel;
    int pagesSeen = 0;
    ImportOptions options;
    options.pageProgress = [&](int page, int) {
        pagesSeen = page;
        if (page == 5)
            cancel.cancel();
    };
    const auto doc = PdfImporter(inProcesses(2)).importFile(big, options, cancel);
    ASSERT_FALSE(doc);
    EXPECT_EQ(doc.error().code, ErrorCode::Cancelled);
    EXPECT_TRUE(doc.error().message.contains(QStringLiteral("cancelled at page")))
        << doc.error().message.toStdString();
    EXPECT_LT(pagesSeen, 600);
}
