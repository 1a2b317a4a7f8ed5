// Properties of the open formats that goldens alone would not pin down: self-contained HTML,
// full JSON round trip, CSV quoting, no credentials anywhere, call selection.
#include "exportfixture.h"
#include "formats/export/csvrunwriter.h"
#include "formats/export/markdownhtml.h"
#include "formats/export/runexporter.h"
#include "formats/export/runrecordjson.h"
#include "formats/export/safetextdocument.h"
#include "formats/export/secretredactor.h"
#include "support/tempworkspace.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QJsonDocument>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Formats;
using Cb::Test::TempWorkspace;

namespace {

const QString kKey = QStringLiteral("sk-proj-Zx81kQ2mN5vB7cD9eF1gH3jK5lM7nP9q");

QByteArray render(const RunRecord& run, ExportFormat format)
{
    ExportOptions options;
    options.format = format;
    options.includePrompt = true;
    auto bytes = RunExporter::render(run, options);
    EXPECT_TRUE(bytes) << (bytes ? "" : bytes.error().message.toStdString());
    return bytes ? *bytes : QByteArray();
}

} // namespace

TEST(ExportHtml, hostileMarkdown_loadsNothingAndEscapes)
{
    const QString html = MarkdownHtml::fromMarkdown(QStringLiteral(
        "![x](https://evil.example/pixel.png) <img src=\"file:///etc/passwd\"> "
        "<script>alert(1)</script> [a](javascript:alert(1)) [b](https://ok.example/)"));
    EXPECT_FALSE(html.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
    EXPECT_FALSE(html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    EXPECT_FALSE(html.contains(QStringLiteral("href=\"javascript")));
    EXPECT_TRUE(html.contains(QStringLiteral("[image: https://evil.example/pixel.png]")));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;script&gt;")));
    EXPECT_TRUE(html.contains(QStringLiteral("<a href=\"https://ok.example/\">b</a>")));
}

TEST(ExportHtml, report_hasNoRemoteReferencesAndForbidsLoads)
{
    const QString html = QString::fromUtf8(render(Cb::Test::comparisonRun(), ExportFormat::Html));
    EXPECT_TRUE(html.contains(QStringLiteral("default-src 'none'")));
    EXPECT_TRUE(html.contains(QStringLiteral("<style>")));
    static const QRegularExpression loads(
        QStringLiteral("<(img|script|link|iframe|object|embed|video|audio)\\b|src=|@import|url\\("),
        QRegularExpression::CaseInsensitiveOption);
    EXPECT_FALSE(loads.match(html).hasMatch()) << loads.match(html).captured().toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("오프라인 모드에서도")));
}

TEST(SafeTextDocument_loadResource, existingLocalFile_isRefused)
{
    TempWorkspace ws;
    QImage image(4, 4, QImage::Format_RGB32);
    image.fill(Qt::red);
    const QString path = ws.filePath(QStringLiteral("local.png"));
    ASSERT_TRUE(image.save(path));
    SafeTextDocument doc;
    doc.setHtml(QStringLiteral("<p>x<img src=\"file://%1\"><img src=\"%1\"></p>").arg(path));
    doc.documentLayout()->documentSize(); // layout asks for the images
    EXPECT_GE(doc.refusedLoads(), 1);
    EXPECT_FALSE(doc.resource(QTextDocument::ImageResource, QUrl::fromLocalFile(path)).isValid());
}

TEST(ExportJson, fullRecord_roundTrips)
{
    const RunRecord run = Cb::Test::comparisonRun();
    ASSERT_EQ(run.calls.size(), 2);
    const QByteArray json = render(run, ExportFormat::Json);
    auto back = RunRecordJson::fromJson(QJsonDocument::fromJson(json).object());
    ASSERT_TRUE(back);
    EXPECT_EQ(back->uuid, run.uuid);
    EXPECT_EQ(back->instructions, run.instructions);
    EXPECT_EQ(back->manifest, run.manifest);
    ASSERT_EQ(back->calls.size(), 2);
    EXPECT_EQ(back->calls[1].text, run.calls[1].text);
    EXPECT_EQ(back->calls[1].usage, run.calls[1].usage);
    EXPECT_EQ(back->calls[0].firstTokenMs, run.calls[0].firstTokenMs);
    EXPECT_EQ(back->calls[0].rating, run.calls[0].rating);
    EXPECT_EQ(back->votes.size(), run.votes.size());
    EXPECT_EQ(back->votes[0].outcome, run.votes[0].outcome);
}

