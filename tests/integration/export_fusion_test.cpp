// A run's fused plan in every export format (issue 17): after the answers, each section with
// a "Sources" note (PDF, HTML, Markdown) and its lineage as structured JSON; credentials in a
// plan are redacted like those in the answers.
#include "exportfixture.h"

#include "formats/export/runexporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Formats;

namespace {

ExportOptions withFusion(const RunRecord& run, ExportFormat format)
{
    ExportOptions options;
    options.format = format;
    FusionRecord f;
    f.id = 4;
    f.runId = run.id;
    f.mode = QStringLiteral("fuse");
    f.provider = QStringLiteral("openai");
    f.model = QStringLiteral("gpt-4.1");
    f.status = CallStatus::Done;
    f.costUsd = 0.0123;
    f.totalMs = 2500;
    f.plan = QStringLiteral("## 목표 Goals\n\nShip v2 in March.\n\n## Risks\n\nChurn; key sk-proj-abcdefghijklmnopqrstuvwx.\n");
    f.sections = {{QStringLiteral("목표 Goals"), 2, {run.calls[0].id, run.calls[1].id}, QStringLiteral("openai:gpt-4.1")},
                  {QStringLiteral("Risks"), 2, {run.calls[1].id}, QStringLiteral("openai:gpt-4.1")}};
    options.fusions = {f};
    return options;
}

QString rendered(const RunRecord& run, ExportFormat format)
{
    auto bytes = RunExporter::render(run, withFusion(run, format));
    EXPECT_TRUE(bytes) << (bytes ? std::string() : bytes.error().message.toStdString());
    return bytes ? QString::fromUtf8(*bytes) : QString();
}

} // namespace

TEST(ExportFusion, markdown_sourcesNoteUnderEverySection)
{
    const RunRecord run = Cb::Test::comparisonRun();
    const QString md = rendered(run, ExportFormat::Markdown);
    EXPECT_TRUE(md.contains(QStringLiteral("## Fused plan · merged by gpt-4.1\n\n*done · $0.012 · 2.5 s*\n\n"
                                           "## 목표 Goals\n\nShip v2 in March.\n\n"
                                           "> *Sources: from o3 #1 and o3-pro #1, merged by gpt-4.1*\n\n")))
        << md.right(900).toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("> *Sources: from o3-pro #1, merged by gpt-4.1*")));
    EXPECT_FALSE(md.contains(QStringLiteral("sk-proj-abcdefghijklmnopqrstuvwx")));
}

TEST(ExportFusion, html_sourcesNoteAfterEachSection)
{
    const RunRecord run = Cb::Test::comparisonRun();
    const QString html = rendered(run, ExportFormat::Html);
    EXPECT_TRUE(html.contains(QStringLiteral("<section class=\"output fused\">\n<h2>Fused plan · merged by gpt-4.1</h2>")));
    EXPECT_TRUE(html.contains(
        QStringLiteral("<p class=\"note sources\">Sources: from o3 #1 and o3-pro #1, merged by gpt-4.1</p>")))
        << html.right(1200).toStdString();
    EXPECT_FALSE(html.contains(QStringLiteral("sk-proj-abcdefghijklmnopqrstuvwx")));
}

TEST(ExportFusion, json_structuredLineage)
{
    const RunRecord run = Cb::Test::comparisonRun();
    const QJsonObject doc = QJsonDocument::fromJson(rendered(run, ExportFormat::Json).toUtf8()).object();
    const QJsonArray fusions = doc.value(QStringLiteral("fusions")).toArray();
    ASSERT_EQ(fusions.size(), 1);
    const QJsonObject f = fusions[0].toObject();
    EXPECT_EQ(f.value(QStringLiteral("merged_by")).toString(), QStringLiteral("openai:gpt-4.1"));
    const QJsonArray sections = f.value(QStringLiteral("sections")).toArray();
    ASSERT_EQ(sections.size(), 2);
    const QJsonArray sources = sections[0][QStringLiteral("sources")].toArray();
    ASSERT_EQ(sources.size(), 2);
    EXPECT_EQ(sources[0][QStringLiteral("call_id")].toInteger(), run.calls[0].id);
    EXPECT_EQ(sources[1][QStringLiteral("label")].toString(), QStringLiteral("o3-pro #1"));
    EXPECT_FALSE(f.value(QStringLiteral("plan")).toString().contains(QStringLiteral("sk-proj-abcdefghijklmnopqrstuvwx")));
    // Never among the answers or in the statistics.
    EXPECT_EQ(doc.value(QStringLiteral("calls")).toArray().size(), run.calls.size());
}

