// At start the window picks up what the last session left running: an o3-pro call in OpenAI
// background mode is polled to its end and shown in the comparison, without being sent again.
#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/run/runsession.h"
#include "core/settings/settings.h"
#include "gui/fakeopenaiservices.h"
#include "support/fakehttpserver.h"
#include "support/providertesting.h"
#include "support/tempworkspace.h"
#include "ui/compare/comparepanel.h"
#include "ui/compare/markdownstreamview.h"
#include "ui/compare/outputcolumn.h"
#include "ui/mainwindow.h"

#include <QJsonObject>
#include <QStatusBar>
#include <QTest>

#include <gtest/gtest.h>

using namespace Cb;
using namespace Cb::Test;

TEST(MainWindow_resume, backgroundCallLeftRunning_isShownAndFinishesWithoutBeingSentAgain)
{
    TempWorkspace ws;
    auto db = Core::Database::open(ws.filePath(QStringLiteral("history.sqlite")));
    ASSERT_TRUE(db.has_value());
    FakeHttpServer server;
    server.setHandler([](const RecordedRequest& r) -> std::optional<FakeResponse> {
        if (r.method == "GET" && r.path() == QStringLiteral("/v1/responses/resp_poll01"))
            return FakeResponse::json(200, providerTranscript(QStringLiteral("responses_bg_completed.json")));
        return FakeResponse::json(404, R"({"error":{"message":"unexpected request"}})");
    });

    // What the last session left: an o3-pro call still thinking on the server.
    Core::HistoryStore store(**db);
    Core::RunRecord run;
    run.packTitle = QStringLiteral("Launch plan");
    run.instructions = QStringLiteral("Be brief.");
    run.input = QStringLiteral("Which design?");
    Core::CallRecord call;
    call.provider = QStringLiteral("openai");
    call.model = QStringLiteral("o3-pro");
    call.params = QJsonObject{{QStringLiteral("background"), true}};
    run.calls.append(call);
    ASSERT_TRUE(store.insertRun(run).has_value());
    run.calls[0].status = Core::CallStatus::Thinking;
    run.calls[0].responseId = QStringLiteral("resp_poll01");
    run.calls[0].startedAt = QDateTime::currentDateTimeUtc().addSecs(-90);
    ASSERT_TRUE(store.updateCall(run.calls[0]).has_value());

    FakeOpenAiServices fake(server, db->get());
    Ui::Services& services = fake.services;
    Ui::MainWindow window(services);
    window.resize(1400, 900);
    window.openStartupPack();
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QList<Core::RunSession*> shown;
    QObject::connect(&window, &Ui::MainWindow::sessionShown, [&](Core::RunSession* s) { shown.append(s); });

    window.resumeUnfinishedRuns();
    ASSERT_EQ(shown.size(), 1) << "the resumed run comes into view";
    EXPECT_EQ(shown.first()->record().id, run.id);
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("left unfinished")));
    ASSERT_TRUE(waitFor([&] { return shown.first()->isFinished(); }));
    Ui::OutputColumn* column = window.comparePanel()->column(run.calls[0].id);
    ASSERT_NE(column, nullptr);
    window.comparePanel()->flush();
    EXPECT_TRUE(column->view()->toPlainText().contains(QStringLiteral("Design B is safer.")));
    for (const RecordedRequest& r : server.requests())
        EXPECT_EQ(r.method, QByteArray("GET")) << "polled, never sent again";
    auto stored = store.loadRun(run.id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->calls[0].status, Core::CallStatus::Done);
}
