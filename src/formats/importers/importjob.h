#pragma once

#include "core/common/error.h"
#include "core/importing/canceltoken.h"
#include "core/importing/importoptions.h"
#include "core/importing/importreport.h"
#include "formats/importers/importjobevent.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <memory>

namespace Cb::Formats {

class ImporterRegistry;

// Imports a list of files and folders off the GUI thread. Folders are scanned with FolderScanner
// (.gitignore, lock files, binaries, size limit); each file goes through the ImporterRegistry
// on one QtConcurrent worker, and one bad file never stops the others.
//
// Ownership and threading: lives on the GUI thread; the worker only holds copies (paths,
// options, a shared registry, the cancel token), so deleting the job while it runs is safe:
// it cancels and the worker winds down on its own. All signals are emitted on the job's thread.
// Signal contract: any number of progressChanged / pageProgressChanged / documentImported /
// fileSkipped / fileFailed, then exactly one of finished(report) or, after cancel(),
// failed(Error{Cancelled}). Documents delivered before a cancel stay in report().
class ImportJob : public QObject
{
    Q_OBJECT

public:
    explicit ImportJob(std::shared_ptr<const ImporterRegistry> registry,
                       Core::ImportOptions options = {}, QObject* parent = nullptr);
    ~ImportJob() override;

    // Returns false when the job already ran or is running.
    bool start(const QStringList& paths);
    // Honoured between files and, inside a PDF, between pages.
    void cancel();

    bool isRunning() const;
    const Core::ImportReport& report() const { return m_report; }

Q_SIGNALS:
    void progressChanged(int done, int total, const QString& currentPath);
    // Inside a paged document (PDF): `page` of `pageCount` pages of currentPath are read.
    void pageProgressChanged(int page, int pageCount, const QString& currentPath);
    void documentImported(const Cb::Core::ImportedDocument& document);
    void fileSkipped(const Cb::Core::ImportIssue& issue);
    void fileFailed(const Cb::Core::ImportIssue& issue);
    void finished(const Cb::Core::ImportReport& report);
    void failed(const Cb::Core::Error& error);

private:
    void deliver(int begin, int end);
    void complete();

    std::shared_ptr<const ImporterRegistry> m_registry;
    Core::ImportOptions m_options;
    Core::CancelToken m_cancel;
    QFutureWatcher<ImportJobEvent> m_watcher;
    Core::ImportReport m_report;
    int m_done = 0;
    int m_total = 0;
    bool m_started = false;
};

} // namespace Cb::Formats
