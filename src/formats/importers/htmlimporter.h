#pragma once

#include "formats/importers/importer.h"

namespace Cb::Formats {

// Untrusted HTML to readable Markdown (see HtmlToMarkdown): nothing is rendered, fetched or
// opened. The charset comes from a byte-order mark, else from <meta charset> or
// http-equiv Content-Type in the first 4 KB, else UTF-8 with repair notes. Stateless.
class HtmlImporter : public Importer
{
public:
    QStringList suffixes() const override;
    Core::Result<Core::ImportedDocument> importFile(const QString& path,
                                                    const Core::ImportOptions& options,
                                                    const Core::CancelToken& cancel) const override;

    // The charset a document declares in its first 4 KB, lower-case; empty when none.
    static QByteArray declaredCharset(const QByteArray& bytes);
};

} // namespace Cb::Formats
