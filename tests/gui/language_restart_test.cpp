// Switching the interface language in Settings without losing state (issue 16, item 2): the
// window offers to restart, saves the session (pack with its unsaved edits, layout, the run in
// the comparison, the reading layout) and relaunches; the new window brings it all back. The
// relaunch itself is replaced by a test hook that records what would have been started.
#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/pack/packdocument.h"
#include "core/run/runsession.h"
#include "core/settings/sessionkeys.h"
#include "gui/fakeopenaiservices.h"
#include "support/tempworkspace.h"
#include "ui/common/messagebox.h"
#include "ui/common/restartsession.h"
#include "ui/compare/comparepanel.h"
#include "ui/compare/outputcolumn.h"
#include "ui/history/historydialog.h"
#include "ui/mainwindow.h"
#include "ui/prompt/promptpreviewpanel.h"
#include "ui/prompt/variablesform.h"
#include "ui/readinglayout.h"

#include <QCoreApplication>
#include <QFile>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QSplitter>
#include <QTest>

#include <gtest/gtest.h>

using namespace Cb;
using namespace Cb::Test;

namespace {

struct Relaunch
{
    int count = 0;
    QString program;
    QStringList arguments;
};

// Records relaunches instead of starting a process; `succeed` = false plays a failed start.
class RelaunchHook
{
public:
    explicit RelaunchHook(bool succeed = true)
    {
        Ui::RestartSession::setRelauncherForTests([this, succeed](const QString& program, const QStringList& arguments) {
            ++m_relaunch.count;
            m_relaunch.program = program;
            m_relaunch.arguments = arguments;
            return succeed;
        });
    }
    ~RelaunchHook() { Ui::RestartSession::setRelauncherForTests({}); }
    const Relaunch& relaunch() const { return m_relaunch; }

private:
    Relaunch m_relaunch;
};

qint64 recordedRun(Core::Database& db)
{
    Core::HistoryStore store(db);
    Core::RunRecord run;
    run.packTitle = QStringLiteral("Launch plan");
    run.instructions = QStringLiteral("Be brief.");
    run.input = QStringLiteral("Which design?");
    Core::CallRecord call;
    call.provider = QStringLiteral("openai");
    call.model = QStringLiteral("o3");
    call.status = Core::CallStatus::Done;
    call.text = QStringLiteral("Design B is safer.");
    run.calls.append(call);
    auto id = store.insertRun(run);
    return id ? *id : 0;
}

// What a Korean input method sends while a syllable is composed and not yet committed.
void preedit(QWidget* editor, const QString& text)
{
    QInputMethodEvent event(text, {});
    QCoreApplication::sendEvent(editor, &event);
}

// The template variable's editor once the prompt has been assembled with its template.
QLineEdit* variableEditor(Ui::MainWindow& window, const QString& name)
{
    QLineEdit* editor = nullptr;
    for (int i = 0; i < 100 && !editor; ++i) {
        QTest::qWait(20);
        editor = window.promptPanel()->variablesForm()->editor(name);
    }
    return editor;
}

} // namespace

