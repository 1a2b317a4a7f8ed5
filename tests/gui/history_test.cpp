// The History view over a temp database, and Send / Run Again / reopen from the main window.
#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/run/runsession.h"
#include "core/settings/settings.h"
#include "gui/fakeopenaiservices.h"
#include "support/fakehttpserver.h"
#include "support/providertesting.h"
#include "support/tempworkspace.h"
#include "ui/history/historydialog.h"
#include "ui/history/runlistmodel.h"
#include "ui/mainwindow.h"
#include "ui/prompt/promptpreviewpanel.h"
#include "ui/runcontroller.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QJsonArray>
#include <QJsonObject>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace Cb;
using namespace Cb::Test;

namespace {

struct HistoryFixture
{
    HistoryFixture()
    {
        auto opened = Core::Database::open(ws.filePath(QStringLiteral("history.sqlite")));
        EXPECT_TRUE(opened.has_value());
        database = std::move(*opened);
        store = std::make_unique<Core::HistoryStore>(*database);
    }
    qint64 addRun(const QString& pack, const QStringList& models, const QString& text, int daysAgo = 0)
    {
        Core::RunRecord run;
        run.packTitle = pack;
        run.templateName = QStringLiteral("report-generator");
        run.instructions = QStringLiteral("Be brief.");
        run.input = QStringLiteral("Say hello.");
        run.createdAt = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
        for (const QString& m : models) {
            Core::CallRecord c;
            c.provider = m.section(QLatin1Char(':'), 0, 0);
            c.model = m.section(QLatin1Char(':'), 1);
            c.status = Core::CallStatus::Done;
            c.text = text;
            c.costUsd = 0.01;
            run.calls.append(c);
        }
        EXPECT_TRUE(store->insertRun(run).has_value());
        return run.id;
    }

    TempWorkspace ws;
    std::unique_ptr<Core::Database> database;
    std::unique_ptr<Core::HistoryStore> store;
};

} // namespace

TEST(HistoryDialog_filters, searchModelAndDateNarrowTheListAndButtonsEmitTheRun)
{
    HistoryFixture f;
    const qint64 plans = f.addRun(QStringLiteral("Q3 plans"), {QStringLiteral("openai:o3")}, QStringLiteral("zebra crossing"));
    f.addRun(QStringLiteral("Hiring"), {QStringLiteral("openai:o3"), QStringLiteral("anthropic:claude-sonnet-4-5")},
             QStringLiteral("hire two"));
    f.addRun(QStringLiteral("Old memo"), {QStringLiteral("gemini:gemini-2.5-pro")}, QStringLiteral("ancient"), 60);

    Ui::HistoryDialog dialog;
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    dialog.setStore(f.store.get());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_EQ(dialog.model()->rowCount(), 3);
    EXPECT_EQ(dialog.model()->index(0, Ui::RunListModel::Pack).data().toString(), QStringLiteral("Old memo"))
        << "newest id first";
    EXPECT_EQ(dialog.model()->index(1, Ui::RunListModel::Calls).data().toString(), QStringLiteral("2/2"));

    // Search goes through the answers too (debounced; Enter not needed).
    QTest::keyClicks(dialog.searchBox(), QStringLiteral("zebra"));
    ASSERT_TRUE(waitFor([&] { return dialog.model()->rowCount() == 1; }, 3000));
    EXPECT_EQ(dialog.model()->runId(0), plans);
    dialog.searchBox()->clear();
    ASSERT_TRUE(waitFor([&] { return dialog.model()->rowCount() == 3; }, 3000));

    QComboBox* models = dialog.modelFilter();
    const int claude = models->findData(QStringLiteral("anthropic:claude-sonnet-4-5"));
    ASSERT_GT(claude, 0) << "the filter lists the models found in history";
    models->setCurrentIndex(claude);
    EXPECT_EQ(dialog.model()->rowCount(), 1);
    EXPECT_EQ(dialog.model()->index(0, Ui::RunListModel::Pack).data().toString(), QStringLiteral("Hiring"));
    models->setCurrentIndex(0);

    dialog.dateFilter()->setCurrentIndex(2); // last 7 days
    EXPECT_EQ(dialog.model()->rowCount(), 2);
    dialog.dateFilter()->setCurrentIndex(0);
    EXPECT_EQ(dialog.model()->rowCount(), 3);

    QSignalSpy open(&dialog, &Ui::HistoryDialog::openRequested);
    QSignalSpy again(&dialog, &Ui::HistoryDialog::runAgainRequested);
    dialog.table()->selectRow(2);
    dialog.findChild<QPushButton*>(QStringLiteral("historyOpen"))->click();
    dialog.findChild<QPushButton*>(QStringLiteral("historyRunAgain"))->click();
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(open.first().first().toLongLong(), plans);
    ASSERT_EQ(again.count(), 1);
    EXPECT_EQ(again.first().first().toLongLong(), plans);
}

