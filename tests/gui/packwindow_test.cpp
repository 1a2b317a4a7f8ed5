#include "core/pack/packdocument.h"
#include "core/pack/packfile.h"
#include "core/pack/packfiltermodel.h"
#include "core/secrets/secretstore.h"
#include "core/settings/memorysettingsstore.h"
#include "core/settings/settings.h"
#include "gui/screenshots.h"
#include "support/packsamples.h"
#include "support/tempworkspace.h"
#include "ui/mainwindow.h"
#include "ui/pack/importstatuswidget.h"
#include "ui/pack/packimporter.h"
#include "ui/pack/packpanel.h"
#include "ui/services.h"

#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace Cb;
using Core::PackItem;

// The pack pane as people see it while a big folder imports, and afterwards with the report:
// the test checks the progress strip, the report and the marks; with CB_SCREENSHOT_DIR set it
// also saves pictures of both moments.
TEST(MainWindow_packImport, showsProgressThenAReportWhileMarksStayVisible)
{
    Core::MemorySettingsStore store;
    Core::Settings settings{store};
    settings.set(Core::Keys::WelcomePackShown, true);
    Core::SecretStore secrets{nullptr, [](const QString&) { return QString(); }};
    QNetworkAccessManager network;
    Ui::Services services{&settings, &secrets, &network, nullptr};
    Cb::Test::TempWorkspace ws;

    const QString standup = ws.write(QStringLiteral("standup-03-03.vtt"), "WEBVTT\n");
    const QString brief = ws.write(QStringLiteral("launch-brief.md"), "# Launch brief\n");
    const QString budget = ws.write(QStringLiteral("budget.md"), "# Budget\n");
    Core::Pack pack =
        Cb::Test::PackSamples::withSections({QStringLiteral("Goals"), QStringLiteral("Meetings"),
                                         QStringLiteral("Documents"), QStringLiteral("Notes")});
    pack.title = QStringLiteral("Q3 launch plan");
    pack.goal = QStringLiteral(
        "A launch plan with target metrics, a timeline, priorities and explicit exclusions.");
    pack.sections[1].items = {Cb::Test::PackSamples::documentFor(
        standup, QStringLiteral("Ana: pricing slipped to Q4."), QStringLiteral("vtt"))};
    pack.sections[2].items = {
        Cb::Test::PackSamples::documentFor(brief, QStringLiteral("# Launch brief\nShip in May."),
                                       QStringLiteral("markdown")),
        Cb::Test::PackSamples::documentFor(budget, QStringLiteral("# Budget\n40k cap."),
                                       QStringLiteral("markdown"))};
    PackItem copy = Cb::Test::PackSamples::documentFor(
        brief, QStringLiteral("# Launch brief\nShip in May."), QStringLiteral("markdown"));
    copy.title = QStringLiteral("launch-brief (copy).md");
    pack.sections[3].items = {
        PackItem::note(QStringLiteral("Constraints"), QStringLiteral("No paid ads before June.")),
        copy};
    const QString packPath = ws.filePath(QStringLiteral("q3.ctxpack"));
    ASSERT_TRUE(Core::PackFile::save(pack, packPath));
    ws.write(QStringLiteral("budget.md"),
             "# Budget\n\nRaised to 55k after the review.\n"); // stale from the start

    for (int i = 0; i < 1500; ++i)
        ws.write(QStringLiteral("repo/src/d%1/file%2.cpp").arg(i % 30).arg(i),
                 QByteArray("int f") + QByteArray::number(i) + QByteArray("() { return 42; }\n").repeated(40));
    ws.write(QStringLiteral("repo/assets/logo.bin"),
             QByteArray("\x00\x01\x02\xff", 4).repeated(64));
    ws.write(QStringLiteral("repo/broken.pdf"), "%PDF-1.4 not really");

    Ui::MainWindow window(services);
    window.resize(1500, 900);
    ASSERT_TRUE(window.openPack(packPath));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    Ui::PackPanel* panel = window.packPanel();
    EXPECT_TRUE(panel->findChild<QLabel*>(QStringLiteral("duplicatesBanner"))->isVisible());
    EXPECT_TRUE(panel->findChild<QLabel*>(QStringLiteral("staleBanner"))->isVisible());

    QSignalSpy done(panel->importer(), &Ui::PackImporter::importFinished);
    panel->importPaths({ws.filePath(QStringLiteral("repo"))});
    QProgressBar* progress = panel->importStatus()->progressBar();
    QTRY_VERIFY_WITH_TIMEOUT(progress->isVisible() && progress->value() > 100, 20000);
    Cb::Test::saveScreenshot(&window, QStringLiteral("pack-import-running"));
    ASSERT_TRUE(done.wait(120000));
    EXPECT_EQ(done.first().at(0).toInt(), 1500);
    EXPECT_FALSE(progress->isVisible());
    EXPECT_TRUE(panel->importStatus()->summaryLabel()->text().contains(QStringLiteral("1 failed")));
    EXPECT_GE(panel->importStatus()->issueList()->topLevelItemCount(), 2); // the PDF and the binary

    panel->findChild<QLineEdit*>(QStringLiteral("packFilter"))->setText(QStringLiteral("launch"));
    QTRY_COMPARE(panel->filterModel()->filterText(), QStringLiteral("launch"));
    EXPECT_EQ(panel->filterModel()->rowCount(), 2); // Documents and Notes hold the brief and its copy

    Cb::Test::saveScreenshot(&window, QStringLiteral("pack-import-report"));
    EXPECT_EQ(window.document()->pack().itemCount(), 1505);
}
