#pragma once

#include "core/common/error.h"

#include <QList>
#include <QString>

namespace Cb::Core {

// A file that was not imported, and why: either skipped on purpose by a folder scan
// (gitignored, lock file, binary, too large) or failed while importing (corrupt, encrypted).
struct ImportIssue
{
    QString path;
    ErrorCode code = ErrorCode::InvalidInput;
    QString reason; // for people: "ignored by .gitignore (pattern 'build/')"
};

using ImportIssues = QList<ImportIssue>;

} // namespace Cb::Core