TEST(ExportFusion, pdf_sourcesNoteInTheText)
{
    const RunRecord run = Cb::Test::comparisonRun();
    auto bytes = RunExporter::render(run, withFusion(run, ExportFormat::Pdf));
    ASSERT_TRUE(bytes);
    const QString text = Cb::Test::pdfPageTexts(*bytes).join(QLatin1Char('\n'));
    EXPECT_TRUE(text.contains(QStringLiteral("Fused plan · merged by gpt-4.1"))) << text.right(800).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Sources: from o3 #1 and o3-pro #1, merged by gpt-4.1")));
    EXPECT_TRUE(text.contains(QStringLiteral("목표 Goals")));
}

namespace {

// An export that keeps only the first answer: the fused plan still names the second as a
// source, marked as left out of this export rather than blank.
QString renderedWithFirstCallOnly(const RunRecord& run, ExportFormat format)
{
    ExportOptions options = withFusion(run, format);
    options.callIds = {run.calls[0].id};
    auto bytes = RunExporter::render(run, options);
    EXPECT_TRUE(bytes) << (bytes ? std::string() : bytes.error().message.toStdString());
    if (!bytes)
        return {};
    return format == ExportFormat::Pdf ? Cb::Test::pdfPageTexts(*bytes).join(QLatin1Char('\n'))
                                       : QString::fromUtf8(*bytes);
}

const QString kBothSources = QStringLiteral("Sources: from o3 #1 and o3-pro #1 (not in this export), merged by gpt-4.1");
const QString kLeftOutSource = QStringLiteral("Sources: from o3-pro #1 (not in this export), merged by gpt-4.1");

} // namespace

TEST(ExportFusion, markdown_partialExport_labelsTheLeftOutSources)
{
    const RunRecord run = Cb::Test::comparisonRun();
    const QString md = renderedWithFirstCallOnly(run, ExportFormat::Markdown);
    EXPECT_FALSE(md.contains(QStringLiteral("Output 2"))) << "only the first answer is exported";
    EXPECT_TRUE(md.contains(QStringLiteral("> *") + kBothSources + QStringLiteral("*\n"))) << md.right(900).toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("> *") + kLeftOutSource + QStringLiteral("*\n")));
    EXPECT_FALSE(md.contains(QStringLiteral("from ,"))) << md.right(900).toStdString();
}

TEST(ExportFusion, html_partialExport_labelsTheLeftOutSources)
{
    const RunRecord run = Cb::Test::comparisonRun();
    const QString html = renderedWithFirstCallOnly(run, ExportFormat::Html);
    EXPECT_TRUE(html.contains(QStringLiteral("<p class=\"note sources\">") + kBothSources + QStringLiteral("</p>")))
        << html.right(1200).toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("<p class=\"note sources\">") + kLeftOutSource + QStringLiteral("</p>")));
}

TEST(ExportFusion, pdf_partialExport_labelsTheLeftOutSources)
{
    const RunRecord run = Cb::Test::comparisonRun();
    // The PDF wraps lines: compare with the whitespace folded.
    const QString text = renderedWithFirstCallOnly(run, ExportFormat::Pdf).simplified();
    EXPECT_TRUE(text.contains(kBothSources)) << text.right(800).toStdString();
    EXPECT_TRUE(text.contains(kLeftOutSource)) << text.right(800).toStdString();
}
