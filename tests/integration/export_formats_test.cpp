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
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

TEST(ExportCsv, citationColumns_countCheckedAnswersAndStayEmptyForUncheckedOnes)
{
    RunRecord run = Cb::Test::comparisonRun();
    run.calls[0].citations.checked = true;
    Citation verified;
    verified.id = QStringLiteral("a1");
    verified.status = Citation::Status::Verified;
    Citation missing;
    missing.id = QStringLiteral("zz");
    missing.status = Citation::Status::UnknownItem;
    Citation wrongQuote;
    wrongQuote.id = QStringLiteral("b2");
    wrongQuote.status = Citation::Status::QuoteNotFound;
    run.calls[0].citations.citations = {verified, missing, wrongQuote};
    run.calls[1].citations = {};
    const QStringList lines =
        QString::fromUtf8(render(run, ExportFormat::Csv)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines[0].endsWith(QStringLiteral(",citations_total,citations_verified,citations_not_found")));
    EXPECT_TRUE(lines[1].endsWith(QStringLiteral(",3,1,2"))) << lines[1].toStdString();
    EXPECT_TRUE(lines[2].endsWith(QStringLiteral(",,,"))) << lines[2].toStdString();
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

// An independent recomputation found openai:gpt-4.1 and local:gpt-4.1 merged into one model in
// reports, their votes dropped as self-comparisons. Every format names both, with the votes.
TEST(ExportStatistics, sameModelNameFromTwoProviders_votesAndPositionBiasInEveryFormat)
{
    RunRecord run = Cb::Test::comparisonRun();
    ASSERT_GE(run.calls.size(), 2);
    run.calls[0].provider = QStringLiteral("openai");
    run.calls[0].model = QStringLiteral("gpt-4.1");
    run.calls[1].provider = QStringLiteral("openai-compatible");
    run.calls[1].model = QStringLiteral("gpt-4.1");
    VoteRecord v;
    v.runId = run.id;
    v.leftCallId = run.calls[0].id;
    v.rightCallId = run.calls[1].id;
    v.outcome = QStringLiteral("left");
    run.votes = {v, v, v};
    v.outcome = QStringLiteral("right");
    run.votes.append(v);

    const QString md = QString::fromUtf8(render(run, ExportFormat::Markdown));
    EXPECT_TRUE(md.contains(QStringLiteral("openai-compatible:gpt-4.1 vs openai:gpt-4.1"))) << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("Left side won"))) << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("3 of 4, 75%"))) << md.toStdString();
    const QString html = QString::fromUtf8(render(run, ExportFormat::Html));
    EXPECT_TRUE(html.contains(QStringLiteral("3 of 4, 75%")));

    const QJsonObject stats =
        QJsonDocument::fromJson(render(run, ExportFormat::Json)).object().value(QStringLiteral("statistics")).toObject();
    const QJsonArray pairs = stats.value(QStringLiteral("pairs")).toArray();
    ASSERT_EQ(pairs.size(), 1);
    const QJsonObject pair = pairs[0].toObject();
    EXPECT_EQ(pair.value(QStringLiteral("a")).toString(), QStringLiteral("openai-compatible:gpt-4.1"));
    EXPECT_EQ(pair.value(QStringLiteral("wins_b")).toInt(), 3);
    EXPECT_EQ(pair.value(QStringLiteral("n")).toInt(), 4);
    EXPECT_EQ(pair.value(QStringLiteral("position_bias")).toObject().value(QStringLiteral("left_wins")).toInt(), 3);
    EXPECT_EQ(stats.value(QStringLiteral("bradley_terry")).toArray().size(), 2);
}

TEST(ExportStatistics, bradleyTerryOverModelsThatNeverMet_saysSoAndStatesThePrior)
{
    RunRecord run = Cb::Test::comparisonRun();
    ASSERT_GE(run.calls.size(), 2);
    // Four models, votes only within {0,1} and within {2,3}.
    run.calls.append(run.calls[0]);
    run.calls.append(run.calls[1]);
    const QStringList models{QStringLiteral("m-a"), QStringLiteral("m-b"), QStringLiteral("m-c"), QStringLiteral("m-d")};
    for (int i = 0; i < 4; ++i) {
        run.calls[i].id = 100 + i;
        run.calls[i].model = models[i];
    }
    run.votes.clear();
    for (const auto& [l, r] : {std::pair{100, 101}, std::pair{102, 103}}) {
        VoteRecord v;
        v.leftCallId = l;
        v.rightCallId = r;
        v.outcome = QStringLiteral("left");
        run.votes << v << v;
    }
    const QString md = QString::fromUtf8(render(run, ExportFormat::Markdown));
    EXPECT_TRUE(md.contains(QStringLiteral("2 groups that were never compared"))) << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("Prior: every model is given 0.5 win and 0.5 loss"))) << md.toStdString();
    const QJsonObject stats =
        QJsonDocument::fromJson(render(run, ExportFormat::Json)).object().value(QStringLiteral("statistics")).toObject();
    EXPECT_EQ(stats.value(QStringLiteral("bradley_terry_groups")).toInt(), 2);
}
