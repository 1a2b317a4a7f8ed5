// Statistics charts in exported reports: the writers place the images the UI (or the CLI)
// rendered beforehand. Synthetic images here, so the test needs no Qt Charts; the real charts
// are exercised by the CLI test (exportcommand_test) and the GUI test of ReportCharts.
#include "exportfixture.h"
#include "formats/export/experimentexporter.h"
#include "formats/export/runexporter.h"

#include <QPdfDocument>
#include <QTemporaryFile>

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Formats;

namespace {

const QColor kChartColour(0x11, 0x99, 0x33); // appears nowhere else in a report

ReportChart chart(const QString& title)
{
    QImage image(800, 400, QImage::Format_RGB32);
    image.fill(kChartColour);
    return {title, QStringLiteral("A synthetic chart for the test."), image};
}

ExportOptions withCharts(ExportFormat format)
{
    ExportOptions options;
    options.format = format;
    options.charts = {chart(QStringLiteral("Win rates")), chart(QStringLiteral("Cost and time"))};
    return options;
}

QByteArray render(const RunRecord& run, const ExportOptions& options)
{
    auto bytes = RunExporter::render(run, options);
    EXPECT_TRUE(bytes) << (bytes ? "" : bytes.error().message.toStdString());
    return bytes ? *bytes : QByteArray();
}

// How many pixels of a page (rendered small) have the chart's colour.
int chartPixels(QPdfDocument& doc, int page)
{
    const QImage image = doc.render(page, QSize(420, 594)).convertToFormat(QImage::Format_RGB32);
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            count += qAbs(c.red() - kChartColour.red()) < 24 &&
                     qAbs(c.green() - kChartColour.green()) < 24 &&
                     qAbs(c.blue() - kChartColour.blue()) < 24;
        }
    return count;
}

} // namespace

TEST(ExportCharts, pdf_drawsEachChartWholeOnAPageAfterTheStatistics)
{
    const RunRecord run = Cb::Test::comparisonRun();
    const QByteArray plain = render(run, ExportOptions{});
    const QByteArray bytes = render(run, withCharts(ExportFormat::Pdf));
    EXPECT_GT(bytes.count("/Subtype /Image"), plain.count("/Subtype /Image"));

    QTemporaryFile file;
    QPdfDocument doc;
    ASSERT_TRUE(Cb::Test::loadPdf(bytes, file, doc));
    const QStringList pages = Cb::Test::pdfPageTexts(bytes);
    int chartPages = 0;
    int firstChartPage = -1;
    for (int i = 0; i < doc.pageCount(); ++i) {
        if (chartPixels(doc, i) > 0) {
            ++chartPages;
            if (firstChartPage < 0)
                firstChartPage = i;
        }
    }
    ASSERT_GE(firstChartPage, 0) << "no chart drawn";
    // Both charts are drawn, each on a single page (never split): at most two pages show them.
    EXPECT_LE(chartPages, 2);
    // Each chart is about 800×400 scaled to the text width: a big area of its colour, not a sliver.
    EXPECT_GT(chartPixels(doc, firstChartPage), 420 * 594 / 20);
    const QString all = pages.join(QLatin1Char('\n'));
    EXPECT_LT(all.indexOf(QStringLiteral("Ratings and reliability")),
              all.indexOf(QStringLiteral("Charts")));
    EXPECT_LT(all.indexOf(QStringLiteral("Charts")), all.indexOf(QStringLiteral("Output 1 — o3")));
    EXPECT_TRUE(all.contains(QStringLiteral("Win rates. A synthetic chart for the test.")));
    EXPECT_TRUE(pages[firstChartPage].contains(QStringLiteral("Charts")) ||
                pages[firstChartPage].contains(QStringLiteral("Win rates.")));
}

