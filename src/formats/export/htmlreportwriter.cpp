#include "formats/export/htmlreportwriter.h"

#include "core/common/resourcepaths.h"
#include "formats/export/markdownhtml.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>

namespace Cb::Formats {

using namespace Cb::Core;

namespace {

QString esc(const QString& s)
{
    return MarkdownHtml::escape(s);
}

QString table(const ReportTable& t, const QString& cssClass = QString())
{
    QString out;
    if (!t.heading.isEmpty())
        out += QStringLiteral("<h2>") + esc(t.heading) + QStringLiteral("</h2>\n");
    out += cssClass.isEmpty() ? QStringLiteral("<table>\n")
                              : QStringLiteral("<table class=\"%1\">\n").arg(cssClass);
    if (!t.header.isEmpty()) {
        out += QStringLiteral("<thead><tr>");
        for (int i = 0; i < t.header.size(); ++i)
            out += (t.numericColumns.contains(i) ? QStringLiteral("<th class=\"num\">")
                                                 : QStringLiteral("<th>")) +
                   esc(t.header[i]) + QStringLiteral("</th>");
        out += QStringLiteral("</tr></thead>\n");
    }
    out += QStringLiteral("<tbody>\n");
    for (const QStringList& row : t.rows) {
        out += QStringLiteral("<tr>");
        for (int i = 0; i < row.size(); ++i) {
            if (t.header.isEmpty() && i == 0)
                out += QStringLiteral("<th>") + esc(row[i]) + QStringLiteral("</th>");
            else
                out += (t.numericColumns.contains(i) ? QStringLiteral("<td class=\"num\">")
                                                     : QStringLiteral("<td>")) +
                       esc(row[i]) + QStringLiteral("</td>");
        }
        out += QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</tbody>\n</table>\n");
    if (!t.note.isEmpty())
        out += QStringLiteral("<p class=\"note\">") + esc(t.note) + QStringLiteral("</p>\n");
    return out;
}

QString errorLine(const QString& error, const ReportLanguage& l)
{
    return QStringLiteral("<p class=\"error\">") + esc(l.translate("Report", "Error:")) + QLatin1Char(' ') + esc(error) +
           QStringLiteral("</p>\n");
}

QString output(const ReportOutline::Output& o, const ReportLanguage& l)
{
    QString out = QStringLiteral("<section class=\"output\">\n<h2>") + esc(o.title) +
                  QStringLiteral("</h2>\n<p class=\"meta\">") + esc(o.meta) +
                  QStringLiteral("</p>\n");
    if (!o.error.isEmpty())
        out += errorLine(o.error, l);
    if (!o.reasoning.isEmpty())
        out += QStringLiteral("<aside class=\"reasoning\"><strong>") + esc(l.translate("Report", "Reasoning summary.")) +
               QStringLiteral("</strong> ") + esc(o.reasoning) + QStringLiteral("</aside>\n");
    out += QStringLiteral("<div class=\"markdown\">\n") + MarkdownHtml::fromMarkdown(o.markdown) +
           QStringLiteral("</div>\n");
    if (!o.review.isEmpty())
        out += QStringLiteral("<p class=\"review\">") + esc(o.review) + QStringLiteral("</p>\n");
    for (const ReportOutline::Output::FollowUp& f : o.followUps) {
        out += QStringLiteral("<div class=\"follow-up\">\n<h3>") +
               esc(l.translate("Report", "Follow-up: %1").arg(f.message)) + QStringLiteral("</h3>\n<p class=\"meta\">") +
               esc(f.meta) + QStringLiteral("</p>\n");
        if (!f.error.isEmpty())
            out += errorLine(f.error, l);
        out += QStringLiteral("<div class=\"markdown\">\n") + MarkdownHtml::fromMarkdown(f.markdown) +
               QStringLiteral("</div>\n</div>\n");
    }
    return out + QStringLiteral("</section>\n");
}

QString fused(const ReportOutline::Fused& f, const ReportLanguage& l)
{
    QString out = QStringLiteral("<section class=\"output fused\">\n<h2>") + esc(f.title) +
                  QStringLiteral("</h2>\n<p class=\"meta\">") + esc(f.meta) + QStringLiteral("</p>\n");
    if (!f.error.isEmpty())
        out += errorLine(f.error, l);
    for (const ReportOutline::Fused::Section& s : f.sections)
        out += QStringLiteral("<div class=\"markdown\">\n") + MarkdownHtml::fromMarkdown(s.markdown) +
               QStringLiteral("</div>\n<p class=\"note sources\">") + esc(s.sources) + QStringLiteral("</p>\n");
    return out + QStringLiteral("</section>\n");
}

// Inline PNGs: the report stays one self-contained file, and the CSP allows images only
// from data: URIs, so nothing in it can load from anywhere else.
QString charts(const QList<ReportChart>& list, const ReportLanguage& l)
{
    if (list.isEmpty())
        return {};
    QString out = QStringLiteral("<h2>") + esc(l.translate("Report", "Charts")) + QStringLiteral("</h2>\n");
    for (const ReportChart& c : list) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        c.image.save(&buffer, "PNG");
        out += QStringLiteral("<figure class=\"chart\"><img src=\"data:image/png;base64,") +
               QString::fromLatin1(png.toBase64()) + QStringLiteral("\" alt=\"") + esc(c.title) +
               QStringLiteral("\" width=\"%1\" height=\"%2\">\n<figcaption><strong>")
                   .arg(qRound(c.image.deviceIndependentSize().width()))
                   .arg(qRound(c.image.deviceIndependentSize().height())) +
               esc(c.title) + QStringLiteral(".</strong> ") + esc(c.caption) +
               QStringLiteral("</figcaption></figure>\n");
    }
    return out;
}

} // namespace

QString HtmlReportWriter::write(const ReportOutline& r, const ExportOptions& options,
                                const QString& css)
{
    const ReportLanguage& l = r.text.language();
    QString out =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                       "style-src 'unsafe-inline'; img-src data:\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<meta name=\"generator\" content=\"ContextBench\">\n")
            .arg(l.code());
    out += QStringLiteral("<title>") + esc(r.title) + QStringLiteral("</title>\n<style>\n") + css +
           QStringLiteral("</style>\n</head>\n<body>\n<header>\n<h1>") + esc(r.title) +
           QStringLiteral("</h1>\n<p class=\"subtitle\">") + esc(r.subtitle) +
           QStringLiteral("</p>\n</header>\n");
    out += table(r.summary, QStringLiteral("summary"));
    out += table(r.outputsTable);
    for (const ReportTable& t : r.stats)
        out += table(t);
    out += charts(r.charts, l);
    const bool pairs = options.layout == ReportLayout::SideBySide && r.outputs.size() > 1;
    for (qsizetype i = 0; i < r.outputs.size(); i += pairs ? 2 : 1) {
        if (!pairs) {
            out += output(r.outputs[i], l);
            continue;
        }
        out += QStringLiteral("<div class=\"pair\">\n") + output(r.outputs[i], l);
        if (i + 1 < r.outputs.size())
            out += output(r.outputs[i + 1], l);
        out += QStringLiteral("</div>\n");
    }
    for (const ReportOutline::Fused& f : r.fused)
        out += fused(f, l);
    if (r.manifest)
        out += table(*r.manifest);
    if (r.includePrompt)
        out += QStringLiteral("<h2>") + esc(l.translate("Report", "Appendix: prompt")) + QStringLiteral("</h2>\n<h3>") +
               esc(l.translate("Report", "Instructions")) + QStringLiteral("</h3>\n<pre>") + esc(r.instructions) +
               QStringLiteral("</pre>\n<h3>") + esc(l.translate("Report", "Input", "prompt")) +
               QStringLiteral("</h3>\n<pre>") + esc(r.input) + QStringLiteral("</pre>\n");
    return out + QStringLiteral("</body>\n</html>\n");
}

Result<QString> HtmlReportWriter::write(const ReportOutline& report, const ExportOptions& options)
{
    QFile file(resourcePath(QStringLiteral("report/report.css")));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("Cb::Formats::HtmlReportWriter",
                                                "report style sheet missing: %1")
                        .arg(file.fileName()));
    return write(report, options, QString::fromUtf8(file.readAll()));
}

} // namespace Cb::Formats
