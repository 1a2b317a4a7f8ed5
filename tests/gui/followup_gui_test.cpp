// "Continue" from the main window: a follow-up typed under one answer goes to the fake server
// in the same context, its reply streams under that answer, and a reopened run shows it again.
#include "core/history/database.h"
#include "core/run/runsession.h"
#include "core/settings/settings.h"
#include "support/fakehttpserver.h"
#include "support/providertesting.h"
#include "support/tempworkspace.h"
#include "gui/fakeopenaiservices.h"
#include "gui/screenshots.h"
#include "ui/compare/comparepanel.h"
#include "ui/compare/markdownstreamview.h"
#include "ui/compare/outputcolumn.h"
#include "ui/mainwindow.h"
#include "ui/prompt/promptpreviewpanel.h"
#include "ui/runcontroller.h"

#include <QAction>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace Cb;
using namespace Cb::Test;

namespace {

const QString kReply = QStringLiteral("Bonjour — voici le plan en quatre semaines.");

// A Responses stream answering a follow-up, so the reply is told apart from the first answer.
QByteArray followUpStream()
{
    const QByteArray delta = kReply.toUtf8();
    return "event: response.created\n"
           "data: {\"type\":\"response.created\",\"sequence_number\":0,\"response\":{\"id\":\"resp_f1\",\"status\":\"in_progress\"}}\n\n"
           "event: response.output_text.delta\n"
           "data: {\"type\":\"response.output_text.delta\",\"sequence_number\":1,\"delta\":\"" + delta + "\"}\n\n"
           "event: response.completed\n"
           "data: {\"type\":\"response.completed\",\"sequence_number\":2,\"response\":{\"id\":\"resp_f1\",\"status\":\"completed\","
           "\"usage\":{\"input_tokens\":40,\"output_tokens\":9}}}\n\n";
}

} // namespace

TEST(MainWindow_followUp, typedUnderOneAnswer_replyStreamsBelowIt_andIsShownAgainWhenReopened)
{
    TempWorkspace ws;
    auto db = Core::Database::open(ws.filePath(QStringLiteral("history.sqlite")));
    ASSERT_TRUE(db.has_value());
    FakeHttpServer server;
    server.setHandler([](const RecordedRequest& request) -> std::optional<FakeResponse> {
        const bool followUp = request.json().value(QStringLiteral("input")).toArray().size() > 1;
        return FakeResponse::sse(followUp ? followUpStream() : providerTranscript(QStringLiteral("responses_text.sse")));
    });
    FakeOpenAiServices fake(server, db->get());
    fake.settings.set(Core::Keys::SelectedModels, QStringList{QStringLiteral("openai:gpt-4.1")});
    fake.settings.set(Core::Keys::RunRepeats, 2);
    Ui::Services& services = fake.services;
    Ui::MainWindow window(services);
    window.resize(1500, 950);
    window.openStartupPack();
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(waitFor([&] { return !window.promptPanel()->prompt().input.isEmpty(); }, 5000));
    QList<Core::RunSession*> shown;
    QObject::connect(&window, &Ui::MainWindow::sessionShown, [&](Core::RunSession* s) { shown.append(s); });
    window.findChild<QAction*>(QStringLiteral("actionSend"))->trigger();
    ASSERT_EQ(shown.count(), 1);
    Core::RunSession* session = shown.first();
    ASSERT_TRUE(waitFor([&] { return session->isFinished(); }));
    const qint64 first = session->record().calls[0].id;
    const qint64 second = session->record().calls[1].id;

    Ui::ComparePanel* panel = window.comparePanel();
    Ui::OutputColumn* column = panel->column(second);
    ASSERT_NE(column, nullptr);
    column->findChild<QToolButton*>(QStringLiteral("continueButton"))->click();
    auto* edit = column->findChild<QLineEdit*>(QStringLiteral("followUpText"));
    ASSERT_TRUE(edit->isVisible());
    QTest::keyClicks(edit, QStringLiteral("Say it in French, four weeks"));
    column->findChild<QPushButton*>(QStringLiteral("followUpSend"))->click();

    ASSERT_TRUE(waitFor([&] { return column->followUpView()->toPlainText().contains(kReply); }));
    EXPECT_TRUE(column->followUpView()->isVisible());
    EXPECT_TRUE(column->followUpView()->toPlainText().contains(QStringLiteral("Say it in French, four weeks")));
    EXPECT_TRUE(panel->column(first)->followUpView()->isHidden()) << "only the chosen answer was continued";
    ASSERT_EQ(server.requestCount(), 3);
    const QJsonArray input = server.lastRequest().json().value(QStringLiteral("input")).toArray();
    ASSERT_EQ(input.size(), 3);
    EXPECT_EQ(input[1].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
    EXPECT_EQ(input[1].toObject().value(QStringLiteral("content")).toArray()[0].toObject().value(QStringLiteral("text")).toString(),
              session->call(second)->text);
    EXPECT_EQ(input[2].toObject().value(QStringLiteral("content")).toArray()[0].toObject().value(QStringLiteral("text")).toString(),
              QStringLiteral("Say it in French, four weeks"));
    ASSERT_TRUE(waitFor([&] {
        const Core::FollowUpRecord* f = session->followUp(second, 0);
        return f && f->status == Core::CallStatus::Done;
    }));
    panel->flush();
    saveScreenshot(&window, QStringLiteral("followup-mainwindow"));

    // "to the others too": the next message goes to both answers, each in its own conversation.
    column->findChild<QCheckBox*>(QStringLiteral("followUpOthers"))->setChecked(true);
    QTest::keyClicks(edit, QStringLiteral("Now the risks"));
    QTest::keyClick(edit, Qt::Key_Return);
    ASSERT_TRUE(waitFor([&] { return panel->column(first)->followUpView()->toPlainText().contains(kReply); }));
    ASSERT_TRUE(waitFor([&] { return session->call(second)->followUps.size() == 2 && session->followUp(second, 1)->status == Core::CallStatus::Done; }));
    EXPECT_EQ(server.requestCount(), 5);
    EXPECT_EQ(session->call(first)->followUps.size(), 1);

    // Reopened from history (as after a restart), the follow-ups are under their answers again.
    const qint64 runId = session->record().id;
    Ui::MainWindow restarted(services);
    auto reopened = restarted.runs()->open(runId);
    ASSERT_TRUE(reopened.has_value()) << reopened.error().message.toStdString();
    ASSERT_NE(*reopened, session);
    Ui::ComparePanel* again = restarted.comparePanel();
    again->showSession(*reopened);
    EXPECT_TRUE(again->column(second)->followUpView()->toPlainText().contains(QStringLiteral("Say it in French")));
    EXPECT_TRUE(again->column(second)->followUpView()->toPlainText().contains(QStringLiteral("Now the risks")));
    EXPECT_TRUE(again->column(second)->followUpView()->toPlainText().contains(kReply));
    EXPECT_TRUE(again->column(first)->followUpView()->toPlainText().contains(QStringLiteral("Now the risks")));
}
