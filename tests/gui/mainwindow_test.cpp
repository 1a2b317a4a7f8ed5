#include "core/pack/packdocument.h"
#include "core/pack/packtreemodel.h"
#include "core/secrets/secretstore.h"
#include "core/settings/memorysettingsstore.h"
#include "core/settings/settings.h"
#include "support/tempworkspace.h"
#include "ui/common/filedialog.h"
#include "ui/common/messagebox.h"
#include "ui/compare/comparepanel.h"
#include "ui/mainwindow.h"
#include "ui/pack/packpanel.h"
#include "ui/prompt/promptpreviewpanel.h"
#include "ui/services.h"

#include <QComboBox>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSplitter>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace Cb;

namespace {

// A window over in-memory settings, no keychain and an empty environment.
struct WindowFixture
{
    Core::MemorySettingsStore store;
    Core::Settings settings{store};
    Core::SecretStore secrets{nullptr, [](const QString&) { return QString(); }};
    QNetworkAccessManager network;
    Ui::Services services{&settings, &secrets, &network, nullptr};
};

bool waitForPrompt(Ui::PromptPreviewPanel* panel)
{
    QSignalSpy spy(panel, &Ui::PromptPreviewPanel::promptAssembled);
    return spy.wait(5000);
}

} // namespace

TEST(MainWindow_firstStart, showsThreeAreasAndTheWelcomePack)
{
    WindowFixture f;
    f.settings.set(Core::Keys::UiLanguage, QStringLiteral("en")); // whatever the machine's locale
    Ui::MainWindow window(f.services);
    window.openStartupPack();
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    auto* splitter = window.findChild<QSplitter*>(QStringLiteral("mainSplitter"));
    ASSERT_NE(splitter, nullptr);
    ASSERT_EQ(splitter->count(), 3);
    EXPECT_EQ(splitter->widget(0)->objectName(), QStringLiteral("packPanel"));
    EXPECT_EQ(splitter->widget(1)->objectName(), QStringLiteral("promptPanel"));
    EXPECT_EQ(splitter->widget(2)->objectName(), QStringLiteral("comparePanel"));

    // The welcome pack: a goal, notes and a meeting transcript, visible in the tree.
    const Core::Pack& pack = window.document()->pack();
    EXPECT_TRUE(pack.title.startsWith(QStringLiteral("Welcome")));
    EXPECT_FALSE(pack.goal.isEmpty());
    EXPECT_GE(pack.sectionIndex(QStringLiteral("Meetings")), 0);
    EXPECT_GE(window.packPanel()->model()->rowCount(), 3);
    EXPECT_FALSE(window.isWindowModified());
    EXPECT_TRUE(f.settings.get(Core::Keys::WelcomePackShown));

    // The preview shows the assembled prompt with the meeting transcript in it.
    ASSERT_TRUE(waitForPrompt(window.promptPanel()) || !window.promptPanel()->prompt().input.isEmpty());
    EXPECT_TRUE(window.promptPanel()->inputView()->toPlainText().contains(QStringLiteral("Dana:")));
    EXPECT_TRUE(window.promptPanel()->inputView()->toPlainText().contains(pack.goal));

    // The comparison area explains what to do.
    auto* hint = window.findChild<QLabel*>(QStringLiteral("compareEmptyHint"));
    ASSERT_NE(hint, nullptr);
    EXPECT_TRUE(hint->text().contains(QStringLiteral("Send")));
}

TEST(MainWindow_firstStart, koreanInterfaceOpensTheKoreanWelcomePackAndPreset)
{
    WindowFixture f;
    f.settings.set(Core::Keys::UiLanguage, QStringLiteral("ko"));
    Ui::MainWindow window(f.services);
    window.openStartupPack();
    const Core::Pack& pack = window.document()->pack();
    EXPECT_TRUE(pack.title.startsWith(QStringLiteral("환영합니다"))) << pack.title.toStdString();
    EXPECT_GE(pack.sectionIndex(QStringLiteral("회의")), 0);
    EXPECT_EQ(window.promptPanel()->templateBox()->currentText(),
              QStringLiteral("report-generator-ko"));
    ASSERT_TRUE(waitForPrompt(window.promptPanel()) ||
                !window.promptPanel()->prompt().input.isEmpty());
    EXPECT_EQ(window.promptPanel()->prompt().templateName, QStringLiteral("report-generator-ko"));
    EXPECT_TRUE(window.promptPanel()->prompt().instructions.contains(QStringLiteral("한국어")));
    EXPECT_TRUE(window.promptPanel()->prompt().input.contains(QStringLiteral("김지현:")));
}