TEST(ExportCsv, field_quotesCommasQuotesAndFormulas)
{
    EXPECT_EQ(CsvRunWriter::field(QStringLiteral("o3")), QStringLiteral("o3"));
    EXPECT_EQ(CsvRunWriter::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(CsvRunWriter::field(QStringLiteral("say \"hi\"")),
              QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(CsvRunWriter::field(QStringLiteral("=cmd()")), QStringLiteral("'=cmd()"));
}

TEST(ExportSecrets, keysInSettingsParamsAndText_neverReachAnyFormat)
{
    RunRecord run = Cb::Test::comparisonRun();
    run.settings.insert(QStringLiteral("openai_api_key"), kKey);
    run.settings.insert(
        QStringLiteral("headers"),
        QJsonObject{{QStringLiteral("Authorization"), QString(QStringLiteral("Bearer ") + kKey)}});
    run.calls[0].params.insert(QStringLiteral("apiKey"), kKey);
    run.calls[0].text += QStringLiteral("\n\nUse the key ") + kKey + QStringLiteral(" to test.\n");
    run.calls[1].note = QStringLiteral("Google key AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q");
    run.input += QStringLiteral("\nAuthorization: Bearer abcdefghijklmnopqrstuvwxyz123456");
    for (ExportFormat f :
         {ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Json, ExportFormat::Csv}) {
        const QByteArray bytes = render(run, f);
        ASSERT_FALSE(bytes.isEmpty());
        EXPECT_FALSE(bytes.contains(kKey.toUtf8())) << exportFormatName(f).toStdString();
        EXPECT_FALSE(bytes.contains("AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q"));
        EXPECT_FALSE(bytes.contains("abcdefghijklmnopqrstuvwxyz123456"));
    }
    EXPECT_TRUE(render(run, ExportFormat::Markdown).contains(SecretRedactor::kMarker.toUtf8()));
    const QString pdfText =
        Cb::Test::pdfPageTexts(render(run, ExportFormat::Pdf)).join(QLatin1Char('\n'));
    EXPECT_FALSE(pdfText.contains(kKey));
    EXPECT_TRUE(pdfText.contains(SecretRedactor::kMarker));
}

TEST(ExportOptions_callIds, oneCall_exportsOnlyItAndDropsVotes)
{
    const RunRecord run = Cb::Test::comparisonRun();
    ExportOptions options;
    options.format = ExportFormat::Markdown;
    options.callIds = {run.calls[1].id};
    auto md = RunExporter::render(run, options);
    ASSERT_TRUE(md);
    const QString text = QString::fromUtf8(*md);
    EXPECT_TRUE(text.contains(QStringLiteral("Output 1 — o3-pro")));
    EXPECT_FALSE(text.contains(QStringLiteral("Launch plan: Seoul pilot")));
    EXPECT_FALSE(text.contains(QStringLiteral("## Votes")));
    EXPECT_TRUE(text.contains(QStringLiteral("Output of o3-pro")));
}

TEST(ExportOptions_include, withoutPromptAndReasoning_leavesThemOut)
{
    const RunRecord run = Cb::Test::comparisonRun();
    ExportOptions options;
    options.format = ExportFormat::Markdown;
    options.includePrompt = false;
    options.includeReasoning = false;
    options.includeManifest = false;
    const QString text = QString::fromUtf8(*RunExporter::render(run, options));
    EXPECT_FALSE(text.contains(QStringLiteral("Appendix: prompt")));
    EXPECT_FALSE(text.contains(QStringLiteral("Reasoning summary")));
    EXPECT_FALSE(text.contains(QStringLiteral("context manifest")));
    EXPECT_FALSE(text.contains(run.instructions));
}
