#pragma once

#include "formats/importers/importer.h"

namespace Cb::Formats {

// PDF text through Qt Pdf, page by page in reading order, each page introduced by a
// "--- Page N ---" marker. Pages without a text layer get a note; a PDF with no text at all,
// a damaged file or a password-protected one fails with a message that says which.
// The QPdfDocument is created inside importFile(), so it lives on the worker thread that runs
// the import. A long PDF is read by several contextbench-pdftext processes at once
// (PdfPageWorkers: Qt Pdf allows one page at a time per process); the text is the same, in page
// order. Cancellation is checked before every page (every 10 ms while processes run), and
// options.pageProgress (if set) hears about every page done: (pages done, page count).
class PdfImporter : public Importer
{
public:
    struct Parallelism
    {
        int minPages = 24;           // shorter PDFs are read in this process (start-up ~30 ms)
        int minPagesPerProcess = 12; // no process for fewer pages than this
        int processes = 0;           // 0: one per core; otherwise at most this many
    };

    PdfImporter();
    explicit PdfImporter(Parallelism parallelism);

    QStringList suffixes() const override;
    bool readsBinaryFiles() const override { return true; }
    Core::Result<Core::ImportedDocument> importFile(const QString& path,
                                                    const Core::ImportOptions& options,
                                                    const Core::CancelToken& cancel) const override;

    static QString pageMarker(int pageNumber);

private:
    // How many helper processes read a PDF of `pageCount` pages; 0: read it in this process.
    int workerProcesses(int pageCount) const;

    Parallelism m_parallelism;
};

} // namespace Cb::Formats
