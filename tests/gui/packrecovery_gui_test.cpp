#include "core/pack/packdocument.h"
#include "core/pack/packfile.h"
#include "core/pack/packrecovery.h"
#include "core/secrets/secretstore.h"
#include "core/settings/memorysettingsstore.h"
#include "core/settings/settings.h"
#include "support/tempworkspace.h"
#include "ui/common/messagebox.h"
#include "ui/mainwindow.h"
#include "ui/services.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <gtest/gtest.h>

using namespace Cb;

namespace {

struct RecoveryFixture
{
    Core::MemorySettingsStore store;
    Core::Settings settings{store};
    Core::SecretStore secrets{nullptr, [](const QString&) { return QString(); }};
    QNetworkAccessManager network;
    Ui::Services services{&settings, &secrets, &network, nullptr};
    Cb::Test::TempWorkspace ws;
    QString packPath;

    RecoveryFixture()
    {
        settings.set(Core::Keys::WelcomePackShown, true);
        Core::Pack pack;
        pack.title = QStringLiteral("Launch");
        pack.sections.append(
            Core::PackSection{Core::PackItem::newId(), QStringLiteral("Notes"), {}, {}});
        packPath = ws.filePath(QStringLiteral("launch.ctxpack"));
        EXPECT_TRUE(Core::PackFile::save(pack, packPath));
        settings.addRecentPack(packPath);
        clearRecovery();
    }
    ~RecoveryFixture() { clearRecovery(); }
    static QString recoveryDir()
    {
        return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
               QStringLiteral("/recovery");
    }
    static void clearRecovery() { QDir(recoveryDir()).removeRecursively(); }
};

} // namespace

TEST(MainWindow_recovery, editIsAutosavedAndRestoredAfterACrash)
{
    RecoveryFixture f;
    QByteArray crashed;
    QString recoveryFile;
    {
        Ui::MainWindow window(f.services);
        window.openStartupPack();
        ASSERT_EQ(window.document()->filePath(), f.packPath);
        window.recovery()->setDelay(20);
        QSignalSpy written(window.recovery(), &Core::PackRecovery::written);
        window.findChild<QAction*>(QStringLiteral("actionAddNote"))->trigger();
        window.document()->setGoal(QStringLiteral("Unsaved goal"));
        ASSERT_TRUE(written.wait(5000));
        recoveryFile = written.last().first().toString();
        ASSERT_TRUE(recoveryFile.startsWith(RecoveryFixture::recoveryDir()));
        crashed = Cb::Test::TempWorkspace::read(recoveryFile);
        // An orderly shutdown removes it (closing asked to save or discard already)...
    }
    EXPECT_FALSE(QFile::exists(recoveryFile));
    // ...so put back what a crash would have left.
    QDir().mkpath(RecoveryFixture::recoveryDir());
    QFile out(recoveryFile);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(crashed);
    out.close();

    Ui::MainWindow window(f.services);
    Ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    window.openStartupPack();
    EXPECT_TRUE(Ui::MessageBox::lastText().contains(QStringLiteral("launch.ctxpack")));
    EXPECT_EQ(window.document()->filePath(), f.packPath);
    EXPECT_EQ(window.document()->pack().goal, QStringLiteral("Unsaved goal"));
    EXPECT_EQ(window.document()->pack().itemCount(), 1);
    EXPECT_TRUE(window.document()->isModified());
    EXPECT_TRUE(window.isWindowModified());
    // The pack file itself is untouched until the user saves; saving removes the recovery.
    EXPECT_TRUE(Core::PackFile::load(f.packPath)->goal.isEmpty());
    window.findChild<QAction*>(QStringLiteral("actionSave"))->trigger();
    EXPECT_FALSE(window.document()->isModified());
    EXPECT_TRUE(Core::PackRecovery::available(RecoveryFixture::recoveryDir()).isEmpty());
}

TEST(MainWindow_recovery, declinedRecoveryIsDeleted)
{
    RecoveryFixture f;
    Core::Pack edited = *Core::PackFile::load(f.packPath);
    edited.goal = QStringLiteral("never saved");
    const QString file =
        Core::PackRecovery::recoveryPathFor(RecoveryFixture::recoveryDir(), f.packPath);
    ASSERT_TRUE(Core::PackRecovery::write(edited, f.packPath, file));
    QFile(file).setFileTime(QDateTime::currentDateTime().addSecs(5),
                            QFileDevice::FileModificationTime);

    Ui::MainWindow window(f.services);
    Ui::MessageBox::setNextAnswer(QMessageBox::No);
    window.openStartupPack();
    EXPECT_TRUE(window.document()->pack().goal.isEmpty());
    EXPECT_FALSE(window.document()->isModified());
    EXPECT_FALSE(QFile::exists(file));
}

TEST(MainWindow_undoRedo, editMenuUndoesPackEdits)
{
    RecoveryFixture f;
    Ui::MainWindow window(f.services);
    window.openStartupPack();
    auto* undo = window.findChild<QAction*>(QStringLiteral("actionUndo"));
    auto* redo = window.findChild<QAction*>(QStringLiteral("actionRedo"));
    ASSERT_NE(undo, nullptr);
    ASSERT_NE(redo, nullptr);
    EXPECT_EQ(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    EXPECT_FALSE(undo->isEnabled());
    window.findChild<QAction*>(QStringLiteral("actionAddNote"))->trigger();
    EXPECT_EQ(window.document()->pack().itemCount(), 1);
    ASSERT_TRUE(undo->isEnabled());
    undo->trigger();
    EXPECT_EQ(window.document()->pack().itemCount(), 0);
    redo->trigger();
    EXPECT_EQ(window.document()->pack().itemCount(), 1);
}
