// "Ask first" in the main window against a fake OpenAI server: the dialog shows the model's
// questions, one is answered and one skipped, OK adds the exact note to "Clarifications" as one
// undo step and the run goes out with it; Cancel changes nothing; "Ask Before Sending" routes
// Send through the questions.
#include "core/harness/clarificationnote.h"
#include "core/history/database.h"
#include "core/pack/packdocument.h"
#include "core/run/runsession.h"
#include "core/settings/settings.h"
#include "gui/fakeopenaiservices.h"
#include "gui/screenshots.h"
#include "support/fakehttpserver.h"
#include "support/fakejudge.h"
#include "support/providertesting.h"
#include "support/tempworkspace.h"
#include "ui/ask/askfirstcontroller.h"
#include "ui/ask/askfirstdialog.h"
#include "ui/mainwindow.h"
#include "ui/pack/packeditor.h"
#include "ui/pack/packpanel.h"
#include "ui/prompt/promptpreviewpanel.h"

#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Cb;
using namespace Cb::Test;

namespace {

const QString kQuestions = QStringLiteral(
    R"({"questions":[{"question":"Which quarter does the launch plan cover?","why_it_matters":"Milestones and hiring depend on it.","assumption_if_unanswered":"the next full quarter"},)"
    R"({"question":"Who signs off the budget?","why_it_matters":"Approval steps change the timeline.","assumption_if_unanswered":"the CFO"}]})");

class AskFirstWindow : public ::testing::Test
{
protected:
    void SetUp() override
    {
        server.setHandler([this](const RecordedRequest& r) -> std::optional<FakeResponse> {
            if (r.json().contains(QStringLiteral("text"))) { // the structured ask
                ++asks;
                return FakeJudge::responsesReply(kQuestions, 2000, 120);
            }
            runInputs.append(QString::fromUtf8(r.body));
            return FakeResponse::sse(providerTranscript(QStringLiteral("responses_text.sse")));
        });
        auto opened = Core::Database::open(ws.filePath(QStringLiteral("history.sqlite")));
        ASSERT_TRUE(opened.has_value());
        db = std::move(*opened);
        fake = std::make_unique<FakeOpenAiServices>(server, db.get());
        fake->settings.set(Core::Keys::SelectedModels, QStringList{QStringLiteral("openai:gpt-4.1")});
        fake->settings.set(Core::Keys::AskFirstModel, QStringLiteral("openai:gpt-4.1-mini"));
        window = std::make_unique<Ui::MainWindow>(fake->services);
        window->resize(1400, 900);
        window->openStartupPack();
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        ASSERT_TRUE(waitFor([&] { return !window->promptPanel()->prompt().input.isEmpty(); }, 5000));
        QObject::connect(window.get(), &Ui::MainWindow::sessionShown, [this](Core::RunSession* s) { shown.append(s); });
    }

    // The dialog once its questions are shown.
    Ui::AskFirstDialog* dialogWithQuestions()
    {
        Ui::AskFirstDialog* dialog = nullptr;
        const bool ready = waitFor([&] {
            dialog = window->askFirst()->dialog();
            return dialog && dialog->findChild<QStackedWidget*>(QStringLiteral("askPages"))->currentIndex() == 1;
        });
        EXPECT_TRUE(ready);
        return ready ? dialog : nullptr;
    }

    TempWorkspace ws;
    FakeHttpServer server;
    std::unique_ptr<Core::Database> db;
    std::unique_ptr<FakeOpenAiServices> fake;
    std::unique_ptr<Ui::MainWindow> window;
    QList<Core::RunSession*> shown;
    QStringList runInputs;
    int asks = 0;
};

} // namespace

