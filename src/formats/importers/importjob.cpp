#include "formats/importers/importjob.h"

#include <QCoreApplication>

#include "core/importing/folderscanner.h"
#include "formats/importers/importerregistry.h"

#include <QFileInfo>
#include <QPromise>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace Cb::Formats {

using namespace Cb::Core;

namespace {

using Event = ImportJobEvent;

// Runs on a pool thread. Touches nothing but its own copies and the immutable registry.
void runImport(QPromise<Event>& promise, std::shared_ptr<const ImporterRegistry> registry,
               ImportOptions options, QStringList paths, CancelToken cancel)
{
    const FolderScanner scanner(options, registry->binarySuffixes());
    QStringList files;
    QSet<QString> seen;
    auto addFile = [&](const QString& file) {
        if (!seen.contains(file)) {
            seen.insert(file);
            files.append(file);
        }
    };
    for (const QString& path : std::as_const(paths)) {
        if (cancel.isCancelled())
            return;
        const QFileInfo info(path);
        if (!info.isDir()) {
            addFile(info.absoluteFilePath());
            continue;
        }
        const FolderScanner::ScanResult scan = scanner.scan(path, cancel);
        for (const ImportIssue& issue : scan.skipped)
            promise.addResult(Event{Event::Kind::Skipped, 0, 0, issue.path, {}, issue});
        for (const QString& file : scan.files)
            addFile(file);
    }
    const int total = int(files.size());
    for (int i = 0; i < total; ++i) {
        if (cancel.isCancelled())
            return;
        const QString& file = files.at(i);
        promise.addResult(Event{Event::Kind::Started, i, total, file, {}, {}});
        ImportOptions fileOptions = options;
        fileOptions.pageProgress = [&promise, i, total, &file](int page, int pageCount) {
            Event event{Event::Kind::Page, i, total, file, {}, {}};
            event.page = page;
            event.pageCount = pageCount;
            promise.addResult(std::move(event));
        };
        auto document = registry->importFile(file, fileOptions, cancel);
        if (document) {
            promise.addResult(
                Event{Event::Kind::Imported, i + 1, total, file, std::move(*document), {}});
        } else if (document.error().code == ErrorCode::Cancelled) {
            return;
        } else {
            const ImportIssue issue{file, document.error().code, document.error().message};
            promise.addResult(Event{Event::Kind::Failed, i + 1, total, file, {}, issue});
        }
    }
}

} // namespace

ImportJob::ImportJob(std::shared_ptr<const ImporterRegistry> registry, ImportOptions options,
                     QObject* parent)
    : QObject(parent), m_registry(std::move(registry)), m_options(options)
{
    connect(&m_watcher, &QFutureWatcherBase::resultsReadyAt, this, &ImportJob::deliver);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ImportJob::complete);
}

ImportJob::~ImportJob()
{
    // The worker owns copies of everything it uses; it only needs to be told to stop.
    m_cancel.cancel();
}

bool ImportJob::start(const QStringList& paths)
{
    if (m_started)
        return false;
    m_started = true;
    m_watcher.setFuture(QtConcurrent::run(&runImport, m_registry, m_options, paths, m_cancel));
    return true;
}

void ImportJob::cancel()
{
    m_cancel.cancel();
}

bool ImportJob::isRunning() const
{
    return m_watcher.isRunning();
}

void ImportJob::deliver(int begin, int end)
{
    for (int i = begin; i < end; ++i) {
        const Event event = m_watcher.resultAt(i);
        if (event.total > 0) {
            m_done = event.done;
            m_total = event.total;
        }
        switch (event.kind) {
        case Event::Kind::Started:
            Q_EMIT progressChanged(event.done, event.total, event.path);
            break;
        case Event::Kind::Imported:
            m_report.documents.append(event.document);
            Q_EMIT documentImported(event.document);
            Q_EMIT progressChanged(event.done, event.total, event.path);
            break;
        case Event::Kind::Page:
            Q_EMIT pageProgressChanged(event.page, event.pageCount, event.path);
            break;
        case Event::Kind::Skipped:
            m_report.skipped.append(event.issue);
            Q_EMIT fileSkipped(event.issue);
            break;
        case Event::Kind::Failed:
            m_report.failed.append(event.issue);
            Q_EMIT fileFailed(event.issue);
            Q_EMIT progressChanged(event.done, event.total, event.path);
            break;
        }
    }
}

void ImportJob::complete()
{
    if (m_cancel.isCancelled()) {
        Q_EMIT failed(Error(
            ErrorCode::Cancelled,
            QCoreApplication::translate("Cb::Formats::ImportJob", "Import cancelled after %1 of %2 file(s)").arg(m_done).arg(m_total)));
        return;
    }
    Q_EMIT finished(m_report);
}

} // namespace Cb::Formats
