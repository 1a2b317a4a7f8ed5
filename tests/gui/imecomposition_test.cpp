// Korean input method composition (issue 16 item 3): the syllable being composed (the preedit)
// is neither lost nor doubled when Return, Ctrl+Return or a Send/OK/Save click arrives before the
// input method committed it. Offscreen has no platform input method, so these tests send the
// QInputMethodEvent sequences an input method would: preedit "ㅎ", preedit "해", then (or not)
// commit "해".
#include "core/history/database.h"
#include "core/pack/packdocument.h"
#include "core/prompt/templatelibrary.h"
#include "core/run/runsession.h"
#include "core/settings/settings.h"
#include "support/fakehttpserver.h"
#include "support/packsamples.h"
#include "support/providertesting.h"
#include "support/tempworkspace.h"
#include "gui/fakeopenaiservices.h"
#include "ui/common/imecomposition.h"
#include "ui/compare/outputcolumn.h"
#include "ui/mainwindow.h"
#include "ui/pack/itemeditordialog.h"
#include "ui/pack/packpanel.h"
#include "ui/prompt/promptpreviewpanel.h"
#include "ui/prompt/templateeditordialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace Cb;
using namespace Cb::Test;

namespace {

void preedit(QWidget* editor, const QString& text)
{
    QInputMethodEvent event(text, {});
    QCoreApplication::sendEvent(editor, &event);
}

// Typed Korean reaches an editor as input method commits (QTest::keyClicks is ASCII only).
void commit(QWidget* editor, const QString& text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(editor, &event);
}

// Types 해 as a Hangul input method does, leaving it composed but not committed.
void composeHae(QWidget* editor)
{
    preedit(editor, QStringLiteral("ㅎ"));
    preedit(editor, QStringLiteral("해"));
}

QString pendingPreedit(QWidget* editor)
{
    auto* watcher = editor->findChild<Ui::ImeComposition*>(QString(), Qt::FindDirectChildrenOnly);
    return watcher ? watcher->preedit() : QStringLiteral("<not watched>");
}

struct FollowUpFixture
{
    Ui::OutputColumn column{7};
    QLineEdit* box = nullptr;
    QPushButton* send = nullptr;
    FollowUpFixture()
    {
        column.resize(700, 400);
        column.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&column));
        column.findChild<QToolButton*>(QStringLiteral("continueButton"))->click();
        box = column.findChild<QLineEdit*>(QStringLiteral("followUpText"));
        send = column.findChild<QPushButton*>(QStringLiteral("followUpSend"));
        box->setFocus();
        commit(box, QStringLiteral("한국어로 다시 정리"));
        composeHae(box);
    }
};

} // namespace

TEST(ImeComposition_followUpBox, returnMidComposition_sendsTheSyllableOnce)
{
    FollowUpFixture f;
    QSignalSpy requested(&f.column, &Ui::OutputColumn::followUpRequested);
    QTest::keyClick(f.box, Qt::Key_Return);
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested[0][1].toString(), QStringLiteral("한국어로 다시 정리해"));
    EXPECT_TRUE(f.box->text().isEmpty());
    EXPECT_TRUE(pendingPreedit(f.box).isEmpty()) << "nothing left to arrive in the cleared box";
}

TEST(ImeComposition_followUpBox, sendClickMidComposition_sendsTheSyllableOnce)
{
    FollowUpFixture f;
    QSignalSpy requested(&f.column, &Ui::OutputColumn::followUpRequested);
    QTest::mouseClick(f.send, Qt::LeftButton);
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested[0][1].toString(), QStringLiteral("한국어로 다시 정리해"));
    EXPECT_TRUE(pendingPreedit(f.box).isEmpty());
}

TEST(ImeComposition_followUpBox, inputMethodThatCommitsBeforeReturn_isNotDoubled)
{
    FollowUpFixture f;
    QSignalSpy requested(&f.column, &Ui::OutputColumn::followUpRequested);
    commit(f.box, QStringLiteral("해"));
    QTest::keyClick(f.box, Qt::Key_Return);
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested[0][1].toString(), QStringLiteral("한국어로 다시 정리해"));
}

