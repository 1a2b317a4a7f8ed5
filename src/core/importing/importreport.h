#pragma once

#include "core/importing/importeddocument.h"
#include "core/importing/importissue.h"

#include <QList>

namespace Cb::Core {

// Everything one import produced: the documents, the files skipped on purpose and the files
// that failed. One bad file never removes the others from the report.
struct ImportReport
{
    QList<ImportedDocument> documents;
    ImportIssues skipped;
    ImportIssues failed;
};

} // namespace Cb::Core
