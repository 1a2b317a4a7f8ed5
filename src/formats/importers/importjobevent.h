#pragma once

#include "core/importing/importeddocument.h"
#include "core/importing/importissue.h"

namespace Cb::Formats {

// One step reported by ImportJob's worker to the GUI thread through its QFuture. Internal to
// ImportJob; a plain value so it can cross threads.
struct ImportJobEvent
{
    enum class Kind
    {
        Started,
        Imported,
        Skipped,
        Failed,
        Page // a page of the current file is done: page / pageCount
    };

    Kind kind = Kind::Started;
    int done = 0;  // files finished when this event was sent
    int total = 0; // files to import (known once the folders are scanned)
    QString path;
    Core::ImportedDocument document; // Imported
    Core::ImportIssue issue;         // Skipped, Failed
    int page = 0;                    // Page
    int pageCount = 0;               // Page
};

} // namespace Cb::Formats
