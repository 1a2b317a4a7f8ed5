// The import strip under the pack tree: file counts, and page counts inside a long document.
#include "ui/pack/importstatuswidget.h"

#include <QLabel>
#include <QProgressBar>

#include <gtest/gtest.h>

using namespace Cb;

TEST(ImportStatusWidget_pageProgress, countsPagesThenFilesAgain)
{
    Ui::ImportStatusWidget status;
    status.started(QStringLiteral("Importing report.pdf…"));
    status.setProgress(0, 1, QStringLiteral("/tmp/in/report.pdf"));
    status.setPageProgress(120, 500, QStringLiteral("/tmp/in/report.pdf"));
    auto* current = status.findChild<QLabel*>(QStringLiteral("importCurrent"));
    ASSERT_NE(current, nullptr);
    EXPECT_EQ(current->text(), QStringLiteral("report.pdf: page 120 of 500"));
    EXPECT_EQ(status.progressBar()->maximum(), 500);
    EXPECT_EQ(status.progressBar()->value(), 120);
    EXPECT_EQ(status.progressBar()->text(), QStringLiteral("page 120 of 500"));
    // The next file goes back to counting files.
    status.setProgress(1, 2, QStringLiteral("/tmp/in/notes.md"));
    EXPECT_EQ(status.progressBar()->maximum(), 2);
    EXPECT_EQ(status.progressBar()->text(), QStringLiteral("1 of 2"));
}
