#pragma once

#include "formats/importers/importer.h"

namespace Cb::Formats {

// Plain text, Markdown, source code (language from the file name), JSON and CSV, kept
// verbatim apart from decoding: UTF-8 with repair notes, or UTF-16/32 when a BOM says so.
// Also the fallback for unknown suffixes whose content is text. Stateless; thread-safe.
class PlainTextImporter : public Importer
{
public:
    QStringList suffixes() const override;
    Core::Result<Core::ImportedDocument> importFile(const QString& path,
                                                    const Core::ImportOptions& options,
                                                    const Core::CancelToken& cancel) const override;
};

} // namespace Cb::Formats
