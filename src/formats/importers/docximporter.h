#pragma once

#include "formats/importers/importer.h"

namespace Cb::Formats {

// Word documents (.docx) to Markdown: the archive is opened through SafeZipReader (limits on
// entries, sizes and compression ratio; unsafe names refused), then document.xml is converted
// by DocxConverter with the styles, numbering and hyperlink parts. Encrypted documents and
// legacy .doc files are recognised and refused with a clear message. Stateless; thread-safe.
class DocxImporter : public Importer
{
public:
    QStringList suffixes() const override;
    bool readsBinaryFiles() const override { return true; }
    Core::Result<Core::ImportedDocument> importFile(const QString& path,
                                                    const Core::ImportOptions& options,
                                                    const Core::CancelToken& cancel) const override;
};

} // namespace Cb::Formats
