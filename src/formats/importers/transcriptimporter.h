#pragma once

#include "formats/importers/importer.h"

namespace Cb::Formats {

// WebVTT (.vtt) and SubRip (.srt) transcripts to readable "[hh:mm:ss] Speaker: text"
// paragraphs (see SubtitleParser, TranscriptFormatter). Stateless; thread-safe.
class TranscriptImporter : public Importer
{
public:
    QStringList suffixes() const override;
    Core::Result<Core::ImportedDocument> importFile(const QString& path,
                                                    const Core::ImportOptions& options,
                                                    const Core::CancelToken& cancel) const override;
};

} // namespace Cb::Formats
