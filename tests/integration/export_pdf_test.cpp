// PDF reports read back with Qt Pdf: text in reading order, page numbers, page sizes, embedded
// fonts, CJK text, and a 100-page report whose table rows and code lines are never split.
#include "exportfixture.h"
#include "formats/export/runexporter.h"
#include "support/tempworkspace.h"

#include <QPdfDocument>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Formats;

namespace {

QByteArray pdf(const RunRecord& run, ExportOptions options = {})
{
    options.format = ExportFormat::Pdf;
    auto bytes = RunExporter::render(run, options);
    EXPECT_TRUE(bytes) << (bytes ? "" : bytes.error().message.toStdString());
    return bytes ? *bytes : QByteArray();
}

QSizeF firstPageSize(const QByteArray& bytes)
{
    QTemporaryFile file;
    QPdfDocument doc;
    return Cb::Test::loadPdf(bytes, file, doc) ? doc.pagePointSize(0) : QSizeF();
}

// Positions of needles in the joined text; -1 when missing.
qsizetype indexIn(const QString& text, const QString& needle)
{
    return text.indexOf(needle);
}

} // namespace

TEST(ExportPdf, comparison_textInReadingOrder)
{
    ExportOptions options;
    options.includePrompt = true;
    const QStringList pages = Cb::Test::pdfPageTexts(pdf(Cb::Test::comparisonRun(), options));
    ASSERT_GE(pages.size(), 3);
    const QString all = pages.join(QLatin1Char('\n'));
    const QStringList order{QStringLiteral("Seoul offline sync pilot"),
                            QStringLiteral("Comparison of 2 outputs"),
                            QStringLiteral("Outputs"),
                            QStringLiteral("Ranking (Bradley–Terry)"),
                            QStringLiteral("Output 1 — o3"),
                            QStringLiteral("Launch plan: Seoul pilot"),
                            QStringLiteral("Conflict resolver"),
                            QStringLiteral("Last writer wins per field"),
                            QStringLiteral("Output 2 — o3-pro"),
                            QStringLiteral("Why vector clocks"),
                            QStringLiteral("def happened_before"),
                            QStringLiteral("Appendix: context manifest"),
                            QStringLiteral("Appendix: prompt")};
    qsizetype last = -1;
    for (const QString& needle : order) {
        const qsizetype at = indexIn(all, needle);
        EXPECT_GT(at, last) << needle.toStdString();
        last = qMax(last, at);
    }
    EXPECT_TRUE(all.contains(QStringLiteral("[image: https://example.com/diagram.png]")));
}

TEST(ExportPdf, footer_numbersEveryPageOfTheTotal)
{
    const QStringList pages = Cb::Test::pdfPageTexts(pdf(Cb::Test::comparisonRun()));
    ASSERT_GE(pages.size(), 3);
    for (int i = 0; i < pages.size(); ++i)
        EXPECT_TRUE(pages[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())))
            << "page " << i + 1;
}

TEST(ExportPdf, cjkAndEmojiText_extractIntact)
{
    // Lines wrap anywhere in CJK text: compare with line breaks taken out.
    QString all = Cb::Test::pdfPageTexts(pdf(Cb::Test::comparisonRun())).join(QString());
    all.remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    EXPECT_TRUE(
        all.contains(QStringLiteral("오프라인 모드에서도 변경 사항이 안전하게 저장됩니다")));
    EXPECT_TRUE(all.contains(QStringLiteral("다시 연결되면 변경 사항이 자동으로 동기화됩니다")));
    EXPECT_TRUE(all.contains(QStringLiteral("オフラインでも保存されます")));
    EXPECT_TRUE(all.contains(QStringLiteral("离线时也会保存")));
    EXPECT_TRUE(all.contains(QStringLiteral("오프라인 동기화 메모"))); // manifest table
}

TEST(ExportPdf, emoji_drawnAsImagesBesideIntactText)
{
    RunRecord run = Cb::Test::comparisonRun();
    run.calls.removeLast();
    run.calls[0].text =
        QStringLiteral("Ship it 🚀 then rest ✅ and 👍🏽 with 🇰🇷 done");
    run.votes.clear();
    const QByteArray bytes = pdf(run);
    EXPECT_GE(bytes.count("/Subtype /Image"), 4);
    const QString all = Cb::Test::pdfPageTexts(bytes).join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("Ship it")));
    EXPECT_TRUE(all.contains(QStringLiteral("done")));
}

