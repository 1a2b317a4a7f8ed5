#pragma once

#include "formats/export/reportoutline.h"
#include "formats/export/safetextdocument.h"

#include <memory>

class QPaintDevice;
class QTextCursor;
class QTextDocument;
class QTextDocumentFragment;

namespace Cb::Formats {

// Builds the QTextDocuments a PDF report is drawn from: the title block with the summary and
// statistics tables, each output (header line, reasoning summary, the model's Markdown styled
// by MarkdownStyler, review line) and the appendices. Documents are laid out for `device` (the
// QPdfWriter) at `textWidth` device pixels, so metrics match what is painted.
// Not owning the device; use on the thread that owns the device.
class ReportDocumentBuilder
{
public:
    // `language`: the report's, for the headings and labels the builder adds itself.
    ReportDocumentBuilder(QPaintDevice* device, qreal textWidth, qreal basePointSize = 10,
                          Cb::Core::ReportLanguage language = {});

    // An empty report document; fill it, then layOut() once.
    std::unique_ptr<SafeTextDocument> newDocument() const;
    void layOut(QTextDocument& document) const;

    // Title block: summary, outputs and statistics tables, then the charts.
    void addTitle(QTextCursor& cursor, const ReportOutline& report, qreal maxChartHeight) const;
    void addTable(QTextCursor& cursor, const ReportTable& table, qreal pointSize = 8) const;
    // The charts under a "Charts" heading, each scaled to the text width (and never taller than
    // `maxHeight`, so PageBreaker can keep it on one page) with its caption below.
    void addCharts(QTextCursor& cursor, const QList<ReportChart>& charts, qreal maxHeight) const;
    // A model's Markdown imported and styled (MarkdownStyler). Independent of any builder so
    // outputs can be imported in parallel: a worker builds the document, then hands it to the
    // thread that inserts it (QObject::moveToThread) and that thread makes the fragment. A
    // fragment made on the worker keeps a document of the worker's, which Qt then extends from
    // the other thread (orphaned frames, found by ASan).
    static std::unique_ptr<SafeTextDocument> markdownDocument(const QString& markdown,
                                                              const Cb::Core::ReportLanguage& language = {});
    static QTextDocumentFragment markdownFragment(const QString& markdown,
                                                  const Cb::Core::ReportLanguage& language = {});
    // withTitle = false in side-by-side columns, where the page band names the model.
    void addOutput(QTextCursor& cursor, const ReportOutline::Output& output,
                   const QTextDocumentFragment& body, bool withTitle) const;
    // A fused plan: its title, then each section with its "Sources" note under it.
    void addFused(QTextCursor& cursor, const ReportOutline::Fused& fused) const;
    void addPromptAppendix(QTextCursor& cursor, const ReportOutline& report) const;
    void addHeading(QTextCursor& cursor, const QString& text, int level, bool newPage) const;

private:
    void addParagraph(QTextCursor& cursor, const QString& text, const QColor& color,
                      qreal pointSize, bool italic = false) const;
    void addCode(QTextCursor& cursor, const QString& text) const;

    QPaintDevice* m_device;
    qreal m_textWidth;
    qreal m_basePointSize;
    Cb::Core::ReportLanguage m_language;
};

} // namespace Cb::Formats
