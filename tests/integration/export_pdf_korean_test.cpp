// Korean paragraphs in a PDF report (issue 16 item 3): lines break between words, at spaces, as
// Korean typesetting expects — no syllable split off mid-word where a space was available — and
// the text read back with Qt Pdf is the source text, line breaks aside.
#include "exportfixture.h"
#include "formats/export/runexporter.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Formats;

namespace {

const QStringList kParagraphs = {
    QStringLiteral("이번 분기 출시 계획은 가져오기 기능을 먼저 내보내고, PDF 내보내기와 통계 화면은 "
                   "다음 분기로 미룹니다. 고객 인터뷰에서 가장 많이 나온 요청은 회의록을 그대로 붙여 "
                   "넣는 기능이었으며, 영업팀은 한국어 보고서를 거래처에 바로 보낼 수 있기를 바랍니다."),
    QStringLiteral("위험 요소는 세 가지입니다. 첫째, 번역 검수 일정이 개발 일정보다 늦어질 수 있습니다. "
                   "둘째, 글꼴 라이선스를 법무팀이 아직 확인하지 않았습니다. 셋째, 대형 고객사의 보안 "
                   "심사가 예상보다 길어지면 계약 체결이 한 달가량 밀릴 가능성이 있습니다."),
    QStringLiteral("예산은 총 삼억 원으로, 인건비가 절반을 차지하고 나머지는 외부 번역, 사용성 평가, "
                   "서버 비용에 나누어 씁니다. 경영진 보고는 매월 첫째 주 화요일에 진행하며, 지표가 "
                   "목표보다 이십 퍼센트 이상 낮으면 즉시 대응 회의를 소집합니다."),
};

// No space anywhere: the line has to break inside it, and the text must still come back whole.
const QString kUnspaced = QStringLiteral("띄어쓰기없이길게이어지는문장도줄바꿈이되어야하며추출된글자는"
                                         "원문과같아야합니다그래서한줄보다훨씬길게계속이어서적어둡니다"
                                         "마지막까지빠짐없이나와야합니다");

QString collapseSpaces(QString text)
{
    return text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" ")).trimmed();
}

QByteArray exportPdf(const QString& markdown, ReportLayout layout)
{
    RunRecord run = Cb::Test::comparisonRun();
    run.votes.clear();
    if (layout == ReportLayout::Sequential)
        run.calls.removeLast();
    for (CallRecord& call : run.calls)
        call.text = markdown;
    ExportOptions options;
    options.format = ExportFormat::Pdf;
    options.layout = layout;
    auto bytes = RunExporter::render(run, options);
    EXPECT_TRUE(bytes) << (bytes ? "" : bytes.error().message.toStdString());
    return bytes ? *bytes : QByteArray();
}

} // namespace

TEST(ExportPdfKorean, longParagraphs_breakOnlyAtSpaces_andReadBackAsWritten)
{
    const QString markdown = QStringLiteral("## 출시 계획\n\n") + kParagraphs.join(QStringLiteral("\n\n")) +
                             QStringLiteral("\n\n") + kUnspaced + QStringLiteral("\n");
    const QStringList pages = Cb::Test::pdfPageTexts(exportPdf(markdown, ReportLayout::Sequential));
    ASSERT_FALSE(pages.isEmpty());
    const QString raw = pages.join(QStringLiteral("\n"));
    // A line break read back as a space gives the source text exactly when every break was at a
    // space; a break inside a word would read back as "출시합 니다".
    const QString asSpaces = collapseSpaces(raw);
    for (const QString& paragraph : kParagraphs) {
        EXPECT_TRUE(asSpaces.contains(paragraph)) << "a line broke inside a word of:\n"
                                                  << paragraph.toStdString() << "\n\nread back:\n"
                                                  << raw.toStdString();
        EXPECT_FALSE(raw.contains(paragraph)) << "the paragraph must wrap for this test to mean anything";
    }
    QString withoutBreaks = raw;
    withoutBreaks.remove(QLatin1Char('\r')).remove(QLatin1Char('\n'));
    EXPECT_TRUE(withoutBreaks.contains(kUnspaced)) << raw.toStdString();
    EXPECT_FALSE(raw.contains(kUnspaced)) << "a run longer than a line still wraps";
    for (const QChar c : {QChar(0x2060), QChar(0xFEFF), QChar(0x200B)})
        EXPECT_FALSE(raw.contains(c)) << "no invisible joiners in the text layer";
}

TEST(ExportPdfKorean, narrowSideBySideColumns_breakOnlyAtSpaces)
{
    // The two columns' lines may be read back interleaved, so this checks words, not paragraphs:
    // every Hangul word read back is a whole word of the answers or of the report around them.
    const auto hangulWords = [](const QByteArray& pdf) {
        static const QRegularExpression hangul(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"));
        QStringList out;
        for (const QString& w : collapseSpaces(Cb::Test::pdfPageTexts(pdf).join(QStringLiteral("\n"))).split(QLatin1Char(' ')))
            if (w.contains(hangul))
                out.append(w);
        return out;
    };
    QSet<QString> known;
    for (const QString& w : hangulWords(exportPdf(QStringLiteral("An English answer."), ReportLayout::SideBySide)))
        known.insert(w);
    for (const QString& paragraph : kParagraphs)
        for (const QString& w : paragraph.split(QLatin1Char(' ')))
            known.insert(w);
    const QStringList read = hangulWords(exportPdf(kParagraphs.join(QStringLiteral("\n\n")), ReportLayout::SideBySide));
    EXPECT_GT(read.size(), 200) << "both columns, every paragraph";
    for (const QString& w : read)
        EXPECT_TRUE(known.contains(w)) << "not a whole word: " << w.toStdString();
}
