// The export dialog offscreen: PDF preview of the first pages, export through the file dialog
// seam on a worker thread, and the page-size option reaching the written PDF.
#include "formats/export/runrecordjson.h"
#include "support/tempworkspace.h"
#include "ui/common/filedialog.h"
#include "ui/export/exportdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QPdfDocument>
#include <QPushButton>
#include <QSignalSpy>
#include <QThreadPool>

#include <gtest/gtest.h>
#include "cb_test_paths.h"

using namespace Cb;

namespace {

Core::RunRecord fixture()
{
    auto run = Formats::RunRecordJson::load(
        QStringLiteral(CB_TEST_DATA_DIR "/export/comparison-run.json"));
    return run ? *run : Core::RunRecord{};
}

// A preview may still be rendering when a test ends; the QApplication must outlive it (in the
// app, main() waits for the pool after the event loop for the same reason).
struct WaitForWorkers
{
    ~WaitForWorkers() { QThreadPool::globalInstance()->waitForDone(); }
};

} // namespace

TEST(ExportDialog_comparison, previewsPdfPagesThenExportsMarkdownOffTheGuiThread)
{
    WaitForWorkers waitForWorkers;
    Cb::Test::TempWorkspace ws;
    Ui::ExportDialog dialog(fixture());
    QSignalSpy previewed(&dialog, &Ui::ExportDialog::previewUpdated);
    dialog.show();
    ASSERT_TRUE(previewed.wait(60000));
    EXPECT_EQ(dialog.previewPageCount(), 2);
    EXPECT_EQ(dialog.findChildren<QLabel*>(QStringLiteral("previewPage")).size(), 2);
    EXPECT_TRUE(dialog.findChild<QLabel*>(QStringLiteral("previewStatus"))
                    ->text()
                    .contains(QStringLiteral("of")));

    auto* format = dialog.findChild<QComboBox*>(QStringLiteral("formatCombo"));
    ASSERT_NE(format, nullptr);
    format->setCurrentIndex(format->findData(int(Formats::ExportFormat::Markdown)));
    EXPECT_FALSE(dialog.findChild<QComboBox*>(QStringLiteral("pageSizeCombo"))->isEnabled());

    const QString path = ws.filePath(QStringLiteral("plan.md"));
    Ui::FileDialog::setNextAnswer({path});
    QSignalSpy exported(&dialog, &Ui::ExportDialog::exported);
    dialog.findChild<QPushButton*>(QStringLiteral("exportButton"))->click();
    ASSERT_TRUE(exported.wait(60000));
    EXPECT_EQ(exported.first().first().toString(), path);
    const QByteArray md = Cb::Test::TempWorkspace::read(path);
    EXPECT_TRUE(md.startsWith("# Seoul offline sync pilot"));
    EXPECT_TRUE(md.contains("## Output 2 — o3-pro"));
}

TEST(ExportDialog_pdf, letterPageSize_reachesTheFile)
{
    WaitForWorkers waitForWorkers;
    Cb::Test::TempWorkspace ws;
    Ui::ExportDialog dialog(fixture());
    auto* pageSize = dialog.findChild<QComboBox*>(QStringLiteral("pageSizeCombo"));
    pageSize->setCurrentIndex(pageSize->findData(int(Formats::PageSize::Letter)));
    const QString path = ws.filePath(QStringLiteral("plan.pdf"));
    Ui::FileDialog::setNextAnswer({path});
    QSignalSpy exported(&dialog, &Ui::ExportDialog::exported);
    dialog.findChild<QPushButton*>(QStringLiteral("exportButton"))->click();
    ASSERT_TRUE(exported.wait(60000));
    QPdfDocument pdf;
    ASSERT_EQ(pdf.load(path), QPdfDocument::Error::None);
    EXPECT_GE(pdf.pageCount(), 3);
    EXPECT_NEAR(pdf.pagePointSize(0).width(), 612, 1.0);
}