TEST(ImeComposition_ratingNote, returnOrLeavingTheNoteMidComposition_keepsTheSyllable)
{
    Ui::OutputColumn column{3};
    column.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&column));
    QSignalSpy reviewed(&column, &Ui::OutputColumn::reviewEdited);
    auto* note = column.findChild<QLineEdit*>(QStringLiteral("noteEdit"));
    note->setFocus();
    commit(note, QStringLiteral("근거가 충분"));
    composeHae(note);
    QTest::keyClick(note, Qt::Key_Return);
    ASSERT_GE(reviewed.count(), 1);
    EXPECT_EQ(reviewed.last()[2].toString(), QStringLiteral("근거가 충분해"));

    commit(note, QStringLiteral(" 보"));
    preedit(note, QStringLiteral("ㅇ"));
    preedit(note, QStringLiteral("임"));
    column.findChild<QLineEdit*>(QStringLiteral("followUpText"))->setFocus(); // clicks elsewhere
    EXPECT_EQ(reviewed.last()[2].toString(), QStringLiteral("근거가 충분해 보임"));
    EXPECT_EQ(note->text(), QStringLiteral("근거가 충분해 보임"));
}

TEST(ImeComposition_packPanel, goalReturnAndFilterFocusOut_keepTheSyllableInOrder)
{
    Core::PackDocument doc;
    doc.reset(PackSamples::withSections({QStringLiteral("Notes")}));
    Ui::PackPanel panel{&doc};
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    auto* goal = panel.findChild<QPlainTextEdit*>(QStringLiteral("packGoal"));
    goal->setFocus();
    commit(goal, QStringLiteral("출시 계획"));
    preedit(goal, QStringLiteral("ㅇ"));
    preedit(goal, QStringLiteral("을"));
    QTest::keyClick(goal, Qt::Key_Return); // a new line in the goal: after the syllable, not before
    commit(goal, QStringLiteral("정리"));
    composeHae(goal);
    auto* filter = panel.findChild<QLineEdit*>(QStringLiteral("packFilter"));
    filter->setFocus();
    EXPECT_EQ(doc.pack().goal, QStringLiteral("출시 계획을\n정리해"));

    commit(filter, QStringLiteral("회"));
    preedit(filter, QStringLiteral("ㅇ"));
    preedit(filter, QStringLiteral("의"));
    QTest::keyClick(filter, Qt::Key_Return);
    EXPECT_EQ(filter->text(), QStringLiteral("회의"));
    goal->setFocus();
    EXPECT_EQ(filter->text(), QStringLiteral("회의")) << "not committed a second time";
}

TEST(ImeComposition_noteEditor, okClickMidComposition_keepsTheSyllable)
{
    Ui::ItemEditorDialog dialog(Core::PackItem::note(QStringLiteral("예산"), QString()));
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    dialog.textEdit()->setFocus();
    commit(dialog.textEdit(), QStringLiteral("예산은 3억"));
    preedit(dialog.textEdit(), QStringLiteral("ㅇ"));
    preedit(dialog.textEdit(), QStringLiteral("원"));
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.edited().text, QStringLiteral("예산은 3억원"));

    Ui::ItemEditorDialog again(Core::PackItem::note(QStringLiteral("예"), QString()));
    again.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&again));
    again.titleEdit()->setFocus();
    again.titleEdit()->end(false);
    preedit(again.titleEdit(), QStringLiteral("ㅅ"));
    preedit(again.titleEdit(), QStringLiteral("산"));
    QTest::keyClick(again.titleEdit(), Qt::Key_Return); // the default button: OK
    EXPECT_EQ(again.result(), QDialog::Accepted);
    EXPECT_EQ(again.edited().title, QStringLiteral("예산"));
}

