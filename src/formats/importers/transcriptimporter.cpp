#include "formats/importers/transcriptimporter.h"

#include <QCoreApplication>

#include "core/importing/sourcefile.h"
#include "formats/importers/subtitleparser.h"
#include "formats/importers/transcriptformatter.h"

namespace Cb::Formats {

using namespace Cb::Core;

QStringList TranscriptImporter::suffixes() const
{
    return {QStringLiteral("vtt"), QStringLiteral("srt")};
}

Result<ImportedDocument> TranscriptImporter::importFile(const QString& path,
                                                        const ImportOptions& options,
                                                        const CancelToken& cancel) const
{
    auto loaded = SourceFile::loadDecodedText(path, options.maxFileBytes, cancel);
    if (!loaded)
        return fail(loaded.error());
    ImportedDocument doc = loaded->document;
    const bool vtt = loaded->info.suffix == QStringLiteral("vtt");
    doc.format = vtt ? QStringLiteral("vtt") : QStringLiteral("srt");
    const SubtitleParser::Parsed parsed =
        vtt ? SubtitleParser::parseVtt(loaded->text) : SubtitleParser::parseSrt(loaded->text);
    doc.notes += parsed.notes;
    if (parsed.cues.isEmpty() && !loaded->bytes.isEmpty())
        doc.notes << QCoreApplication::translate("Cb::Formats::TranscriptImporter", "No cues with text were found.");
    doc.text = TranscriptFormatter::format(parsed.cues);
    return doc;
}

} // namespace Cb::Formats
