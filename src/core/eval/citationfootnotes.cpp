#include "core/eval/citationfootnotes.h"

namespace Cb::Core {

namespace {

// Quotes and titles are data: characters Markdown would act on are escaped, line breaks flattened.
QString plain(QString s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s.replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified()) {
        if (QStringLiteral("\\`*_[]<>#|~").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString marker(const Citation& c, int number)
{
    const QString n = CitationFootnotes::superscript(number);
    return c.verified() ? n : QStringLiteral("**") + n + QStringLiteral("✗**");
}

} // namespace

QString CitationFootnotes::superscript(int number)
{
    static const char16_t digits[] = {0x2070, 0x00B9, 0x00B2, 0x00B3, 0x2074,
                                      0x2075, 0x2076, 0x2077, 0x2078, 0x2079};
    QString out;
    for (const QChar c : QString::number(number))
        out += QChar(digits[c.digitValue()]);
    return out;
}

QString CitationFootnotes::summary(const CitationReport& report, const ReportLanguage& language)
{
    return language.translate("Report", "claims cited %1, verified %2, not found %3")
        .arg(report.total())
        .arg(report.verified())
        .arg(report.notFound());
}

QString CitationFootnotes::sourcesList(const CitationReport& report, const ReportLanguage& language)
{
    if (report.citations.isEmpty())
        return {};
    QString out = QStringLiteral("**") + language.translate("Report", "Sources", "citations") +
                  QStringLiteral("** — ") + summary(report, language) + QStringLiteral("\n\n");
    for (int i = 0; i < report.citations.size(); ++i) {
        const Citation& c = report.citations[i];
        out += QString::number(i + 1) + QStringLiteral(". ");
        if (c.verified())
            out += QStringLiteral("✓ *") + plain(c.title) + QStringLiteral("*");
        else if (c.status == Citation::Status::QuoteNotFound)
            out += QStringLiteral("✗ **") + language.translate("Report", "not found", "citation") +
                   QStringLiteral("** (") + language.translate("Report", "quote not in item") +
                   QStringLiteral(") *") + plain(c.title) + QStringLiteral("*");
        else
            out += QStringLiteral("✗ **") + language.translate("Report", "not found", "citation") +
                   QStringLiteral("** (") + language.translate("Report", "unknown item") + QStringLiteral(" `") +
                   c.id.simplified() + QStringLiteral("`)");
        out += QStringLiteral(" — “") + plain(c.quote) + QStringLiteral("”\n");
    }
    return out;
}

QString CitationFootnotes::markdown(const QString& answer, const CitationReport& report,
                                   const ReportLanguage& language)
{
    if (report.citations.isEmpty())
        return answer;
    QString out;
    qsizetype at = 0;
    for (int i = 0; i < report.citations.size(); ++i) {
        const Citation& c = report.citations[i];
        // Several quotes of one [[…]] share its span: their markers sit side by side.
        const bool sameSpan = i > 0 && report.citations[i - 1].start == c.start;
        const bool valid = c.start >= at && c.start + c.length <= answer.size() &&
                           answer.mid(c.start, 2) == QLatin1String("[[");
        if (sameSpan) {
            out += QStringLiteral("˒") + marker(c, i + 1);
            continue;
        }
        if (!valid) // the text changed since the check: keep it, number the source only
            continue;
        out += QStringView(answer).mid(at, c.start - at);
        if (out.endsWith(QLatin1Char(' '))) // "claim [[…]]" reads as "claim¹"
            out.chop(1);
        out += marker(c, i + 1);
        at = c.start + c.length;
    }
    out += QStringView(answer).mid(at);
    while (out.endsWith(QLatin1Char('\n')))
        out.chop(1);
    return out + QStringLiteral("\n\n") + sourcesList(report, language);
}

} // namespace Cb::Core