TEST(ExportPdf, fonts_areEmbedded)
{
    const QByteArray bytes = pdf(Cb::Test::comparisonRun());
    ASSERT_TRUE(bytes.startsWith("%PDF-"));
    const qsizetype descriptors = bytes.count("/Type /FontDescriptor");
    const qsizetype files =
        bytes.count("/FontFile2") + bytes.count("/FontFile3") + bytes.count("/FontFile ");
    EXPECT_GT(descriptors, 0);
    EXPECT_EQ(files, descriptors) << "every described font carries its glyphs";
}

TEST(ExportPdf, pageSize_a4AndLetter)
{
    ExportOptions options;
    options.pageSize = PageSize::A4;
    const QSizeF a4 = firstPageSize(pdf(Cb::Test::comparisonRun(), options));
    EXPECT_NEAR(a4.width(), 595.3, 1.0);
    EXPECT_NEAR(a4.height(), 841.9, 1.0);
    options.pageSize = PageSize::Letter;
    const QSizeF letter = firstPageSize(pdf(Cb::Test::comparisonRun(), options));
    EXPECT_NEAR(letter.width(), 612, 1.0);
    EXPECT_NEAR(letter.height(), 792, 1.0);
}

TEST(ExportPdf, sideBySide_putsBothOutputsOnOnePage)
{
    ExportOptions options;
    options.layout = ReportLayout::SideBySide;
    const QStringList pages = Cb::Test::pdfPageTexts(pdf(Cb::Test::comparisonRun(), options));
    bool together = false;
    for (const QString& page : pages)
        together = together || (page.contains(QStringLiteral("Launch plan: Seoul pilot")) &&
                                page.contains(QStringLiteral("Seoul pilot — launch plan")));
    EXPECT_TRUE(together);
}

TEST(ExportPdf, longReport_paginatesWithoutSplittingRowsOrCodeLines)
{
    const RunRecord run = Cb::Test::longRun(750, 950);
    const QStringList pages = Cb::Test::pdfPageTexts(pdf(run));
    ASSERT_GE(pages.size(), 100);
    for (const CallRecord& c : run.calls) {
        for (int i = 0; i < 950; ++i) {
            const QString line =
                QStringLiteral("code line %1 of %2\" && migrate --shard %1 --verify")
                    .arg(i, 4, 10, QLatin1Char('0'))
                    .arg(c.model);
            int found = 0;
            for (const QString& page : pages)
                found += page.contains(line) ? 1 : 0;
            ASSERT_EQ(found, 1) << line.toStdString() << " whole on exactly one page";
        }
    }
    // Every table row's cells land on one page: the row marker and its last cell together.
    static const QRegularExpression row(QStringLiteral("row (\\d{4})"));
    int rowsSeen = 0;
    for (const QString& page : pages) {
        for (auto it = row.globalMatch(page); it.hasNext();) {
            const auto m = it.next();
            ++rowsSeen;
            const qsizetype end = page.indexOf(QStringLiteral("완료"), m.capturedEnd());
            const qsizetype next = page.indexOf(QStringLiteral("row "), m.capturedEnd());
            EXPECT_TRUE(end >= 0 && (next < 0 || end < next))
                << "row " << m.captured(1).toStdString() << " is split";
        }
    }
    EXPECT_EQ(rowsSeen, 2 * 750);
}

TEST(ExportPdf, followUps_shownUnderTheirOutputs)
{
    const QString all = Cb::Test::pdfPageTexts(pdf(Cb::Test::comparisonRunWithFollowUps())).join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("Follow-up: Shorten the pilot to four weeks")));
    EXPECT_TRUE(all.contains(QStringLiteral("Four-week pilot")));
    EXPECT_TRUE(all.contains(QStringLiteral("The connection dropped.")));
    EXPECT_TRUE(all.contains(QStringLiteral("partial")));
}
