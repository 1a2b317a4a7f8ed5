#pragma once

#include "core/common/result.h"
#include "core/pack/pack.h"

namespace Cb::Formats {

// Writes a pack as one shareable .ctxpack: every text snapshot is embedded (as in any pack
// file), source paths are cut down to file names so the author's folders do not travel, and
// anything shaped like an API key in titles, goals, notes or snapshots is replaced by
// "[redacted]" (SecretRedactor). The recipient opens it like any pack; the snapshots are the
// content, the sources are only provenance. Atomic write. Pure apart from the file; any thread.
class PackExporter
{
public:
    static Cb::Core::Pack shareable(const Cb::Core::Pack& pack);
    static Cb::Core::VoidResult exportPack(const Cb::Core::Pack& pack, const QString& path);
};

} // namespace Cb::Formats
