#pragma once

#include "formats/importers/importer.h"

#include <QHash>
#include <QSet>

#include <memory>
#include <vector>

namespace Cb::Formats {

// Chooses the importer for a file: by suffix first, then by content: a PDF signature goes to
// the PDF importer, other binary content is refused as "binary file (kind)", and text with an
// unknown suffix is imported as plain text. Holds one instance of every built-in importer.
// Immutable after construction, so one registry serves all worker threads.
class ImporterRegistry
{
public:
    ImporterRegistry();
    ~ImporterRegistry();
    ImporterRegistry(const ImporterRegistry&) = delete;
    ImporterRegistry& operator=(const ImporterRegistry&) = delete;

    // Checks the size before anything is read, then delegates to the chosen importer.
    Core::Result<Core::ImportedDocument> importFile(const QString& path,
                                                    const Core::ImportOptions& options,
                                                    const Core::CancelToken& cancel = {}) const;

    // Suffixes of importers that read binary containers (for FolderScanner).
    QSet<QString> binarySuffixes() const;
    QStringList supportedSuffixes() const;

private:
    Core::Result<const Importer*> choose(const QString& path, const QString& suffix) const;
    void add(std::unique_ptr<Importer> importer);

    std::vector<std::unique_ptr<Importer>> m_importers;
    QHash<QString, const Importer*> m_bySuffix;
    const Importer* m_plainText = nullptr;
    const Importer* m_pdf = nullptr;
};

} // namespace Cb::Formats
