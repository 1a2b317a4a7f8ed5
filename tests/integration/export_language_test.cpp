// The report language (issue 16, item 2): every heading, label, number and date a report prints
// is in the language chosen for the report, whatever the interface language is. An English
// interface exports a Korean report and a Korean interface an English one, in Markdown, HTML and
// PDF (read back with Qt Pdf); JSON keeps English keys.
#include "core/eval/citationfootnotes.h"
#include "core/eval/panelverdict.h"
#include "core/eval/textcheck.h"
#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/importing/textdecoder.h"
#include "core/models/modelcatalog.h"
#include "core/pack/packfile.h"
#include "core/pack/packimportmapping.h"
#include "core/prompt/promptassembler.h"
#include "core/prompt/templatefile.h"
#include "core/providers/batch/openaibatchprotocol.h"
#include "core/providers/httperrorclassifier.h"
#include "core/providers/providerkind.h"
#include "core/tokenize/vocabulary.h"
#include "exportfixture.h"
#include "formats/export/experimentexporter.h"
#include "formats/export/reportfacts.h"
#include "formats/export/reporttext.h"
#include "formats/export/runexporter.h"
#include "formats/importers/subtitleparser.h"
#include "support/tempworkspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTranslator>

#include <algorithm>

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Formats;
using Cb::Test::TempWorkspace;

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

