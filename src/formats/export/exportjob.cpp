#include "formats/export/exportjob.h"

#include "formats/export/runexporter.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace Cb::Formats {

using namespace Cb::Core;

ExportJob::ExportJob(QObject* parent) : QObject(parent)
{
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, &ExportJob::publishProgress);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ExportJob::complete);
}

ExportJob::~ExportJob()
{
    if (m_shared)
        m_shared->cancelled = true; // let a running worker stop early; its result is dropped
}

void ExportJob::start(const RunRecord& run, const ExportOptions& options, const QString& path)
{
    if (m_shared)
        m_shared->cancelled = true;
    m_shared = std::make_shared<Shared>();
    m_lastDone = -1;
    auto shared = m_shared;
    m_watcher.setFuture(QtConcurrent::run([run, options, path, shared]() -> Result<QByteArray> {
        const auto progress = [shared](int done, int total) {
            shared->done = done;
            shared->total = total;
            return !shared->cancelled.load();
        };
        auto bytes = RunExporter::render(run, options, progress);
        if (!bytes)
            return bytes;
        if (shared->cancelled)
            return fail(ErrorCode::Cancelled,
                        QCoreApplication::translate("Cb::Formats::ExportJob", "export cancelled"));
        if (!path.isEmpty())
            if (auto written = RunExporter::save(*bytes, path); !written)
                return fail(written.error());
        return bytes;
    }));
    m_progressTimer.start();
}

void ExportJob::cancel()
{
    if (m_shared)
        m_shared->cancelled = true;
}

void ExportJob::publishProgress()
{
    if (!m_shared)
        return;
    const int done = m_shared->done;
    if (done != m_lastDone) {
        m_lastDone = done;
        Q_EMIT progressed(done, m_shared->total);
    }
}

void ExportJob::complete()
{
    m_progressTimer.stop();
    publishProgress();
    const Result<QByteArray> result = m_watcher.result();
    if (result)
        Q_EMIT finished(*result);
    else
        Q_EMIT failed(result.error());
}

} // namespace Cb::Formats
