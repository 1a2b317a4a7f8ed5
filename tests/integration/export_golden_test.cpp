// Markdown, HTML, JSON and CSV exports of the comparison fixture against golden files.
// Regenerate: CB_UPDATE_GOLDENS=1 build/tests/cb_integration_tests --gtest_filter='ExportGolden*'
#include "exportfixture.h"
#include "formats/export/runexporter.h"
#include "support/tempworkspace.h"

#include <QFile>

#include <gtest/gtest.h>
#include "cb_test_paths.h"

using namespace Cb::Core;
using namespace Cb::Formats;
using Cb::Test::TempWorkspace;

namespace {

QString goldenPath(const QString& name)
{
    return QStringLiteral(CB_TEST_DATA_DIR "/golden/export/") + name;
}

void expectGolden(const QByteArray& actual, const QString& name)
{
    if (qEnvironmentVariableIsSet("CB_UPDATE_GOLDENS")) {
        QFile file(goldenPath(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(actual);
        return;
    }
    const QByteArray expected = TempWorkspace::read(goldenPath(name));
    ASSERT_FALSE(expected.isEmpty()) << "missing golden " << name.toStdString();
    EXPECT_EQ(QString::fromUtf8(actual).toStdString(), QString::fromUtf8(expected).toStdString())
        << name.toStdString();
}

QByteArray render(ExportFormat format, ReportLayout layout = ReportLayout::Sequential,
                  const RunRecord& run = Cb::Test::comparisonRun(), const QString& language = QStringLiteral("en"))
{
    ExportOptions options;
    options.format = format;
    options.layout = layout;
    options.language = language;
    options.includePrompt = true;
    auto bytes = RunExporter::render(run, options);
    return bytes ? *bytes : QByteArray();
}

} // namespace

TEST(ExportGolden, markdown_matchesGolden)
{
    expectGolden(render(ExportFormat::Markdown), QStringLiteral("comparison.md"));
}

// The same report in Korean (report language, issue 16): every heading, label and date in Korean.
TEST(ExportGolden, markdownKorean_matchesGolden)
{
    expectGolden(render(ExportFormat::Markdown, ReportLayout::Sequential, Cb::Test::comparisonRun(), QStringLiteral("ko")),
                 QStringLiteral("comparison.ko.md"));
}

TEST(ExportGolden, htmlKorean_matchesGolden)
{
    expectGolden(render(ExportFormat::Html, ReportLayout::Sequential, Cb::Test::comparisonRun(), QStringLiteral("ko")),
                 QStringLiteral("comparison.ko.html"));
}

TEST(ExportGolden, html_matchesGolden)
{
    expectGolden(render(ExportFormat::Html), QStringLiteral("comparison.html"));
}

TEST(ExportGolden, htmlSideBySide_matchesGolden)
{
    expectGolden(render(ExportFormat::Html, ReportLayout::SideBySide),
                 QStringLiteral("comparison-side-by-side.html"));
}

TEST(ExportGolden, json_matchesGolden)
{
    expectGolden(render(ExportFormat::Json), QStringLiteral("comparison.json"));
}

TEST(ExportGolden, csv_matchesGolden)
{
    expectGolden(render(ExportFormat::Csv), QStringLiteral("comparison.csv"));
}

TEST(ExportGolden, followUps_markdownHtmlJsonShowEachUnderItsOutput)
{
    const RunRecord run = Cb::Test::comparisonRunWithFollowUps();
    expectGolden(render(ExportFormat::Markdown, ReportLayout::Sequential, run), QStringLiteral("followups.md"));
    expectGolden(render(ExportFormat::Html, ReportLayout::Sequential, run), QStringLiteral("followups.html"));
    expectGolden(render(ExportFormat::Json, ReportLayout::Sequential, run), QStringLiteral("followups.json"));
}