// The English interface's own translator: the plural forms (%n) English spells out.
class EnglishInterface
{
public:
    EnglishInterface()
    {
        m_loaded = m_translator.load(QStringLiteral(":/i18n/contextbench_en.qm"));
        if (m_loaded)
            QCoreApplication::installTranslator(&m_translator);
    }
    ~EnglishInterface() { QCoreApplication::removeTranslator(&m_translator); }
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


// Latin words in `text`, as the Korean walk reads a widget (tests/gui/korean_walk_test.cpp):
// acronyms (CI, USD, PDF), model ids (o3, gpt-4.1), paths and identifiers (a/b, x_y, a=b),
// pass^k and the allow-list's names pass; anything else is English a Korean reader would see.
QStringList englishWords(const QString& text, const QStringList& allowed)
{
    static const QStringList kNames{QStringLiteral("ContextBench"), QStringLiteral("OpenAI"), QStringLiteral("Wilson"),
                                    QStringLiteral("Krippendorff"), QStringLiteral("Cohen"), QStringLiteral("Fleiss"),
                                    QStringLiteral("Krippendorff's"), QStringLiteral("Cohen's"), QStringLiteral("Fleiss'"),
                                    QStringLiteral("Bradley"), QStringLiteral("Terry"), QStringLiteral("pro"),
                                    QStringLiteral("sha"), QStringLiteral("md"), QStringLiteral("html"),
                                    QStringLiteral("ctxpack"), QStringLiteral("k-of-k"), QStringLiteral("of"),
                                    QStringLiteral("k")};
    static const QRegularExpression word(QStringLiteral("(?<![\\w.-])[A-Za-z][A-Za-z']+(?![\\w-]*\\d)"));
    static const QRegularExpression acronym(QStringLiteral("^[A-Z]{2,5}s?$"));
    static const QRegularExpression pathLike(
        QStringLiteral("(?:^|(?<=\\s))[~/]\\S*|\\S*/\\S*|\\S*[\\\\@_=]\\S*|\\w+://\\S*|\\S+:\\S+|pass\\^\\d+|"
                       "k-of-k|<[^>]*>|&\\w+;|`[^`]*`"));
    const QString prose = QString(text).replace(pathLike, QStringLiteral(" "));
    QStringList found;
    for (auto it = word.globalMatch(prose); it.hasNext();) {
        const QString w = it.next().captured();
        auto same = [&](const QString& a) { return a.compare(w, Qt::CaseInsensitive) == 0; };
        if (acronym.match(w).hasMatch() || std::any_of(kNames.begin(), kNames.end(), same) ||
            std::any_of(allowed.begin(), allowed.end(), same))
            continue;
        found.append(w);
    }
    found.removeDuplicates();
    return found;
}

// The words of what the run holds (answers, goal, notes, prompt, names): content the report
// quotes, not labels it adds, so they may be English in a Korean report.
QStringList contentWords(const RunRecord& run, const QStringList& more = {})
{
    QStringList parts{run.packTitle, run.packPath, run.packGoal, run.templateName, run.instructions, run.input};
    parts << more;
    for (const QJsonValue& v : run.manifest)
        for (const QJsonValue& field : v.toObject())
            parts << field.toString();
    for (const CallRecord& c : run.calls)
        parts << c.provider << c.model << c.text << c.reasoning << c.note << c.judgementReason << c.errorMessage;
    for (const VoteRecord& v : run.votes)
        parts << v.raterName << v.comment;
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z']*"));
    QStringList words;
    for (const QString& part : parts)
        for (auto it = word.globalMatch(part); it.hasNext();)
            words << it.next().captured();
    words.removeDuplicates();
    return words;
}

// The fixture with a panel (a second human rater and a judge model), and judged calls, so the
// report has a Panel table with verdict and agreement and a reliability column.
RunRecord panelRun()
{
    RunRecord run = Cb::Test::comparisonRun();
    const qint64 o3 = run.calls[0].id;
    const qint64 pro = run.calls[1].id;
    VoteRecord ann{10, run.id, o3, pro, QStringLiteral("left"), true, {}};
    ann.raterId = 7;
    ann.raterName = QStringLiteral("Ann");
    ann.raterKind = QStringLiteral("human");
    run.votes.append(ann);
    VoteRecord judge{20, run.id, o3, pro, QStringLiteral("left"), true, {}};
    judge.raterId = 8;
    judge.raterName = QStringLiteral("openai:gpt-4.1");
    judge.raterKind = QStringLiteral("judge");
    run.votes.append(judge);
    run.calls[0].judgement = QStringLiteral("pass");
    run.calls[1].judgement = QStringLiteral("fail");
    CallRecord refused = run.calls[1];
    refused.id = 23;
    refused.repeatIndex = 1;
    refused.status = CallStatus::Refused;
    refused.judgement.clear();
    run.calls.append(refused);
    return run;
}

// An experiment of two models over one case, live, finished, with a batch on record.
ExperimentRecord experimentOf(const RunRecord& run)
{
    ExperimentRecord e;
    e.id = 7;
    e.name = QStringLiteral("계획 비교");
    e.status = QStringLiteral("done");
    e.plan.repeats = 2;
    for (const CallRecord& c : run.calls.mid(0, 2))
        e.plan.models << PlannedModel{c.provider, c.model, {}};
    e.cases = {{1, 0, run.packPath, {}, {}, {}, run.id}};
    ExperimentBatch batch;
    batch.provider = QStringLiteral("openai");
    batch.batchId = QStringLiteral("batch_1");
    batch.model = QStringLiteral("o3");
    batch.status = QStringLiteral("in_progress");
    e.batches = {batch};
    return e;
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

// Everything a Korean report adds is Korean: panel verdict and agreement, reliability labels,
// judgements, experiment mode, status, states and batch states; only the run's own content,
// names, acronyms and identifiers stay Latin. The same exports in English have none of it.
TEST(ExportLanguage, englishInterface_koreanReportWithPanelReliabilityAndExperiment_hasNoEnglishLabels)
{
    ASSERT_EQ(interfaceFusionTitle(), QStringLiteral("Fused plan · merged by %1")); // the UI is English
    const RunRecord run = panelRun();
    // The fused plan the export options carry is content too.
    const QStringList content = contentWords(run, {optionsFor(run, ExportFormat::Markdown, {}).fusions[0].plan});
    const QString md = text(rendered(run, ExportFormat::Markdown, QStringLiteral("ko")));
    for (const char* korean : {"결론: ", "판정 4건 중", "평가자 2명", "두 명 이상의 평가자가 판정한 답변 쌍 1개에 대한 일치도",
                               "Krippendorff의 α(순서형)", "거부 1회", "| 통과 |", "판정 통과"})
        EXPECT_TRUE(md.contains(QString::fromUtf8(korean))) << "missing " << korean;
    EXPECT_EQ(englishWords(md, content), QStringList()) << md.toStdString();
    const QString pdf =
        Cb::Test::pdfPageTexts(rendered(run, ExportFormat::Pdf, QStringLiteral("ko"))).join(QLatin1Char('\n'));
    EXPECT_EQ(englishWords(pdf, content), QStringList()) << pdf.toStdString();

    const ReportLanguage ko = *ReportLanguage::load(QStringLiteral("ko"));
    const ExperimentRecord e = experimentOf(run);
    const QString experiment =
        QString::fromUtf8(ExperimentExporter::write(e, {run}, ExperimentExporter::Format::Markdown, {}, ko));
    for (const char* korean : {"실험 7, 배치 모드, 완료:", "openai 배치 `batch_1`(o3): 진행 중", "| 완료 |", "| 거부됨 |",
                               "(거부 1회)", "pass^2: 실행 "})
        EXPECT_TRUE(experiment.contains(QString::fromUtf8(korean))) << "missing " << korean << "\n" << experiment.toStdString();
    EXPECT_EQ(englishWords(experiment, content), QStringList()) << experiment.toStdString();
}

TEST(ExportLanguage, koreanInterface_englishReportWithPanelReliabilityAndExperiment_hasNoKorean)
{
    KoreanInterface korean;
    ASSERT_TRUE(korean.loaded());
    const RunRecord run = panelRun();
    static const QRegularExpression hangul(QStringLiteral("[\\x{AC00}-\\x{D7A3}]+"));
    // The fixture's answers are partly Korean: only lines the report writes around them count.
    const QString md = text(rendered(run, ExportFormat::Markdown, QStringLiteral("en")));
    for (const char* english : {"Verdict: o3-pro preferred in", "2 raters", "Krippendorff's α (ordinal)", "(1 refused)",
                                "| pass |", "Judged pass"})
        EXPECT_TRUE(md.contains(QString::fromUtf8(english))) << "missing " << english;
    for (const char* korean : {"결론", "평가자", "일치도", "거부", "통과", "판정"})
        EXPECT_FALSE(md.contains(QString::fromUtf8(korean))) << "Korean label " << korean;

    const ReportLanguage en = *ReportLanguage::load(QStringLiteral("en"));
    const QString experiment =
        QString::fromUtf8(ExperimentExporter::write(experimentOf(run), {run}, ExperimentExporter::Format::Markdown, {}, en));
    EXPECT_TRUE(experiment.contains(QStringLiteral("Experiment 7, batch mode, done:"))) << experiment.toStdString();
    EXPECT_TRUE(experiment.contains(QStringLiteral("openai batch `batch_1` (o3): in progress")));
    EXPECT_TRUE(experiment.contains(QStringLiteral("(1 refused)")));
    // Only the experiment's Korean name and the answers' own text are Hangul.
    QString labels = experiment;
    labels.remove(QStringLiteral("계획 비교"));
    for (const CallRecord& c : run.calls)
        labels.remove(c.text);
    EXPECT_FALSE(hangul.match(labels).hasMatch()) << labels.toStdString();
}

// Errors made in core and shown in the window speak the interface language: the provider's
// refusal (the provider's own message kept as it wrote it), a pack that does not load, a history
// database that cannot open. Without a translator they read as before, in English.
TEST(InterfaceLanguage_coreErrors, providerPackAndHistoryErrors_followTheInstalledTranslator)
{
    const QByteArray quota = R"({"error":{"message":"You exceeded your current quota.","code":"insufficient_quota"}})";
    const QString missing = QStringLiteral("/nonexistent/plan.ctxpack");
    const QString english = HttpErrorClassifier::classify(ProviderKind::OpenAiResponses, 429, {}, quota,
                                                          QStringLiteral("o3"), QString())
                                .error.message;
    EXPECT_EQ(english, QStringLiteral("OpenAI quota or request-size limit reached (HTTP 429): You exceeded your "
                                      "current quota."));
    EXPECT_EQ(PackFile::load(missing).error().message, QStringLiteral("The pack %1 does not exist.").arg(missing));

    KoreanInterface korean;
    ASSERT_TRUE(korean.loaded());
    const QString ko = HttpErrorClassifier::classify(ProviderKind::OpenAiResponses, 429, {}, quota,
                                                     QStringLiteral("o3"), QString())
                           .error.message;
    EXPECT_EQ(ko, QStringLiteral("OpenAI 사용 한도 또는 요청 크기 한도에 도달했습니다 (HTTP 429): You exceeded your "
                                 "current quota."));
    const QString server = HttpErrorClassifier::classify(ProviderKind::OpenAiResponses, 500, {}, "{}",
                                                         QStringLiteral("o3"), QString())
                               .error.message;
    EXPECT_EQ(server, QStringLiteral("OpenAI 서버 오류가 발생했습니다 (HTTP 500)"));
    EXPECT_EQ(PackFile::load(missing).error().message, QStringLiteral("팩 %1이(가) 없습니다.").arg(missing));
    EXPECT_TRUE(PackFile::fromJson("{ not a pack", {}).error().message.startsWith(QStringLiteral("올바른 팩 파일이 아닙니다")));
    auto db = Database::open(QStringLiteral("/proc/cannot/history.sqlite"));
    ASSERT_FALSE(db);
    EXPECT_FALSE(db.error().message.contains(QStringLiteral("Cannot"))) << db.error().message.toStdString();
}

// What the preview warns about and what an import note says reach the window (and the
// command line) in the interface language too.
TEST(InterfaceLanguage_importNotes, promptWarningsAndImportNotes_followTheInstalledTranslator)
{
    Pack noGoal;
    noGoal.title = QStringLiteral("Plan");
    const QByteArray latin1 = "Caf\xe9 budget\n";
    const QString noSignature = QStringLiteral("00:00:01.000 --> 00:00:02.000\nAna: hi\n");
    EXPECT_TRUE(PromptAssembler::assemble(noGoal).warnings.contains(QStringLiteral("The pack has no goal.")));
    EXPECT_TRUE(TextDecoder::decodeUtf8(latin1).notes.value(0).startsWith(QStringLiteral("Invalid UTF-8")));
    EXPECT_TRUE(SubtitleParser::parseVtt(noSignature).notes.value(0).contains(QStringLiteral("WEBVTT signature")));

    KoreanInterface korean;
    ASSERT_TRUE(korean.loaded());
    EXPECT_TRUE(PromptAssembler::assemble(noGoal).warnings.contains(QStringLiteral("팩에 목표가 없습니다.")));
    EXPECT_TRUE(TextDecoder::decodeUtf8(latin1).notes.value(0).startsWith(QStringLiteral("잘못된 UTF-8")))
        << TextDecoder::decodeUtf8(latin1).notes.value(0).toStdString();
    EXPECT_TRUE(SubtitleParser::parseVtt(noSignature).notes.value(0).contains(QStringLiteral("WEBVTT 서명")));
    // A template file the user edits by hand: its errors too.
    const auto broken = TemplateFile::parse(QStringLiteral("name: x\n@@ instructions\nHi\n"));
    ASSERT_FALSE(broken);
    EXPECT_TRUE(broken.error().message.contains(QStringLiteral("파트가 없습니다"))) << broken.error().message.toStdString();
}

// The window's panel verdict (Stats dialog) comes from the same words as a report's: with the
// Korean interface, ReportLanguage::application() says what a Korean report says.
TEST(InterfaceLanguage_panelVerdict, koreanInterfaceSaysWhatAKoreanReportSays)
{
    const ReportFacts facts = ReportFacts::compute(panelRun());
    const ReportLanguage report = *ReportLanguage::load(QStringLiteral("ko"));
    EXPECT_EQ(ReportLanguage::application().code(), QStringLiteral("en"));
    EXPECT_EQ(PanelVerdict::of(facts.panel, ReportLanguage::application()), PanelVerdict::of(facts.panel));
    EXPECT_EQ(PanelVerdict::of(facts.panel), facts.panel.verdict) << "the English source, as `stats` prints it";
    KoreanInterface korean;
    ASSERT_TRUE(korean.loaded());
    const ReportLanguage window = ReportLanguage::application();
    EXPECT_EQ(window.code(), QStringLiteral("ko"));
    EXPECT_EQ(PanelVerdict::of(facts.panel, window), PanelVerdict::of(facts.panel, report));
    EXPECT_EQ(PanelVerdict::agreementLine(facts.panel, window), PanelVerdict::agreementLine(facts.panel, report));
    EXPECT_TRUE(PanelVerdict::of(facts.panel, window).startsWith(QStringLiteral("판정 4건 중 63%에서 o3-pro 선호")))
        << PanelVerdict::of(facts.panel, window).toStdString();
}

namespace {

// The failures users meet from the history, a model catalog they edit, the tokenizer's
// vocabulary, a batch reply and the text checks, made afresh under whatever translator is
// installed. `name` keeps each call's history file apart.
struct CoreFailures
{
    QString history{};     // a query on a history whose runs table is gone
    QString transaction{}; // a run recorded on a closed history
    QString catalogField{};
    QString catalogJson{};
    QString vocabularyBlob{};
    QString vocabularyLine{};
    QString batchReply{};
    QString contains{};
    QString tooLong{};
    QString oneWordShort{};
    QString schema{};
    QString localServer{};
};

CoreFailures coreFailures(const TempWorkspace& workspace, const QString& name)
{
    CoreFailures f;
    auto db = Database::open(workspace.filePath(name + QStringLiteral(".sqlite")));
    if (!db)
        return f;
    QSqlQuery((*db)->connection()).exec(QStringLiteral("ALTER TABLE runs RENAME TO runs_gone"));
    HistoryStore store(**db);
    f.history = store.lastRunId().error().message;
    (*db)->connection().close();
    RunRecord run;
    f.transaction = store.insertRun(run).error().message;

    const QByteArray negativeWindow = R"({"catalog_version": 1, "updated": "2025-11-30", "models": [
        {"id": "x", "provider": "openai", "context_window": -5, "max_output": 10}]})";
    f.catalogField =
        ModelCatalog::fromJson(negativeWindow, QStringLiteral("user.json")).error().message;
    f.catalogJson =
        ModelCatalog::fromJson("{ not json", QStringLiteral("user.json")).error().message;
    const QByteArray seven(7, 'x');
    f.vocabularyBlob =
        Vocabulary::fromBlob({seven.constData(), size_t(seven.size())}, 100).error().message;
    f.vocabularyLine = Vocabulary::parse(QByteArrayView("abc\n"), 1).error().message;
    f.batchReply =
        OpenAiBatchProtocol(ProviderRequest{}).parseStatus("<html>busy</html>").error().message;