TEST(ImeComposition_templateEditor, saveClickMidComposition_savesTheSyllable)
{
    TempWorkspace ws;
    const QString userDir = ws.filePath(QStringLiteral("templates"));
    Core::TemplateLibrary library(Core::TemplateLibrary::defaultPresetDir(), userDir);
    Ui::TemplateEditorDialog dialog(library);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    dialog.duplicate();
    const QString name = dialog.currentName();
    auto* instructions = dialog.findChild<QPlainTextEdit*>(QStringLiteral("instructionsEdit"));
    instructions->setPlainText(QStringLiteral("결론부터"));
    instructions->setFocus();
    instructions->moveCursor(QTextCursor::End);
    commit(instructions, QStringLiteral(" 말"));
    composeHae(instructions);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    const Core::TemplateLibrary reloaded(Core::TemplateLibrary::defaultPresetDir(), userDir);
    ASSERT_NE(reloaded.find(name), nullptr);
    EXPECT_EQ(reloaded.find(name)->instructions, QStringLiteral("결론부터 말해"));
}

namespace {

struct SendFixture
{
    TempWorkspace ws;
    std::unique_ptr<Core::Database> db;
    FakeHttpServer server;
    std::unique_ptr<FakeOpenAiServices> fake;
    std::unique_ptr<Ui::MainWindow> window;
    QList<Core::RunSession*> shown;
    QPlainTextEdit* goal = nullptr;

    SendFixture()
    {
        auto opened = Core::Database::open(ws.filePath(QStringLiteral("history.sqlite")));
        EXPECT_TRUE(opened.has_value());
        db = std::move(*opened);
        server.setHandler([](const RecordedRequest&) -> std::optional<FakeResponse> {
            return FakeResponse::sse(providerTranscript(QStringLiteral("responses_text.sse")));
        });
        fake = std::make_unique<FakeOpenAiServices>(server, db.get());
        fake->settings.set(Core::Keys::SelectedModels, QStringList{QStringLiteral("openai:gpt-4.1")});
        window = std::make_unique<Ui::MainWindow>(fake->services);
        window->resize(1400, 900);
        window->openStartupPack();
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        EXPECT_TRUE(waitFor([&] { return !window->promptPanel()->prompt().input.isEmpty(); }, 5000));
        QObject::connect(window.get(), &Ui::MainWindow::sessionShown,
                         [this](Core::RunSession* s) { shown.append(s); });
        goal = window->findChild<QPlainTextEdit*>(QStringLiteral("packGoal"));
        goal->setPlainText(QStringLiteral("신제품 출시 계획"));
        EXPECT_TRUE(waitFor([&] { return !window->promptPanel()->isAssembling(); }, 5000));
        goal->setFocus();
        goal->moveCursor(QTextCursor::End);
        commit(goal, QStringLiteral("을 한국어로 작성"));
        composeHae(goal);
    }

    QString sentText() const { return QString::fromUtf8(server.lastRequest().body); }
};

} // namespace

TEST(ImeComposition_mainWindowSend, ctrlReturnMidComposition_sendsTheGoalWithTheSyllable)
{
    SendFixture f;
    QTest::keyClick(f.goal, Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(waitFor([&] { return f.shown.size() == 1; }, 5000));
    ASSERT_TRUE(waitFor([&] { return f.server.requestCount() >= 1; }, 5000));
    EXPECT_TRUE(f.sentText().contains(QStringLiteral("신제품 출시 계획을 한국어로 작성해")))
        << f.sentText().toStdString();
    EXPECT_FALSE(f.sentText().contains(QStringLiteral("작성해해")));
    EXPECT_EQ(f.goal->toPlainText(), QStringLiteral("신제품 출시 계획을 한국어로 작성해"))
        << "Ctrl+Return sends; it adds no line to the goal";
}

TEST(ImeComposition_mainWindowSend, toolbarSendMidComposition_sendsTheGoalWithTheSyllable)
{
    SendFixture f;
    f.window->findChild<QAction*>(QStringLiteral("actionSend"))->trigger(); // focus stays in the goal
    ASSERT_TRUE(waitFor([&] { return f.shown.size() == 1; }, 5000));
    ASSERT_TRUE(waitFor([&] { return f.server.requestCount() >= 1; }, 5000));
    EXPECT_TRUE(f.sentText().contains(QStringLiteral("신제품 출시 계획을 한국어로 작성해")))
        << f.sentText().toStdString();
    EXPECT_EQ(f.server.requestCount(), 1);
}
