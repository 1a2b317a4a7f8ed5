#include "formats/export/markdownreportwriter.h"

#include <QRegularExpression>

namespace Cb::Formats {

namespace {

QString cell(const QString& text)
{
    QString s = text;
    s.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    s.replace(QLatin1Char('|'), QLatin1String("\\|"));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s;
}

QString row(const QStringList& cells)
{
    QStringList escaped;
    for (const QString& c : cells)
        escaped.append(cell(c));
    return QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

} // namespace

QString MarkdownReportWriter::table(const ReportTable& t)
{
    QString out;
    if (!t.heading.isEmpty())
        out += QStringLiteral("## ") + t.heading + QStringLiteral("\n\n");
    const qsizetype columns =
        t.header.isEmpty() ? (t.rows.isEmpty() ? 0 : t.rows.first().size()) : t.header.size();
    if (columns == 0)
        return out;
    QStringList header = t.header;
    if (header.isEmpty())
        header = QStringList(columns, QString()); // key/value tables: empty header row
    out += row(header);
    QStringList rule;
    for (int i = 0; i < columns; ++i)
        rule.append(t.numericColumns.contains(i) ? QStringLiteral("---:") : QStringLiteral("---"));
    out += QStringLiteral("|") + rule.join(QLatin1Char('|')) + QStringLiteral("|\n");
    for (const QStringList& r : t.rows)
        out += row(r);
    if (!t.note.isEmpty())
        out += QStringLiteral("\n*") + t.note + QStringLiteral("*\n");
    return out + QLatin1Char('\n');
}

QString MarkdownReportWriter::fenced(const QString& text, const QString& info)
{
    static const QRegularExpression ticks(QStringLiteral("`{3,}"));
    qsizetype longest = 2;
    for (auto it = ticks.globalMatch(text); it.hasNext();)
        longest = qMax(longest, it.next().capturedLength());
    const QString fence(longest + 1, QLatin1Char('`'));
    QString body = text;
    if (!body.endsWith(QLatin1Char('\n')))
        body += QLatin1Char('\n');
    return fence + info + QLatin1Char('\n') + body + fence + QLatin1Char('\n');
}

QString MarkdownReportWriter::write(const ReportOutline& r)
{
    const Cb::Core::ReportLanguage& l = r.text.language();
    QString out = QStringLiteral("# ") + r.title + QStringLiteral("\n\n") + r.subtitle +
                  QStringLiteral("\n\n");
    out += table(r.summary);
    out += table(r.outputsTable);
    for (const ReportTable& t : r.stats)
        out += table(t);
    for (const ReportOutline::Output& o : r.outputs) {
        out += QStringLiteral("## ") + o.title + QStringLiteral("\n\n*") + o.meta +
               QStringLiteral("*\n\n");
        if (!o.error.isEmpty())
            out += QStringLiteral("**") + l.translate("Report", "Error:") + QStringLiteral("** ") + o.error +
                   QStringLiteral("\n\n");
        if (!o.reasoning.isEmpty()) {
            QString quoted = o.reasoning;
            quoted.replace(QLatin1Char('\n'), QStringLiteral("\n> "));
            out += QStringLiteral("> **") + l.translate("Report", "Reasoning summary.") + QStringLiteral("** ") +
                   quoted + QStringLiteral("\n\n");
        }
        out += o.markdown.trimmed() + QStringLiteral("\n\n");
        if (!o.review.isEmpty())
            out += QStringLiteral("---\n\n*") + o.review + QStringLiteral("*\n\n");
        for (const ReportOutline::Output::FollowUp& f : o.followUps) {
            out += QStringLiteral("### ") + l.translate("Report", "Follow-up: %1").arg(f.message) +
                   QStringLiteral("\n\n*") + f.meta +
                   QStringLiteral("*\n\n");
            if (!f.error.isEmpty())
                out += QStringLiteral("**") + l.translate("Report", "Error:") + QStringLiteral("** ") + f.error +
                       QStringLiteral("\n\n");
            if (!f.markdown.trimmed().isEmpty())
                out += f.markdown.trimmed() + QStringLiteral("\n\n");
        }
    }
    for (const ReportOutline::Fused& f : r.fused) {
        out += QStringLiteral("## ") + f.title + QStringLiteral("\n\n*") + f.meta + QStringLiteral("*\n\n");
        if (!f.error.isEmpty())
            out += QStringLiteral("**") + l.translate("Report", "Error:") + QStringLiteral("** ") + f.error +
                   QStringLiteral("\n\n");
        for (const ReportOutline::Fused::Section& s : f.sections)
            out += s.markdown + QStringLiteral("\n\n> *") + s.sources + QStringLiteral("*\n\n");
    }
    if (r.manifest)
        out += table(*r.manifest);
    if (r.includePrompt) {
        out += QStringLiteral("## ") + l.translate("Report", "Appendix: prompt") + QStringLiteral("\n\n### ") +
               l.translate("Report", "Instructions") + QStringLiteral("\n\n") +
               fenced(r.instructions, QStringLiteral("text")) + QStringLiteral("\n### ") +
               l.translate("Report", "Input", "prompt") + QStringLiteral("\n\n") +
               fenced(r.input, QStringLiteral("text")) + QLatin1Char('\n');
    }
    while (out.endsWith(QStringLiteral("\n\n")))
        out.chop(1);
    return out;
}

} // namespace Cb::Formats
