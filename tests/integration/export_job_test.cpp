// ExportJob: the worker-thread export ends in exactly one finished() or failed().
#include "exportfixture.h"
#include "formats/export/exportjob.h"
#include "support/tempworkspace.h"

#include <QSignalSpy>
#include <QThreadPool>

#include <algorithm>

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Formats;
using Cb::Test::TempWorkspace;

namespace {

// Runs a test with the global pool cut to `threads`, like a machine with that many cores. On
// the way out it lets the pool grow so that workers stuck by a regression can still finish
// (the test then fails instead of hanging), waits for them, and restores the limit.
class PoolLimit
{
public:
    explicit PoolLimit(int threads) : m_original(QThreadPool::globalInstance()->maxThreadCount())
    {
        QThreadPool::globalInstance()->setMaxThreadCount(threads);
    }
    ~PoolLimit()
    {
        QThreadPool* pool = QThreadPool::globalInstance();
        pool->setMaxThreadCount(std::max(m_original, 16));
        pool->waitForDone();
        pool->setMaxThreadCount(m_original);
    }
    PoolLimit(const PoolLimit&) = delete;
    PoolLimit& operator=(const PoolLimit&) = delete;

private:
    int m_original = 0;
};

} // namespace

TEST(ExportJob_pdf, writesTheFileAndReportsProgress)
{
    TempWorkspace ws;
    ExportJob job;
    QSignalSpy finished(&job, &ExportJob::finished);
    QSignalSpy failed(&job, &ExportJob::failed);
    QSignalSpy progressed(&job, &ExportJob::progressed);
    const QString path = ws.filePath(QStringLiteral("r.pdf"));
    job.start(Cb::Test::longRun(100, 100), ExportOptions{}, path);
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_EQ(failed.size(), 0);
    EXPECT_FALSE(progressed.isEmpty());
    EXPECT_EQ(progressed.last().at(0).toInt(), progressed.last().at(1).toInt()); // done == total
    EXPECT_EQ(TempWorkspace::read(path), finished.first().first().toByteArray());
}

TEST(ExportJob_pdf, cancelled_failsOnceAndWritesNothing)
{
    TempWorkspace ws;
    ExportJob job;
    QSignalSpy finished(&job, &ExportJob::finished);
    QSignalSpy failed(&job, &ExportJob::failed);
    const QString path = ws.filePath(QStringLiteral("r.pdf"));
    job.start(Cb::Test::longRun(600, 600), ExportOptions{}, path);
    job.cancel();
    ASSERT_TRUE(failed.wait(60000));
    EXPECT_EQ(failed.first().first().value<Error>().code, ErrorCode::Cancelled);
    EXPECT_EQ(finished.size(), 0);
    EXPECT_FALSE(QFile::exists(path));
}

// The export dialog renders a PDF preview while an export runs. Each PDF worker imports the
// outputs with a blocking parallel map on the same global pool; when the workers held every
// pool thread while waiting, the imports never ran and both jobs hung (seen under load on a
// 2-core machine). With one pool thread the first worker holds it at once, so a regression
// hangs here deterministically.
TEST(ExportJob_pdf, previewAndExportRacingOnABusyPool_bothFinish)
{
    TempWorkspace ws;
    PoolLimit oneThread(1);
    ExportJob preview;
    ExportJob exporting;
    QSignalSpy previewed(&preview, &ExportJob::finished);
    QSignalSpy exported(&exporting, &ExportJob::finished);
    QSignalSpy previewFailed(&preview, &ExportJob::failed);
    QSignalSpy exportFailed(&exporting, &ExportJob::failed);
    const QString path = ws.filePath(QStringLiteral("r.pdf"));
    exporting.start(Cb::Test::comparisonRun(), ExportOptions{}, path);
    preview.start(Cb::Test::comparisonRun(), ExportOptions{});
    EXPECT_TRUE(exported.wait(60000));
    EXPECT_TRUE(previewed.size() == 1 || previewed.wait(60000));
    EXPECT_EQ(previewFailed.size(), 0);
    EXPECT_EQ(exportFailed.size(), 0);
    ASSERT_EQ(exported.size(), 1);
    EXPECT_EQ(TempWorkspace::read(path), exported.first().first().toByteArray());
}
