#pragma once

#include "core/common/result.h"
#include "core/importing/canceltoken.h"
#include "core/importing/importeddocument.h"
#include "core/importing/importoptions.h"

#include <QStringList>

namespace Cb::Formats {

// One document format turned into plain text / Markdown. Implementations are stateless and
// const, so one instance serves every worker thread at once. importFile() runs on a worker
// thread, checks sizes before reading, polls `cancel` between pages or large steps and returns
// ErrorCode::Cancelled when it fires. It never throws.
class Importer
{
public:
    virtual ~Importer() = default;

    // Lower-case suffixes this importer claims, without the dot: {"pdf"}.
    virtual QStringList suffixes() const = 0;

    // True for formats whose files look binary to a sniffer (PDF, DOCX): folder scans keep them.
    virtual bool readsBinaryFiles() const { return false; }

    virtual Core::Result<Core::ImportedDocument>
    importFile(const QString& path, const Core::ImportOptions& options,
               const Core::CancelToken& cancel) const = 0;
};

} // namespace Cb::Formats
