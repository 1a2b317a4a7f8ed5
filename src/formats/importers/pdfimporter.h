#pragma once

#include "formats/importers/importer.h"

namespace Cb::Formats {

// PDF text through Qt Pdf, page by page in reading order, each page introduced by a
// "--- Page N ---" marker. Pages without a text layer get a note; a PDF with no text at all,
// a damaged file or a password-protected one fails with a message that says which.
// The QPdfDocument is created inside importFile(), so it lives on the worker thread that runs
// the import; cancellation is checked before every page, and options.pageProgress (if set) hears
// about every page done.
class PdfImporter : public Importer
{
public:
    QStringList suffixes() const override;
    bool readsBinaryFiles() const override { return true; }
    Core::Result<Core::ImportedDocument> importFile(const QString& path,
                                                    const Core::ImportOptions& options,
                                                    const Core::CancelToken& cancel) const override;

    static QString pageMarker(int pageNumber);
};

} // namespace Cb::Formats