TEST(MainWindow_run, sendRecordsTheRunHistoryReopensAndRunsItAgain)
{
    HistoryFixture h;
    FakeHttpServer server;
    server.setHandler([](const RecordedRequest&) -> std::optional<FakeResponse> {
        return FakeResponse::sse(providerTranscript(QStringLiteral("responses_text.sse")));
    });
    FakeOpenAiServices fake(server, h.database.get());
    fake.settings.set(Core::Keys::SelectedModels, QStringList{QStringLiteral("openai:gpt-4.1")});
    fake.settings.set(Core::Keys::RunRepeats, 2);
    Ui::Services& services = fake.services;
    Ui::MainWindow window(services);
    window.openStartupPack();
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(waitFor([&] { return !window.promptPanel()->prompt().input.isEmpty(); }, 5000));

    auto* cancelAll = window.findChild<QAction*>(QStringLiteral("actionCancelAll"));
    ASSERT_NE(cancelAll, nullptr);
    QList<Core::RunSession*> shown; // pointers, not a QSignalSpy: the type is only forward-declared there
    QObject::connect(&window, &Ui::MainWindow::sessionShown, [&](Core::RunSession* s) { shown.append(s); });
    window.findChild<QAction*>(QStringLiteral("actionSend"))->trigger();
    ASSERT_EQ(shown.count(), 1);
    Core::RunSession* session = shown.first();
    ASSERT_NE(session, nullptr);
    EXPECT_TRUE(cancelAll->isEnabled()) << "Cancel All while the run is going";
    ASSERT_TRUE(waitFor([&] { return session->isFinished(); }));
    EXPECT_FALSE(cancelAll->isEnabled());
    ASSERT_EQ(session->record().calls.size(), 2);
    for (const Core::CallRecord& c : session->record().calls)
        EXPECT_EQ(c.status, Core::CallStatus::Done) << c.errorMessage.toStdString();
    EXPECT_EQ(server.requests().first().json().value(QStringLiteral("input")).toArray().at(0).toObject()
                  .value(QStringLiteral("content")).toArray().at(0).toObject().value(QStringLiteral("text")).toString(),
              window.promptPanel()->prompt().input);
    EXPECT_TRUE(window.findChild<QLabel*>(QStringLiteral("runStatusLabel"))->text().contains(QStringLiteral("2/2 done")));
    const qint64 firstRun = session->record().id;
    const QString firstInput = session->record().input;
    const QString firstText = session->record().calls.first().text;

    // View > History lists it; Run Again sends the same prompt to the same models.
    window.findChild<QAction*>(QStringLiteral("actionHistory"))->trigger();
    Ui::HistoryDialog* history = window.historyDialog();
    ASSERT_NE(history, nullptr);
    EXPECT_TRUE(history->isVisible());
    ASSERT_EQ(history->model()->rowCount(), 1);
    history->table()->selectRow(0);
    history->findChild<QPushButton*>(QStringLiteral("historyRunAgain"))->click();
    ASSERT_EQ(shown.count(), 2);
    Core::RunSession* again = shown.last();
    ASSERT_TRUE(waitFor([&] { return again->isFinished(); }));
    EXPECT_NE(again->record().id, firstRun);
    EXPECT_EQ(again->record().input, firstInput);
    EXPECT_EQ(again->record().calls.size(), 2);
    EXPECT_EQ(history->model()->rowCount(), 2);

    // Opening the first run from history shows it again, read back from the database.
    const int firstRow = history->model()->runId(0) == firstRun ? 0 : 1;
    history->table()->selectRow(firstRow);
    history->findChild<QPushButton*>(QStringLiteral("historyOpen"))->click();
    ASSERT_EQ(shown.count(), 3);
    Core::RunSession* reopened = shown.last();
    EXPECT_EQ(reopened->record().id, firstRun);
    EXPECT_EQ(reopened->record().calls.first().text, firstText);
    EXPECT_EQ(server.requestCount(), 4);
}
