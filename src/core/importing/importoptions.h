#pragma once

#include <QtGlobal>

#include <functional>

namespace Cb::Core {

// Limits and switches for one import. Defaults are safe for untrusted input: every size is
// checked before the bytes are read, so a 2 GB file or a ZIP bomb is refused, never loaded.
struct ImportOptions
{
    qint64 maxFileBytes = 50LL * 1024 * 1024; // source files over this are refused unread
    bool respectGitignore = true;             // folder import honours .gitignore files
    bool skipLockFiles = true;                // package-lock.json, Cargo.lock, go.sum, ...
    // Folder imports leave out files that usually hold credentials (.env, private keys), since
    // a pack's text is sent to model providers. A file named explicitly is still imported.
    bool skipSecretFiles = true;
    int maxFolderFiles = 10000; // a folder import stops collecting after this

    // Archive (DOCX) limits: checked against the central directory and again while inflating,
    // because declared sizes in a hostile archive can lie.
    int maxArchiveEntries = 5000;
    qint64 maxArchiveEntryBytes = 64LL * 1024 * 1024;
    qint64 maxArchiveTotalBytes = 256LL * 1024 * 1024;
    int maxCompressionRatio = 200; // uncompressed / compressed, for entries over 1 MiB

    // Optional: paged importers (PDF) call it after each page with (pages done, page count), on
    // the worker thread that runs the import, so a long document can show its own progress.
    std::function<void(int page, int pageCount)> pageProgress;
};

} // namespace Cb::Core