    f.contains =
        TextCheck::contains(QStringLiteral("budget")).run(QStringLiteral("no money talk")).reason;
    f.tooLong = TextCheck::length(std::nullopt, 3, TextCheck::LengthUnit::Words)
                    .run(QStringLiteral("one two three four"))
                    .reason;
    f.oneWordShort = TextCheck::length(2, std::nullopt, TextCheck::LengthUnit::Words)
                         .run(QStringLiteral("one"))
                         .reason;
    const QJsonObject needsGoal{{QStringLiteral("type"), QStringLiteral("object")},
                                {QStringLiteral("required"), QJsonArray{QStringLiteral("goal")}}};
    f.schema = TextCheck::jsonSchema(needsGoal)->run(QStringLiteral("```json\n{}\n```")).reason;
    f.localServer = providerDisplayName(ProviderKind::ChatCompletions);
    return f;
}

} // namespace

// The history's SQL failures, model-catalog validation, vocabulary damage, batch protocol and
// text-check results speak the interface language; SQLite's own text is kept as it wrote it.
TEST(InterfaceLanguage_coreErrors,
     historyCatalogVocabularyBatchAndChecks_followTheInstalledTranslator)
{
    TempWorkspace workspace;
    const CoreFailures en = coreFailures(workspace, QStringLiteral("en"));
    EXPECT_TRUE(en.history.startsWith(QStringLiteral("Cannot read the history: ")))
        << en.history.toStdString();
    EXPECT_TRUE(en.history.contains(QStringLiteral("no such table: runs")))
        << en.history.toStdString();
    EXPECT_TRUE(en.transaction.startsWith(QStringLiteral("Cannot start a transaction: ")))
        << en.transaction.toStdString();
    EXPECT_EQ(en.catalogField,
              QStringLiteral("user.json: x.context_window must be a non-negative integer"));
    EXPECT_TRUE(en.catalogJson.startsWith(QStringLiteral("user.json: invalid JSON at offset ")))
        << en.catalogJson.toStdString();
    EXPECT_EQ(en.vocabularyBlob,
              QStringLiteral("vocabulary tables: 7 bytes, shorter than their header"));
    EXPECT_EQ(en.vocabularyLine, QStringLiteral("tiktoken vocabulary line 1: missing space"));
    EXPECT_EQ(en.batchReply, QStringLiteral("OpenAI: the batch reply is not a JSON object."));
    EXPECT_EQ(en.contains, QStringLiteral("does not contain \"budget\""));
    EXPECT_EQ(
        en.schema,
        QStringLiteral("schema: (root): missing required property \"goal\" (code fence removed)"));
    EXPECT_EQ(en.localServer, QStringLiteral("OpenAI-compatible server"));
    {
        EnglishInterface english;
        ASSERT_TRUE(english.loaded());
        const CoreFailures plural = coreFailures(workspace, QStringLiteral("en-plural"));
        EXPECT_EQ(plural.tooLong, QStringLiteral("4 words, more than 3"));
        EXPECT_EQ(plural.oneWordShort, QStringLiteral("1 word, fewer than 2"));
    }

    KoreanInterface korean;
    ASSERT_TRUE(korean.loaded());
    const CoreFailures ko = coreFailures(workspace, QStringLiteral("ko"));
    EXPECT_TRUE(ko.history.startsWith(QStringLiteral("기록을 읽을 수 없습니다: ")))
        << ko.history.toStdString();
    EXPECT_TRUE(ko.history.contains(QStringLiteral("no such table: runs")))
        << ko.history.toStdString();
    EXPECT_TRUE(ko.transaction.startsWith(QStringLiteral("트랜잭션을 시작할 수 없습니다: ")))
        << ko.transaction.toStdString();
    EXPECT_EQ(ko.catalogField,
              QStringLiteral(
                  "user.json: x.context_window 값이 올바르지 않습니다. 필요한 값: 0 이상의 정수"));
    EXPECT_TRUE(ko.catalogJson.startsWith(QStringLiteral("user.json: 오프셋 ")))
        << ko.catalogJson.toStdString();
    EXPECT_EQ(ko.vocabularyBlob, QStringLiteral("어휘 테이블: 7바이트로 헤더보다 짧습니다"));
    EXPECT_EQ(ko.vocabularyLine, QStringLiteral("tiktoken 어휘 1번째 줄: 공백이 없습니다"));
    EXPECT_EQ(ko.batchReply, QStringLiteral("OpenAI: 배치 응답이 JSON 객체가 아닙니다."));
    EXPECT_EQ(ko.contains, QStringLiteral("\"budget\"이(가) 들어 있지 않습니다"));
    EXPECT_EQ(ko.tooLong, QStringLiteral("4단어로 3단어보다 많습니다"));
    EXPECT_EQ(ko.oneWordShort, QStringLiteral("1단어로 2단어보다 적습니다"));
    EXPECT_EQ(
        ko.schema,
        QStringLiteral("스키마: (루트): 필수 속성 \"goal\"이(가) 없습니다 (코드 펜스 제거됨)"));
    EXPECT_EQ(ko.localServer, QStringLiteral("OpenAI 호환 서버"));
}

