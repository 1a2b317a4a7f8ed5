#pragma once

#include "core/common/result.h"
#include "core/pack/pack.h"

#include <QJsonObject>

namespace Cb::Core {

// Reads and writes .ctxpack files: versioned JSON with the text snapshots embedded, so a pack is
// portable. Unknown fields are kept; source paths are stored relative to the pack when possible.
// Saves are atomic (QSaveFile): a failed save leaves the previous file intact.
// The format is documented in docs/PACK_FORMAT.md. Stateless; any thread.
class PackFile
{
public:
    static constexpr int kSchemaVersion = 1;
    static constexpr qint64 kMaxFileBytes = 1024LL * 1024 * 1024;
    static inline const QString kFormatMarker = QStringLiteral("contextbench.pack");
    static inline const QString kExtension = QStringLiteral("ctxpack");

    static Result<Pack> load(const QString& path);
    static VoidResult save(const Pack& pack, const QString& path);

    // The JSON forms, with source paths resolved against / made relative to packDir.
    static Result<Pack> fromJson(const QByteArray& json, const QString& packDir);
    static QByteArray toJson(const Pack& pack, const QString& packDir);
};

} // namespace Cb::Core