TEST(MainWindow_languageRestart, restartKeepsUnsavedEditsLayoutRunAndReadingLayout)
{
    TempWorkspace ws;
    auto db = Core::Database::open(ws.filePath(QStringLiteral("history.sqlite")));
    ASSERT_TRUE(db.has_value());
    const qint64 runId = recordedRun(**db);
    ASSERT_GT(runId, 0);
    FakeHttpServer server;
    FakeOpenAiServices fake(server, db->get());
    fake.settings.set(Core::Keys::UiLanguage, QStringLiteral("en"));
    fake.settings.set(Core::Keys::PromptTemplate, QStringLiteral("executive-summary")); // asks for {{audience}}
    const QString packPath = ws.filePath(QStringLiteral("plan.ctxpack"));
    RelaunchHook hook;
    qint64 callId = 0;

    QList<int> sizes;
    {
        Ui::MainWindow window(fake.services);
        window.openStartupPack();
        window.resize(1400, 900);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        ASSERT_TRUE(window.document()->saveAs(packPath));
        window.document()->setGoal(QStringLiteral("목표: 3월 출시 — typed, never saved"));
        ASSERT_TRUE(window.document()->isModified());
        window.showHistory();
        Q_EMIT window.historyDialog()->openRequested(runId);
        ASSERT_NE(window.comparePanel()->session(), nullptr);
        // The layout the user arranged (opening the run entered the reading layout: leave it
        // first), then the reading layout over it.
        window.readingLayout()->setActive(false);
        window.splitter()->setSizes({300, 500, 600});
        sizes = window.splitter()->sizes();
        window.readingLayout()->setActive(true);
        // A follow-up and a template variable typed and not sent, each ending in a syllable the
        // input method is still composing.
        callId = window.comparePanel()->session()->record().calls.first().id;
        Ui::OutputColumn* column = window.comparePanel()->column(callId);
        ASSERT_NE(column, nullptr);
        auto* followUp = column->findChild<QLineEdit*>(QStringLiteral("followUpText"));
        ASSERT_NE(followUp, nullptr);
        followUp->setText(QStringLiteral("B안의 위험을 표로 정리"));
        preedit(followUp, QStringLiteral("해"));
        QLineEdit* audience = variableEditor(window, QStringLiteral("audience"));
        ASSERT_NE(audience, nullptr);
        QTest::keyClicks(audience, QStringLiteral("board "));
        audience->setText(QStringLiteral("board 이사"));
        preedit(audience, QStringLiteral("회"));

        // Same language: nothing to offer.
        window.offerRestartForLanguage();
        EXPECT_EQ(hook.relaunch().count, 0);

        // Settings › Interface language: 한국어, then "Restart now".
        fake.settings.set(Core::Keys::UiLanguage, QStringLiteral("ko"));
        Ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        window.offerRestartForLanguage();
        EXPECT_TRUE(Ui::MessageBox::lastText().contains(QStringLiteral("restart")));
        ASSERT_EQ(hook.relaunch().count, 1);
        EXPECT_EQ(hook.relaunch().program, QCoreApplication::applicationFilePath());
        EXPECT_EQ(hook.relaunch().arguments, QStringList{Ui::RestartSession::kArgument});
        // Closed without asking about the unsaved edits: they travel with the session.
        EXPECT_FALSE(window.isVisible());
        EXPECT_FALSE(Ui::MessageBox::lastText().contains(QStringLiteral("Save them first?")));
    }
    // What the new process finds in the settings, and the pack file still as saved.
    const QVariantMap saved = fake.settings.get(Core::Keys::RestartSession);
    EXPECT_EQ(saved.value(QStringLiteral("packPath")).toString(), packPath);
    EXPECT_EQ(saved.value(QStringLiteral("runId")).toLongLong(), runId);
    EXPECT_TRUE(saved.value(QStringLiteral("reading")).toBool());
    const QString editsPath = saved.value(QStringLiteral("editsPath")).toString();
    EXPECT_TRUE(QFile::exists(editsPath)) << editsPath.toStdString();
    EXPECT_FALSE(TempWorkspace::read(packPath).contains("typed, never saved"));

    // The relaunched window: started with the argument, it restores instead of the startup pack.
    Ui::MainWindow again(fake.services);
    ASSERT_TRUE(again.restoreSession());
    again.resize(1400, 900);
    again.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&again));
    EXPECT_EQ(again.document()->filePath(), packPath);
    EXPECT_EQ(again.document()->pack().goal, QStringLiteral("목표: 3월 출시 — typed, never saved"));
    EXPECT_TRUE(again.document()->isModified()) << "the edits are still unsaved, not lost";
    EXPECT_TRUE(again.readingLayout()->isActive());
    again.readingLayout()->setActive(false);
    EXPECT_EQ(again.splitter()->sizes(), sizes);
    // Once the history is open, the run comes back into the comparison.
    again.resumeUnfinishedRuns();
    ASSERT_NE(again.comparePanel()->session(), nullptr);
    EXPECT_EQ(again.comparePanel()->session()->record().id, runId);
    EXPECT_TRUE(again.readingLayout()->isActive());
    // The unsent follow-up is back in its column's box, open, with the composed syllable; the
    // template variable in its field.
    Ui::OutputColumn* column = again.comparePanel()->column(callId);
    ASSERT_NE(column, nullptr);
    auto* followUp = column->findChild<QLineEdit*>(QStringLiteral("followUpText"));
    ASSERT_NE(followUp, nullptr);
    EXPECT_EQ(followUp->text(), QStringLiteral("B안의 위험을 표로 정리해"));
    EXPECT_TRUE(followUp->isVisibleTo(column));
    QLineEdit* audience = variableEditor(again, QStringLiteral("audience"));
    ASSERT_NE(audience, nullptr);
    EXPECT_EQ(audience->text(), QStringLiteral("board 이사회"));
    // Restored once: a later start is an ordinary one.
    EXPECT_TRUE(fake.settings.get(Core::Keys::RestartSession).isEmpty());
    EXPECT_FALSE(again.restoreSession());
    // Saving the edits removes the session's recovery file like any other.
    ASSERT_TRUE(again.document()->save());
    EXPECT_FALSE(QFile::exists(editsPath));
}

TEST(MainWindow_languageRestart, failedRelaunch_keepsTheWindowAndForgetsTheSession)
{
    TempWorkspace ws;
    FakeHttpServer server;
    FakeOpenAiServices fake(server, nullptr);
    fake.settings.set(Core::Keys::UiLanguage, QStringLiteral("en"));
    RelaunchHook hook(false);
    Ui::MainWindow window(fake.services);
    window.openStartupPack();
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.document()->setGoal(QStringLiteral("typed"));
    Ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(window.restartWithSession());
    EXPECT_EQ(hook.relaunch().count, 1);
    EXPECT_TRUE(Ui::MessageBox::lastText().contains(QStringLiteral("could not start again")));
    EXPECT_TRUE(window.isVisible());
    EXPECT_TRUE(window.document()->isModified());
    EXPECT_TRUE(fake.settings.get(Core::Keys::RestartSession).isEmpty());
}
