#include "formats/importers/audioimporter.h"

#include "core/importing/sourcefile.h"
#include "core/providers/transcriptionclient.h"

namespace Cb::Formats {

using namespace Cb::Core;

QStringList AudioImporter::suffixes() const
{
    return {QStringLiteral("m4a"),  QStringLiteral("mp3"), QStringLiteral("mpga"),
            QStringLiteral("wav"),  QStringLiteral("ogg"), QStringLiteral("oga"),
            QStringLiteral("webm"), QStringLiteral("flac")};
}

Result<ImportedDocument> AudioImporter::importFile(const QString& path,
                                                   const ImportOptions& options,
                                                   const CancelToken& cancel) const
{
    auto info = SourceFile::inspect(path, options.maxFileBytes);
    if (!info)
        return fail(info.error());
    // Refused here, before hashing, so an oversized memo costs neither a read nor an upload.
    if (auto upload = TranscriptionClient::checkUpload(QFileInfo(info->absolutePath)); !upload)
        return fail(upload.error());
    if (cancel.isCancelled())
        return fail(CancelToken::cancelledError());
    auto sha = SourceFile::sha256Hex(info->absolutePath);
    if (!sha)
        return fail(sha.error());
    ImportedDocument doc = SourceFile::documentFor(*info, *sha);
    doc.format = QStringLiteral("audio");
    doc.needsTranscription = true;
    return doc;
}

} // namespace Cb::Formats
