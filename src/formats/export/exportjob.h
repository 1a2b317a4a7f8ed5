#pragma once

#include "core/common/result.h"
#include "core/history/runrecord.h"
#include "formats/export/exportoptions.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

namespace Cb::Formats {

// Runs RunExporter off the GUI thread (QtConcurrent) on a copy of the run, and reports back on
// the thread that owns the job. Progress (PDF pages) is published through atomics and emitted
// by a timer, so the worker never touches this object; deleting the job while it runs is safe
// (the worker stops at its next check and its result is dropped). The application object must
// outlive a running worker: wait for QThreadPool::globalInstance() before destroying it.
// Signal contract: after start(), exactly one of finished(bytes) or failed(error); cancel()
// ends in failed(ErrorCode::Cancelled). With an empty path nothing is written (preview).
class ExportJob : public QObject
{
    Q_OBJECT
public:
    explicit ExportJob(QObject* parent = nullptr);
    ~ExportJob() override;

    void start(const Cb::Core::RunRecord& run, const ExportOptions& options,
               const QString& path = QString());
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void progressed(int done, int total);
    void finished(const QByteArray& bytes);
    void failed(const Cb::Core::Error& error);

private:
    struct Shared
    {
        std::atomic<bool> cancelled{false};
        std::atomic<int> done{0};
        std::atomic<int> total{0};
    };

    void publishProgress();
    void complete();

    QFutureWatcher<Cb::Core::Result<QByteArray>> m_watcher;
    QTimer m_progressTimer;
    std::shared_ptr<Shared> m_shared;
    int m_lastDone = -1;
};

} // namespace Cb::Formats
