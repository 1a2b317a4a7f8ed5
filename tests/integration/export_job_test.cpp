// ExportJob: the worker-thread export ends in exactly one finished() or failed().
#include "exportfixture.h"
#include "formats/export/exportjob.h"
#include "support/tempworkspace.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Formats;
using Cb::Test::TempWorkspace;

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