TEST_F(AskFirstWindow, OneAnsweredOneSkipped_exactNoteAsOneUndoStepThenRunSendsIt)
{
    const Core::PackDocument& doc = *window->packPanel()->editor()->document();
    ASSERT_LT(doc.pack().sectionIndex(QStringLiteral("Clarifications")), 0);
    QUndoStack* undo = window->packPanel()->undoStack();
    const int stepsBefore = undo->count();

    window->findChild<QAction*>(QStringLiteral("actionAskFirst"))->trigger();
    Ui::AskFirstDialog* dialog = dialogWithQuestions();
    ASSERT_TRUE(dialog);
    EXPECT_EQ(asks, 1);
    EXPECT_TRUE(shown.isEmpty()); // nothing is sent while the questions are open
    const QString intro = dialog->findChild<QLabel*>(QStringLiteral("askIntro"))->text();
    EXPECT_TRUE(intro.contains(QStringLiteral("openai:gpt-4.1-mini asks 2 question(s)"))) << intro.toStdString();
    ASSERT_TRUE(dialog->findChild<QPlainTextEdit*>(QStringLiteral("askAnswer1")));
    EXPECT_FALSE(dialog->findChild<QPlainTextEdit*>(QStringLiteral("askAnswer2")));
    EXPECT_TRUE(dialog->findChild<QPlainTextEdit*>(QStringLiteral("askAnswer1"))->placeholderText().contains(QStringLiteral("the CFO")));
    // The assumption stays in view beside the answer box, not only as its placeholder.
    const QLabel* assumption = dialog->findChild<QLabel*>(QStringLiteral("askAssumption1"));
    ASSERT_TRUE(assumption);
    EXPECT_TRUE(assumption->text().startsWith(QStringLiteral("If unanswered, the model will assume: ")));
    EXPECT_TRUE(assumption->text().contains(QStringLiteral("the CFO"))) << assumption->text().toStdString();
    const QString cost = dialog->findChild<QLabel*>(QStringLiteral("askCost"))->text();
    EXPECT_EQ(cost, QStringLiteral("Cost <$0.001")); // gpt-4.1-mini has a price: 2,000 in + 120 out

    dialog->findChild<QPlainTextEdit*>(QStringLiteral("askAnswer0"))->setPlainText(QStringLiteral("Q3 2027"));
    dialog->findChild<QPlainTextEdit*>(QStringLiteral("askAnswer1"))->setPlainText(QStringLiteral("ignored once skipped"));
    dialog->findChild<QPushButton*>(QStringLiteral("askSkip1"))->click();
    EXPECT_FALSE(dialog->findChild<QPlainTextEdit*>(QStringLiteral("askAnswer1"))->isEnabled());
    saveScreenshot(dialog, QStringLiteral("askfirst-questions"));
    dialog->findChild<QPushButton*>(QStringLiteral("askOk"))->click();

    const int section = doc.pack().sectionIndex(QStringLiteral("Clarifications"));
    ASSERT_GE(section, 0);
    ASSERT_EQ(doc.pack().sections[section].items.size(), 1);
    const Core::PackItem note = doc.pack().sections[section].items.first();
    ASSERT_TRUE(note.title.startsWith(QStringLiteral("Clarifications "))) << note.title.toStdString();
    const QString stamp = note.title.mid(QStringLiteral("Clarifications ").size());
    EXPECT_EQ(note.text, QStringLiteral("Answers to the clarifying questions openai:gpt-4.1-mini asked before the run (") +
                             stamp +
                             QStringLiteral(").\n\n"
                                            "1. Which quarter does the launch plan cover?\n"
                                            "   Answer: Q3 2027\n\n"
                                            "2. Who signs off the budget?\n"
                                            "   Answer: (skipped — the model will assume: the CFO)\n"));
    EXPECT_EQ(undo->count(), stepsBefore + 1); // the section and the note: one step

    // The run goes out once the prompt has been assembled with the note in it.
    ASSERT_TRUE(waitFor([&] { return shown.size() == 1; }));
    ASSERT_TRUE(waitFor([&] { return shown.first()->isFinished(); }));
    ASSERT_EQ(runInputs.size(), 1);
    EXPECT_TRUE(runInputs.first().contains(QStringLiteral("Answer: Q3 2027"))) << runInputs.first().toStdString();
    saveScreenshot(window.get(), QStringLiteral("askfirst-window-after"));

    undo->undo();
    EXPECT_LT(doc.pack().sectionIndex(QStringLiteral("Clarifications")), 0);
    EXPECT_EQ(undo->count(), stepsBefore + 1); // still there to redo
}

TEST_F(AskFirstWindow, Cancel_changesNothingAndSendsNothing)
{
    const Core::PackDocument& doc = *window->packPanel()->editor()->document();
    const QByteArray before = doc.pack().snapshotHash();
    const int stepsBefore = window->packPanel()->undoStack()->count();
    window->findChild<QAction*>(QStringLiteral("actionAskFirst"))->trigger();
    Ui::AskFirstDialog* dialog = dialogWithQuestions();
    ASSERT_TRUE(dialog);
    dialog->findChild<QPlainTextEdit*>(QStringLiteral("askAnswer0"))->setPlainText(QStringLiteral("Q3 2027"));
    dialog->findChild<QPushButton*>(QStringLiteral("askCancel"))->click();
    waitFor([] { return false; }, 200);
    EXPECT_EQ(doc.pack().snapshotHash(), before);
    EXPECT_EQ(window->packPanel()->undoStack()->count(), stepsBefore);
    EXPECT_TRUE(shown.isEmpty());
    EXPECT_TRUE(runInputs.isEmpty());
}

TEST_F(AskFirstWindow, AskBeforeSending_sendOpensQuestionsFirst)
{
    QAction* option = window->findChild<QAction*>(QStringLiteral("actionAskBeforeSending"));
    ASSERT_TRUE(option && option->isCheckable());
    option->setChecked(true);
    EXPECT_TRUE(fake->settings.get(Core::Keys::AskBeforeSending));
    window->findChild<QAction*>(QStringLiteral("actionSend"))->trigger();
    Ui::AskFirstDialog* dialog = dialogWithQuestions();
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(shown.isEmpty());
    dialog->findChild<QPushButton*>(QStringLiteral("askSkip0"))->click();
    dialog->findChild<QPushButton*>(QStringLiteral("askSkip1"))->click();
    dialog->findChild<QPushButton*>(QStringLiteral("askOk"))->click();
    ASSERT_TRUE(waitFor([&] { return shown.size() == 1; }));
    EXPECT_EQ(asks, 1);
}