TEST(ExportCharts, html_embedsDataUriPngsAndTheCspAllowsOnlyThose)
{
    const QString html =
        QString::fromUtf8(render(Cb::Test::comparisonRun(), withCharts(ExportFormat::Html)));
    EXPECT_EQ(html.count(QStringLiteral("<img src=\"data:image/png;base64,")), 2);
    EXPECT_TRUE(html.contains(QStringLiteral("<figcaption><strong>Win rates.</strong>")));
    EXPECT_TRUE(html.contains(QStringLiteral(
        "content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\"")));
    // No image from anywhere but data: URIs.
    EXPECT_EQ(html.count(QStringLiteral("src=")),
              html.count(QStringLiteral("src=\"data:image/png;base64,")));
}

TEST(ExportCharts, markdown_leavesChartsOut)
{
    const RunRecord run = Cb::Test::comparisonRun();
    ExportOptions plain;
    plain.format = ExportFormat::Markdown;
    EXPECT_EQ(render(run, withCharts(ExportFormat::Markdown)), render(run, plain));
}

namespace {

// One case whose run is the fixture comparison, as an experiment exports it.
ExperimentRecord oneCaseExperiment(const RunRecord& run)
{
    ExperimentRecord e;
    e.id = 7;
    e.name = QStringLiteral("Plans study");
    e.plan.repeats = 1;
    QStringList keys;
    for (const CallRecord& c : run.calls)
        if (!keys.contains(c.provider + QLatin1Char(':') + c.model)) {
            keys << c.provider + QLatin1Char(':') + c.model;
            e.plan.models << PlannedModel{c.provider, c.model, {}};
        }
    e.cases = {{1, 0, QStringLiteral("/packs/alpha.ctxpack"), {}, {}, {}, run.id}};
    return e;
}

} // namespace

TEST(ExportCharts, experimentHtml_chartsInlineAfterTheResultsBeforeTheCases)
{
    const RunRecord run = Cb::Test::comparisonRun();
    const QList<ReportChart> charts = withCharts(ExportFormat::Html).charts;
    const QString html = QString::fromUtf8(
        ExperimentExporter::write(oneCaseExperiment(run), {run}, ExperimentExporter::Format::Html, charts));
    EXPECT_EQ(html.count(QStringLiteral("<img src=\"data:image/png;base64,")), 2);
    EXPECT_EQ(html.count(QStringLiteral("src=")), 2) << "no image from anywhere but data: URIs";
    EXPECT_TRUE(html.contains(QStringLiteral("default-src 'none'; style-src 'unsafe-inline'; img-src data:")));
    EXPECT_TRUE(html.contains(QStringLiteral("<b>Win rates.</b> A synthetic chart for the test.")));
    const qsizetype first = html.indexOf(QStringLiteral("<img"));
    EXPECT_LT(html.indexOf(QStringLiteral("Results across cases")), first);
    EXPECT_LT(first, html.indexOf(QStringLiteral("Case 1:")));
    const QString plain = QString::fromUtf8(
        ExperimentExporter::write(oneCaseExperiment(run), {run}, ExperimentExporter::Format::Html));
    EXPECT_FALSE(plain.contains(QStringLiteral("<img")));
}

TEST(ExportCharts, experimentPdf_drawsEachChartAtTextWidth)
{
    const RunRecord run = Cb::Test::comparisonRun();
    const QByteArray bytes = ExperimentExporter::write(oneCaseExperiment(run), {run}, ExperimentExporter::Format::Pdf,
                                                       withCharts(ExportFormat::Pdf).charts);
    QTemporaryFile file;
    QPdfDocument doc;
    ASSERT_TRUE(Cb::Test::loadPdf(bytes, file, doc));
    int drawn = 0;
    int largest = 0;
    for (int i = 0; i < doc.pageCount(); ++i) {
        const int pixels = chartPixels(doc, i);
        drawn += pixels > 0 ? 1 : 0;
        largest = std::max(largest, pixels);
    }
    ASSERT_GE(drawn, 1) << "no chart drawn";
    // 800×400 at about the text width: a big area of its colour, not a sliver or a missing image.
    EXPECT_GT(largest, 420 * 594 / 20);
    EXPECT_TRUE(Cb::Test::pdfPageTexts(bytes).join(QLatin1Char('\n')).contains(QStringLiteral("Cost and time.")));
}