// Imported files go to the section the pack already has for their kind, named in English (as
// `pack new` and older packs name them) or in the interface language (as a Korean window names
// a new pack's sections); a pack without one gets it in the interface language.
TEST(InterfaceLanguage_importSections, importGoesToTheExistingSectionInEitherLanguage)
{
    ImportedDocument transcript;
    transcript.format = QStringLiteral("vtt");
    ImportedDocument code;
    code.format = QStringLiteral("code");
    Pack english;
    english.sections = {PackSection{QStringLiteral("s1"), QStringLiteral("Meetings"), {}, {}}};
    Pack korean;
    korean.sections = {PackSection{QStringLiteral("s1"), QStringLiteral("회의록"), {}, {}}};
    const Pack empty;

    EXPECT_EQ(PackImportMapping::sectionIn(english, transcript), QStringLiteral("Meetings"));
    EXPECT_EQ(PackImportMapping::sectionIn(empty, transcript), QStringLiteral("Meetings"));
    // Only English and the interface language are known: an English window adds its own section.
    EXPECT_EQ(PackImportMapping::sectionIn(korean, transcript), QStringLiteral("Meetings"));

    KoreanInterface ko;
    ASSERT_TRUE(ko.loaded());
    EXPECT_EQ(PackImportMapping::sectionFor(transcript), QStringLiteral("Meetings"))
        << "the stable English name";
    EXPECT_EQ(PackImportMapping::sectionIn(english, transcript), QStringLiteral("Meetings"));
    EXPECT_EQ(PackImportMapping::sectionIn(korean, transcript), QStringLiteral("회의록"));
    EXPECT_EQ(PackImportMapping::sectionIn(empty, transcript), QStringLiteral("회의록"));
    EXPECT_EQ(PackImportMapping::sectionIn(empty, code), QStringLiteral("코드"));
}
