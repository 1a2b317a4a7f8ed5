#pragma once

#include "formats/importers/importer.h"

namespace Cb::Formats {

// Voice memos (m4a, mp3, wav, ogg, webm, flac). Transcription needs the network, which lives on
// the GUI thread, so on the worker this importer only checks the file against the transcription
// limits (25 MB, a supported type) and hashes it: the document comes back with format "audio",
// no text and needsTranscription set, for Core::AudioTranscriber to fill in.
class AudioImporter : public Importer
{
public:
    QStringList suffixes() const override;
    bool readsBinaryFiles() const override { return true; }
    Core::Result<Core::ImportedDocument> importFile(const QString& path,
                                                    const Core::ImportOptions& options,
                                                    const Core::CancelToken& cancel) const override;
};

} // namespace Cb::Formats