TEST(MainWindow_secondStart, opensAnEmptyPackThatSaysWhatToDo)
{
    WindowFixture f;
    f.settings.set(Core::Keys::WelcomePackShown, true);
    Ui::MainWindow window(f.services);
    window.openStartupPack();
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto* hint = window.findChild<QLabel*>(QStringLiteral("packEmptyHint"));
    ASSERT_NE(hint, nullptr);
    EXPECT_TRUE(hint->isVisible());
    EXPECT_TRUE(hint->text().contains(QStringLiteral("Drop documents, notes or folders here")));
    EXPECT_EQ(window.document()->pack().itemCount(), 0);
}

TEST(MainWindow_layout, splitterSizesAreRestoredOnNextStart)
{
    WindowFixture f;
    QList<int> sizes;
    {
        Ui::MainWindow window(f.services);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.splitter()->setSizes({200, 700, 500});
        sizes = window.splitter()->sizes();
        window.close();
    }
    Ui::MainWindow again(f.services);
    again.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&again));
    EXPECT_EQ(again.splitter()->sizes(), sizes);
}

TEST(MainWindow_saveAndReopen, roundTripsThePackThroughTheFileDialogSeam)
{
    WindowFixture f;
    Cb::Test::TempWorkspace ws;
    const QString path = ws.filePath(QStringLiteral("welcome-copy.ctxpack"));
    {
        Ui::MainWindow window(f.services);
        window.openStartupPack();
        window.document()->setGoal(QStringLiteral("A changed goal"));
        EXPECT_TRUE(window.isWindowModified());
        Ui::FileDialog::setNextAnswer({path});
        window.findChild<QAction*>(QStringLiteral("actionSave"))->trigger();
        EXPECT_FALSE(window.document()->isModified());
        EXPECT_EQ(f.settings.get(Core::Keys::RecentPacks).value(0), path);
    }
    Ui::MainWindow window(f.services);
    window.openStartupPack(); // reopens the most recent pack
    EXPECT_EQ(window.document()->filePath(), path);
    EXPECT_EQ(window.document()->pack().goal, QStringLiteral("A changed goal"));
}

TEST(MainWindow_openBadPack, showsClearErrorAndKeepsCurrentPack)
{
    WindowFixture f;
    Cb::Test::TempWorkspace ws;
    const QString bad = ws.write(QStringLiteral("bad.ctxpack"), "{ not json");
    Ui::MainWindow window(f.services);
    window.openStartupPack();
    const QString title = window.document()->pack().title;
    Ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(window.openPack(bad));
    EXPECT_TRUE(Ui::MessageBox::lastText().contains(QStringLiteral("bad.ctxpack")));
    EXPECT_EQ(window.document()->pack().title, title);
}

TEST(MainWindow_addNote, createsNotesSectionAndSelectsTheNote)
{
    WindowFixture f;
    f.settings.set(Core::Keys::WelcomePackShown, true);
    Ui::MainWindow window(f.services);
    window.openStartupPack();
    window.findChild<QAction*>(QStringLiteral("actionAddNote"))->trigger();
    const int notes = window.document()->pack().sectionIndex(QStringLiteral("Notes"));
    ASSERT_GE(notes, 0);
    EXPECT_EQ(window.document()->pack().sections[notes].items.size(), 1);
    const QModelIndex current = window.packPanel()->treeView()->currentIndex();
    EXPECT_EQ(current.data(Core::PackTreeModel::ItemIdRole).toString(),
              window.document()->pack().sections[notes].items[0].id);
}
