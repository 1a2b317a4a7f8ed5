#include "formats/export/pdfreportwriter.h"

#include "core/common/releasedpoolthread.h"
#include "formats/export/pagebreaker.h"
#include "formats/export/reportdocumentbuilder.h"
#include "formats/export/reportfonts.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <vector>

namespace Cb::Formats {

using Cb::Core::ErrorCode;
using Cb::Core::fail;

namespace {

// One stretch of pages: a full-width document, or two columns side by side.
struct Part
{
    std::unique_ptr<SafeTextDocument> left;
    std::unique_ptr<SafeTextDocument> right;
    QString leftCaption;
    QString rightCaption;
    QList<qreal> leftCuts;
    QList<qreal> rightCuts;

    int pages() const { return int(qMax(leftCuts.size(), rightCuts.size())); }
};

struct Geometry
{
    qreal width = 0;
    qreal band = 0; // running header / footer height
    qreal contentTop = 0;
    qreal contentHeight = 0;
    qreal gutter = 0;
    qreal caption = 0; // column caption height in side-by-side parts

    qreal columnWidth() const { return (width - gutter) / 2; }
};

qreal mm(const QPdfWriter& writer, qreal millimetres)
{
    return millimetres * writer.resolution() / 25.4;
}

void drawSlice(QPainter& painter, QTextDocument& doc, const QList<qreal>& cuts, int page,
               QPointF at)
{
    if (page >= cuts.size())
        return;
    const qreal top = cuts[page];
    const qreal bottom = page + 1 < cuts.size() ? cuts[page + 1] : doc.size().height();
    painter.save();
    painter.translate(at.x(), at.y() - top);
    // Shrunk by a hair so a line that merely touches a cut is drawn on one page only; otherwise
    // Qt would also paint it, clipped but present as text, on the neighbouring page.
    constexpr qreal kHair = 1.0;
    doc.drawContents(&painter, QRectF(0, top + kHair, doc.textWidth(), bottom - top - 2 * kHair));
    painter.restore();
}

void drawBands(QPainter& painter, const Geometry& g, const ReportOutline& report, int page,
               int pages)
{
    painter.save();
    painter.setPen(ReportFonts::muted());
    painter.setFont(ReportFonts::body(7.5));
    const QRectF head(0, 0, g.width, g.band * 0.7);
    const QString right = report.subtitle;
    const int rightWidth = painter.fontMetrics().horizontalAdvance(right);
    const QString left = painter.fontMetrics().elidedText(report.title, Qt::ElideRight,
                                                          int(g.width - rightWidth - g.gutter));
    painter.drawText(head, Qt::AlignLeft | Qt::AlignBottom, left);
    painter.drawText(head, Qt::AlignRight | Qt::AlignBottom, right);
    painter.setPen(QPen(ReportFonts::rule(), g.band / 60));
    painter.drawLine(QPointF(0, g.band * 0.8), QPointF(g.width, g.band * 0.8));
    painter.setPen(ReportFonts::muted());
    const QRectF foot(0, g.contentTop + g.contentHeight + g.band * 0.3, g.width, g.band * 0.7);
    painter.drawText(foot, Qt::AlignHCenter | Qt::AlignTop,
                     report.text.language().translate("Report", "Page %1 of %2").arg(page).arg(pages));
    painter.drawText(foot, Qt::AlignLeft | Qt::AlignTop, QStringLiteral("ContextBench"));
    painter.restore();
}

void drawCaptions(QPainter& painter, const Geometry& g, const Part& part, int pageInPart,
                  const ReportOutline& report)
{
    painter.save();
    painter.setFont(ReportFonts::body(9));
    painter.setPen(ReportFonts::accent());
    const QString suffix =
        pageInPart > 0 ? report.text.language().translate("Report", " (continued)", "page caption") : QString();
    const qreal x2 = g.columnWidth() + g.gutter;
    painter.drawText(QRectF(0, g.contentTop, g.columnWidth(), g.caption * 0.8),
                     Qt::AlignLeft | Qt::AlignVCenter, part.leftCaption + suffix);
    if (part.right)
        painter.drawText(QRectF(x2, g.contentTop, g.columnWidth(), g.caption * 0.8),
                         Qt::AlignLeft | Qt::AlignVCenter, part.rightCaption + suffix);
    painter.setPen(QPen(ReportFonts::rule(), g.band / 60));
    const qreal x = g.columnWidth() + g.gutter / 2;
    painter.drawLine(QPointF(x, g.contentTop), QPointF(x, g.contentTop + g.contentHeight));
    painter.restore();
}

// Importing the models' Markdown is the costliest step and each output is independent, so
// the imports run in parallel (one task per output, each document handed to this thread when
// built; they never get a layout, so no timers cross threads). The report documents are then
// filled and laid out on this thread, which paints and deletes them.
std::vector<Part> buildParts(const ReportOutline& report, const ExportOptions& options,
                             QPdfWriter& writer, const Geometry& g)
{
    QThread* here = QThread::currentThread();
    QList<std::shared_ptr<SafeTextDocument>> documents;
    {
        // This usually runs in an ExportJob on the global pool, the pool the imports need.
        const Core::ReleasedPoolThread waiting;
        documents = QtConcurrent::blockingMapped(
            report.outputs, [here, language = report.text.language()](const ReportOutline::Output& o) {
                std::shared_ptr<SafeTextDocument> doc =
                    ReportDocumentBuilder::markdownDocument(o.markdown, language);
                doc->moveToThread(here);
                return doc;
            });
    }
    QList<QTextDocumentFragment> bodies;
    for (const auto& doc : documents)
        bodies.append(QTextDocumentFragment(doc.get()));
    std::vector<Part> parts;
    const ReportDocumentBuilder full(&writer, g.width, 10, report.text.language());
    const ReportDocumentBuilder column(&writer, g.columnWidth(), 8.5, report.text.language());
    const bool sideBySide = options.layout == ReportLayout::SideBySide && report.outputs.size() > 1;
    const bool single = report.outputs.size() == 1;

    Part first;
    first.left = full.newDocument();
    QTextCursor cursor(first.left.get());
    full.addTitle(cursor, report, g.contentHeight * 0.8);
    if (single) // a plan follows its header; in a comparison each output starts a page
        full.addOutput(cursor, report.outputs.first(), bodies.first(), true);
    parts.push_back(std::move(first));

    for (qsizetype i = 0; !single && i < report.outputs.size(); i += sideBySide ? 2 : 1) {
        Part part;
        if (!sideBySide) {
            part.left = full.newDocument();
            QTextCursor c(part.left.get());
            full.addOutput(c, report.outputs[i], bodies[i], true);
            parts.push_back(std::move(part));
            continue;
        }
        for (qsizetype j = i; j < qMin(i + 2, report.outputs.size()); ++j) {
            auto doc = column.newDocument();
            QTextCursor c(doc.get());
            column.addOutput(c, report.outputs[j], bodies[j], false);
            (j == i ? part.left : part.right) = std::move(doc);
            (j == i ? part.leftCaption : part.rightCaption) = report.outputs[j].title;
        }
        parts.push_back(std::move(part));
    }

    for (const ReportOutline::Fused& fused : report.fused) {
        Part part;
        part.left = full.newDocument();
        QTextCursor c(part.left.get());
        full.addFused(c, fused);
        parts.push_back(std::move(part));
    }

    if (report.manifest || report.includePrompt) {
        Part appendix;
        appendix.left = full.newDocument();
        QTextCursor c(appendix.left.get());
        if (report.manifest) {
            ReportTable manifest = *report.manifest;
            full.addHeading(c, manifest.heading, 2, false);
            manifest.heading.clear();
            full.addTable(c, manifest, 8);
        }
        if (report.includePrompt)
            full.addPromptAppendix(c, report);
        parts.push_back(std::move(appendix));
    }
    for (Part& p : parts) {
        const bool columns = !p.leftCaption.isEmpty();
        const qreal height = columns ? g.contentHeight - g.caption : g.contentHeight;
        (columns ? column : full).layOut(*p.left);
        p.leftCuts = PageBreaker::cuts(*p.left, height);
        if (p.right) {
            column.layOut(*p.right);
            p.rightCuts = PageBreaker::cuts(*p.right, height);
        }
    }
    return parts;
}

} // namespace

Cb::Core::VoidResult PdfReportWriter::write(const ReportOutline& report,
                                            const ExportOptions& options, QIODevice* device,
                                            const Progress& progress)
{
    QPdfWriter writer(device);
    writer.setResolution(600);
    writer.setPageSize(
        QPageSize(options.pageSize == PageSize::Letter ? QPageSize::Letter : QPageSize::A4));
    writer.setPageMargins(QMarginsF(16, 10, 16, 10), QPageLayout::Millimeter);
    writer.setTitle(report.title);
    writer.setCreator(QStringLiteral("ContextBench"));

    const QRectF paint = writer.pageLayout().paintRectPixels(writer.resolution());
    Geometry g;
    g.width = paint.width();
    g.band = mm(writer, 8);
    g.contentTop = g.band;
    g.contentHeight = paint.height() - 2 * g.band;
    g.gutter = mm(writer, 6);
    g.caption = mm(writer, 7);

    std::vector<Part> parts = buildParts(report, options, writer, g);
    int total = 0;
    for (const Part& p : parts)
        total += p.pages();

    if (progress && !progress(0, total)) // building was the long part: honour a cancel now
        return fail(ErrorCode::Cancelled, QCoreApplication::translate(
                                              "Cb::Formats::PdfReportWriter", "export cancelled"));
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(ErrorCode::Io, QCoreApplication::translate("Cb::Formats::PdfReportWriter",
                                                               "cannot start the PDF: %1")
                                       .arg(device ? device->errorString() : QString()));
    int page = 0;
    for (const Part& part : parts)
        for (int i = 0; i < part.pages(); ++i) {
            if (page > 0)
                writer.newPage();
            ++page;
            drawBands(painter, g, report, page, total);
            if (!part.leftCaption.isEmpty()) {
                drawCaptions(painter, g, part, i, report);
                const qreal top = g.contentTop + g.caption;
                drawSlice(painter, *part.left, part.leftCuts, i, QPointF(0, top));
                if (part.right)
                    drawSlice(painter, *part.right, part.rightCuts, i,
                              QPointF(g.columnWidth() + g.gutter, top));
            } else {
                drawSlice(painter, *part.left, part.leftCuts, i, QPointF(0, g.contentTop));
            }
            if (progress && !progress(page, total)) {
                painter.end();
                return fail(ErrorCode::Cancelled,
                            QCoreApplication::translate("Cb::Formats::PdfReportWriter",
                                                        "export cancelled"));
            }
        }
    if (!painter.end())
        return fail(ErrorCode::Io, QCoreApplication::translate("Cb::Formats::PdfReportWriter",
                                                               "cannot finish the PDF"));
    return {};
}

} // namespace Cb::Formats
