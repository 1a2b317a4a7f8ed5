// The report language (issue 16, item 2): every heading, label, number and date a report prints
// is in the language chosen for the report, whatever the interface language is. An English
// interface exports a Korean report and a Korean interface an English one, in Markdown, HTML and
// PDF (read back with Qt Pdf); JSON keeps English keys.
#include "core/eval/citationfootnotes.h"
#include "exportfixture.h"
#include "formats/export/experimentexporter.h"
#include "formats/export/reporttext.h"
#include "formats/export/runexporter.h"

#include <QCoreApplication>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Formats;

namespace {

// The interface in Korean for the test's lifetime, as UiLanguage::install sets it at start.
class KoreanInterface
{
public:
    KoreanInterface()
    {
        m_loaded = m_translator.load(QStringLiteral(":/i18n/contextbench_ko.qm"));
        if (m_loaded)
            QCoreApplication::installTranslator(&m_translator);
    }
    ~KoreanInterface() { QCoreApplication::removeTranslator(&m_translator); }
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

// What the interface shows for the fused plan's title: tells which language the UI is in.
QString interfaceFusionTitle()
{
    return QCoreApplication::translate("Cb::Core::FusionLineage", "Fused plan · merged by %1");
}

ExportOptions optionsFor(const RunRecord& run, ExportFormat format, const QString& language)
{
    ExportOptions options;
    options.format = format;
    options.language = language;
    options.includePrompt = true;
    FusionRecord f;
    f.id = 4;
    f.runId = run.id;
    f.mode = QStringLiteral("fuse");
    f.provider = QStringLiteral("openai");
    f.model = QStringLiteral("gpt-4.1");
    f.status = CallStatus::Done;
    f.totalMs = 2500;
    f.plan = QStringLiteral("## Goals\n\nShip v2 in March.\n");
    f.sections = {{QStringLiteral("Goals"), 2, {run.calls[0].id, run.calls[1].id}, QStringLiteral("openai:gpt-4.1")}};
    options.fusions = {f};
    return options;
}

QByteArray rendered(const RunRecord& run, ExportFormat format, const QString& language)
{
    auto bytes = RunExporter::render(run, optionsFor(run, format, language));
    EXPECT_TRUE(bytes) << (bytes ? std::string() : bytes.error().message.toStdString());
    return bytes ? *bytes : QByteArray();
}

QString text(const QByteArray& bytes) { return QString::fromUtf8(bytes); }

// The report's own words in Korean, and none of their English sources. The fixture's answers
// are themselves Korean, so only labels the writers add are checked.
void expectKoreanReport(const QString& report, const std::string& format)
{
    for (const char* korean : {"답변 1 — o3", "답변 2 — o3-pro", "목표", "일시", "비용", "토큰", "투표",
                               "통합 계획 · gpt-4.1 모델이 병합", "출처: o3 #1", "부록: 프롬프트", "지침"})
        EXPECT_TRUE(report.contains(QString::fromUtf8(korean))) << format << ": missing " << korean;
    // ("Goal" is left out: the fixture's answers have a "Goals" heading of their own.)
    for (const char* english : {"Output 1 — o3", "| Goal |", "Cost", "Tokens", "Fused plan", "Sources:",
                                "Appendix: prompt", "Instructions", "Win rate"})
        EXPECT_FALSE(report.contains(QString::fromUtf8(english))) << format << ": still English " << english;
}

void expectEnglishReport(const QString& report, const std::string& format)
{
    for (const char* english : {"Output 1 — o3", "Output 2 — o3-pro", "Goal", "Date", "Cost", "Tokens", "Votes",
                                "Fused plan · merged by gpt-4.1", "Sources: from o3 #1", "Appendix: prompt",
                                "Instructions"})
        EXPECT_TRUE(report.contains(QString::fromUtf8(english))) << format << ": missing " << english;
    for (const char* korean : {"답변 1", "목표", "일시", "통합 계획", "출처:", "부록:", "승률"})
        EXPECT_FALSE(report.contains(QString::fromUtf8(korean))) << format << ": Korean label " << korean;
}

} // namespace

TEST(ReportLanguage_load, unknownLanguage_isAClearError)
{
    auto language = ReportLanguage::load(QStringLiteral("fr"));
    ASSERT_FALSE(language);
    EXPECT_EQ(language.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(language.error().message.contains(QStringLiteral("fr")));

    ExportOptions options;
    options.format = ExportFormat::Markdown;
    options.language = QStringLiteral("fr");
    auto bytes = RunExporter::render(Cb::Test::comparisonRun(), options);
    ASSERT_FALSE(bytes);
    EXPECT_EQ(bytes.error().code, ErrorCode::InvalidInput);
}

TEST(ReportLanguage_load, codeIsCaseInsensitive_andKoreanHasItsTranslation)
{
    auto ko = ReportLanguage::load(QStringLiteral(" KO "));
    ASSERT_TRUE(ko) << ko.error().message.toStdString();
    EXPECT_EQ(ko->code(), QStringLiteral("ko"));
    EXPECT_EQ(ko->translate("Report", "Goal"), QStringLiteral("목표"));
    EXPECT_EQ(ko->translate("Report", "%n items", nullptr, 1234), QStringLiteral("항목 1,234개"));
    auto en = ReportLanguage::load(QStringLiteral("en"));
    ASSERT_TRUE(en);
    EXPECT_EQ(en->translate("Report", "%n items", nullptr, 1), QStringLiteral("1 item"));
    EXPECT_EQ(en->translate("Report", "%n items", nullptr, 2), QStringLiteral("2 items"));
}

TEST(ReportText_locale, numbersAndDatesFollowTheReportLanguage_notTheMachine)
{
    const QDateTime at(QDate(2026, 3, 14), QTime(9, 30), Qt::UTC);
    const ReportText en(*ReportLanguage::load(QStringLiteral("en")));
    const ReportText ko(*ReportLanguage::load(QStringLiteral("ko")));
    EXPECT_EQ(en.dateTime(at), QStringLiteral("2026-03-14 09:30 UTC"));
    EXPECT_EQ(ko.dateTime(at), QStringLiteral("2026년 3월 14일 09:30 UTC"));
    EXPECT_EQ(en.tokens(11876), QStringLiteral("11,876"));
    EXPECT_EQ(ko.tokens(11876), QStringLiteral("11,876"));
    EXPECT_EQ(en.seconds(41230), QStringLiteral("41.2 s"));
    EXPECT_EQ(ko.seconds(41230), QStringLiteral("41.2초"));
    EXPECT_EQ(en.cost(1234.5), QStringLiteral("$1,234.50"));
    EXPECT_EQ(ko.subtitle(Cb::Test::comparisonRun()), QStringLiteral("답변 2개 비교"));
    EXPECT_EQ(en.subtitle(Cb::Test::comparisonRun()), QStringLiteral("Comparison of 2 outputs"));
    CallRecord partial;
    partial.status = CallStatus::Failed;
    partial.partial = true;
    EXPECT_EQ(ko.statusLabel(partial), QStringLiteral("실패(일부)"));
    EXPECT_EQ(en.statusLabel(partial), QStringLiteral("failed (partial)"));
}

TEST(ExportLanguage, englishInterface_exportsAKoreanReport_markdownHtmlPdf)
{
    ASSERT_EQ(interfaceFusionTitle(), QStringLiteral("Fused plan · merged by %1")); // the UI is English
    const RunRecord run = Cb::Test::comparisonRun();

    const QString md = text(rendered(run, ExportFormat::Markdown, QStringLiteral("ko")));
    expectKoreanReport(md, "md");
    EXPECT_TRUE(md.contains(QStringLiteral("| 목표 | ")));
    EXPECT_TRUE(md.contains(QStringLiteral("## 답변\n\n| # | 모델 | 상태 |")));

    const QString html = text(rendered(run, ExportFormat::Html, QStringLiteral("ko")));
    expectKoreanReport(html, "html");
    EXPECT_TRUE(html.contains(QStringLiteral("<html lang=\"ko\">")));

    const QString pdf = Cb::Test::pdfPageTexts(rendered(run, ExportFormat::Pdf, QStringLiteral("ko"))).join(QLatin1Char('\n'));
    expectKoreanReport(pdf, "pdf");
    EXPECT_TRUE(pdf.contains(QStringLiteral("1 / "))) << "page footer";
    EXPECT_TRUE(pdf.contains(QStringLiteral("쪽")));

    // The interface stays English: the report's translator is its own.
    EXPECT_EQ(interfaceFusionTitle(), QStringLiteral("Fused plan · merged by %1"));
}

TEST(ExportLanguage, koreanInterface_exportsAnEnglishReport_markdownHtmlPdf)
{
    KoreanInterface korean;
    ASSERT_TRUE(korean.loaded());
    ASSERT_EQ(interfaceFusionTitle(), QStringLiteral("통합 계획 · %1 모델이 병합")); // the UI is Korean
    const RunRecord run = Cb::Test::comparisonRun();

    const QString md = text(rendered(run, ExportFormat::Markdown, QStringLiteral("en")));
    expectEnglishReport(md, "md");
    const QString html = text(rendered(run, ExportFormat::Html, QStringLiteral("en")));
    expectEnglishReport(html, "html");
    EXPECT_TRUE(html.contains(QStringLiteral("<html lang=\"en\">")));
    const QString pdf = Cb::Test::pdfPageTexts(rendered(run, ExportFormat::Pdf, QStringLiteral("en"))).join(QLatin1Char('\n'));
    expectEnglishReport(pdf, "pdf");
    EXPECT_TRUE(pdf.contains(QStringLiteral("Page 1 of")));

    // And the same Korean interface still exports a Korean report when asked.
    expectKoreanReport(text(rendered(run, ExportFormat::Markdown, QStringLiteral("ko"))), "md (ko)");
}

TEST(ExportLanguage, json_keepsEnglishKeysInAnyReportLanguage)
{
    const RunRecord run = Cb::Test::comparisonRun();
    EXPECT_EQ(rendered(run, ExportFormat::Json, QStringLiteral("ko")), rendered(run, ExportFormat::Json, QStringLiteral("en")));
    EXPECT_EQ(rendered(run, ExportFormat::Csv, QStringLiteral("ko")), rendered(run, ExportFormat::Csv, QStringLiteral("en")));
}

TEST(ExportLanguage, citationsAndToolTrail_inTheReportLanguage)
{
    CitationReport report;
    report.checked = true;
    Citation found;
    found.id = QStringLiteral("memo-1");
    found.title = QStringLiteral("Memo");
    found.quote = QStringLiteral("ship in March");
    found.status = Citation::Status::Verified;
    Citation missing = found;
    missing.status = Citation::Status::QuoteNotFound;
    report.citations = {found, missing};
    const ReportLanguage ko = *ReportLanguage::load(QStringLiteral("ko"));
    const QString list = CitationFootnotes::sourcesList(report, ko);
    EXPECT_TRUE(list.startsWith(QStringLiteral("**출처** — 인용된 주장 2, 확인됨 1, 찾을 수 없음 1"))) << list.toStdString();
    EXPECT_TRUE(list.contains(QStringLiteral("✗ **찾을 수 없음** (항목에 없는 인용문) *Memo*")));
    EXPECT_TRUE(CitationFootnotes::sourcesList(report).startsWith(
        QStringLiteral("**Sources** — claims cited 2, verified 1, not found 1")));
}

TEST(ExportLanguage, experimentReport_inTheReportLanguage)
{
    const RunRecord run = Cb::Test::comparisonRun();
    ExperimentRecord e;
    e.id = 7;
    e.name = QStringLiteral("Plans study");
    e.plan.repeats = 1;
    for (const CallRecord& c : run.calls)
        e.plan.models << PlannedModel{c.provider, c.model, {}};
    e.cases = {{1, 0, QStringLiteral("/packs/alpha.ctxpack"), {}, {}, {}, run.id}};
    const ReportLanguage ko = *ReportLanguage::load(QStringLiteral("ko"));
    const QString md = QString::fromUtf8(ExperimentExporter::write(e, {run}, ExperimentExporter::Format::Markdown, {}, ko));
    for (const char* korean : {"## 케이스 전체 결과", "| 모델 | 통과율(95% 신뢰구간) |", "총비용: $", "\n# 답변\n",
                               "| 모델 | # | 상태 | 과금 | 비용(USD) | 입력 | 출력 |", "## 케이스 1: alpha.ctxpack"})
        EXPECT_TRUE(md.contains(QString::fromUtf8(korean))) << korean << "\n" << md.left(1500).toStdString();
    EXPECT_FALSE(md.contains(QStringLiteral("Results across cases")));
    const QString english = QString::fromUtf8(ExperimentExporter::write(e, {run}, ExperimentExporter::Format::Markdown));
    EXPECT_TRUE(english.contains(QStringLiteral("## Results across cases")));
    const QString html = QString::fromUtf8(ExperimentExporter::write(e, {run}, ExperimentExporter::Format::Html, {}, ko));
    EXPECT_TRUE(html.contains(QStringLiteral("<html lang=\"ko\">")));
}
