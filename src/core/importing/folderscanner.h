#pragma once

#include "core/importing/canceltoken.h"
#include "core/importing/gitignorematcher.h"
#include "core/importing/importissue.h"
#include "core/importing/importoptions.h"

#include <QSet>
#include <QStringList>

class QFileInfo;

namespace Cb::Core {

// Walks a folder tree and lists the files worth importing, with a reason for every file or
// folder it leaves out: .git folders, .gitignore matches (rules of every level, negations
// included), lock files, likely secrets, files over the size limit, binary files, symbolic links to
// folders (never followed, so loops are impossible). Binary formats that an importer understands
// (PDF, DOCX) are passed in as suffixes and let through. Synchronous; run it on a worker thread.
// Reentrant: one scanner may be used from several threads.
class FolderScanner
{
public:
    struct ScanResult
    {
        QStringList files; // absolute paths, in a stable (per-folder, name-sorted) order
        ImportIssues skipped;
        bool cancelled = false;
    };

    explicit FolderScanner(ImportOptions options, QSet<QString> binarySuffixesAllowed = {});

    ScanResult scan(const QString& root, const CancelToken& cancel = {}) const;

    static bool isLockFile(const QString& fileName);
    // .env files (not their .example/.sample/.template), SSH and TLS private keys, keystores,
    // .netrc/.pgpass/.npmrc/.pypirc.
    static bool isSecretFile(const QString& fileName);

private:
    void scanFolder(const QString& absolute, const QString& relative, GitignoreMatcher matcher,
                    const CancelToken& cancel, ScanResult& result) const;
    // Returns false and records why when the file must be left out.
    bool acceptFile(const QFileInfo& info, ScanResult& result) const;

    ImportOptions m_options;
    QSet<QString> m_binarySuffixesAllowed;
};

} // namespace Cb::Core
