#include "formats/importers/plaintextimporter.h"

#include "core/importing/sourcefile.h"
#include "formats/importers/filetypes.h"

namespace Cb::Formats {

using namespace Cb::Core;

QStringList PlainTextImporter::suffixes() const
{
    return FileTypes::knownSuffixes();
}

Result<ImportedDocument> PlainTextImporter::importFile(const QString& path,
                                                       const ImportOptions& options,
                                                       const CancelToken& cancel) const
{
    auto loaded = SourceFile::loadDecodedText(path, options.maxFileBytes, cancel);
    if (!loaded)
        return fail(loaded.error());
    ImportedDocument doc = loaded->document;
    const FileTypes::Type type = FileTypes::forFileName(loaded->info.fileName);
    doc.format = type.format;
    doc.language = type.language;
    // CRLF and lone CR become LF so token counts and diffs do not depend on the author's OS.
    doc.text = loaded->text;
    doc.text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    doc.text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return doc;
}

} // namespace Cb::Formats
