// The reading layout (issue 17): when answers start arriving the comparison takes the whole
// width, 2–4 answers sit side by side, the pack and prompt wait in a slim strip, and switching
// back and forth mid-stream loses nothing.
#include "core/history/database.h"
#include "core/run/runsession.h"
#include "core/settings/settings.h"
#include "support/fakehttpserver.h"
#include "support/providertesting.h"
#include "support/tempworkspace.h"
#include "gui/fakeopenaiservices.h"
#include "gui/screenshots.h"
#include "ui/compare/columnarea.h"
#include "ui/compare/comparepanel.h"
#include "ui/compare/markdownstreamview.h"
#include "ui/compare/outputcolumn.h"
#include "ui/mainwindow.h"
#include "ui/pack/packpanel.h"
#include "ui/prompt/promptpreviewpanel.h"
#include "ui/readinglayout.h"
#include "ui/readingstrip.h"

#include <QAction>
#include <QSplitter>
#include <QTest>

#include <gtest/gtest.h>

using namespace Cb;
using namespace Cb::Test;

namespace {

// A Responses stream whose text arrives over about a second, so the test can switch layouts
// while it is still streaming.
FakeResponse slowStream(const QString& id)
{
    FakeResponse r = FakeResponse::sse("event: response.created\ndata: {\"type\":\"response.created\",\"sequence_number\":0,\"response\":{\"id\":\"" +
            id.toUtf8() + "\",\"status\":\"in_progress\"}}\n\n");
    for (int i = 0; i < 12; ++i)
        r.chunk("event: response.output_text.delta\ndata: {\"type\":\"response.output_text.delta\",\"sequence_number\":" +
                    QByteArray::number(i + 1) + ",\"delta\":\"## Step " + QByteArray::number(i) +
                    "\\nPlan text for this step, long enough to wrap.\\n\\n\"}\n\n",
                i == 0 ? 0 : 80);
    r.chunk("event: response.completed\ndata: {\"type\":\"response.completed\",\"sequence_number\":20,\"response\":{\"id\":\"" +
            id.toUtf8() + "\",\"status\":\"completed\",\"usage\":{\"input_tokens\":40,\"output_tokens\":90}}}\n\n");
    return r;
}

struct ReadingWindow
{
    explicit ReadingWindow(QSize size, int models)
        : db(Core::Database::open(ws.filePath(QStringLiteral("history.sqlite"))))
    {
        server.setHandler([this](const RecordedRequest&) -> std::optional<FakeResponse> {
            return slowStream(QStringLiteral("resp_%1").arg(++served));
        });
        fake = std::make_unique<FakeOpenAiServices>(server, db->get());
        const QStringList all{QStringLiteral("openai:gpt-4.1"), QStringLiteral("openai:o3"), QStringLiteral("openai:o4-mini"),
                              QStringLiteral("openai:gpt-4.1-mini")};
        fake->settings.set(Core::Keys::SelectedModels, all.mid(0, models));
        fake->settings.set(Core::Keys::ConfirmCostAboveUsd, 1000.0); // no cost question in the way
        window = std::make_unique<Ui::MainWindow>(fake->services);
        window->resize(size);
        window->openStartupPack();
        window->show();
    }

    Core::RunSession* send()
    {
        QList<Core::RunSession*> shown;
        QObject::connect(window.get(), &Ui::MainWindow::sessionShown, [&](Core::RunSession* s) { shown.append(s); });
        window->findChild<QAction*>(QStringLiteral("actionSend"))->trigger();
        return shown.isEmpty() ? nullptr : shown.first();
    }

    TempWorkspace ws;
    Core::Result<std::unique_ptr<Core::Database>> db;
    FakeHttpServer server;
    int served = 0;
    std::unique_ptr<FakeOpenAiServices> fake;
    std::unique_ptr<Ui::MainWindow> window;
};

// Columns of the comparison that sit side by side: same top, increasing left.
bool sideBySide(const QList<Ui::OutputColumn*>& columns, QWidget* relativeTo)
{
    for (qsizetype i = 1; i < columns.size(); ++i) {
        const QPoint a = columns[i - 1]->mapTo(relativeTo, QPoint(0, 0));
        const QPoint b = columns[i]->mapTo(relativeTo, QPoint(0, 0));
        if (a.y() != b.y() || b.x() <= a.x())
            return false;
    }
    return true;
}

void expectReadingLayout(QSize size, int models, const QString& screenshot)
{
    ReadingWindow w(size, models);
    Ui::MainWindow& window = *w.window;
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(waitFor([&] { return !window.promptPanel()->prompt().input.isEmpty(); }, 5000));
    Ui::ReadingLayout* reading = window.readingLayout();
    ASSERT_FALSE(reading->isActive());
    Core::RunSession* session = w.send();
    ASSERT_NE(session, nullptr);
    // Answers arriving take the stage: the pack and prompt fold into the strip.
    EXPECT_TRUE(reading->isActive());
    EXPECT_TRUE(window.packPanel()->isHidden());
    EXPECT_TRUE(window.promptPanel()->isHidden());
    EXPECT_TRUE(reading->strip()->isVisible());
    QTest::qWait(50);
    EXPECT_GE(window.comparePanel()->width(), window.width() - reading->strip()->width() - 40);

    Ui::ComparePanel* panel = window.comparePanel();
    ASSERT_TRUE(waitFor([&] { return panel->findChild<Ui::ColumnArea*>()->shownColumns().size() == models; }));
    const QList<Ui::OutputColumn*> columns = panel->findChild<Ui::ColumnArea*>()->shownColumns();
    EXPECT_TRUE(sideBySide(columns, &window)) << "answers are in true side-by-side columns";

    // Mid-stream: back to the normal layout (one click on the strip) and to reading again.
    ASSERT_TRUE(waitFor([&] { return !session->record().calls[0].text.isEmpty(); }, 5000));
    EXPECT_FALSE(session->isFinished()) << "the switch must happen while answers still stream";
    QTest::mouseClick(reading->strip(), Qt::LeftButton);
    EXPECT_FALSE(reading->isActive());
    EXPECT_TRUE(window.packPanel()->isVisible());
    EXPECT_TRUE(window.promptPanel()->isVisible());
    EXPECT_FALSE(reading->strip()->isVisible());
    QTest::qWait(20);
    const int packWidth = window.packPanel()->width();
    const int promptWidth = window.promptPanel()->width();
    EXPECT_GT(packWidth, 100);
    // The normal layout fits the window it was given: no pane's minimum widens it.
    EXPECT_LE(window.width(), size.width());
    saveScreenshot(&window, screenshot + QStringLiteral("-normal"));
    EXPECT_FALSE(w.fake->settings.get(Core::Keys::ReadingLayoutOnAnswers)) << "the user's choice is remembered";
    // Ctrl+Shift+R there and back: the normal layout comes back exactly as it was.
    QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(reading->isActive());
    EXPECT_TRUE(w.fake->settings.get(Core::Keys::ReadingLayoutOnAnswers));
    QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_FALSE(reading->isActive());
    QTest::qWait(20);
    EXPECT_NEAR(window.packPanel()->width(), packWidth, 2);
    EXPECT_NEAR(window.promptPanel()->width(), promptWidth, 2);
    QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(reading->isActive());

    ASSERT_TRUE(waitFor([&] { return session->isFinished(); }, 15000));
    panel->flush();
    for (int i = 0; i < models; ++i) {
        const QString text = session->record().calls[i].text;
        EXPECT_EQ(session->record().calls[i].status, Core::CallStatus::Done) << session->record().calls[i].errorMessage.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("Step 11"))) << "nothing was lost while switching: " << text.toStdString();
        EXPECT_TRUE(panel->column(session->record().calls[i].id)->view()->toPlainText().contains(QStringLiteral("Step 11")));
    }
    QTest::qWait(50);
    saveScreenshot(&window, screenshot);
}

} // namespace

TEST(MainWindow_readingLayout, laptop1280x800_threeAnswersSideBySide)
{
    expectReadingLayout(QSize(1280, 800), 3, QStringLiteral("reading-layout-1280x800"));
}

TEST(MainWindow_readingLayout, wide2560x1440_fourAnswersSideBySide)
{
    expectReadingLayout(QSize(2560, 1440), 4, QStringLiteral("reading-layout-2560x1440"));
}

TEST(MainWindow_readingLayout, leftByTheUser_staysLeftOnTheNextSend)
{
    ReadingWindow w(QSize(1280, 800), 2);
    w.fake->settings.set(Core::Keys::ReadingLayoutOnAnswers, false);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(w.window.get()));
    ASSERT_TRUE(waitFor([&] { return !w.window->promptPanel()->prompt().input.isEmpty(); }, 5000));
    Core::RunSession* session = w.send();
    ASSERT_NE(session, nullptr);
    EXPECT_FALSE(w.window->readingLayout()->isActive());
    EXPECT_TRUE(w.window->packPanel()->isVisible());
    ASSERT_TRUE(waitFor([&] { return session->isFinished(); }, 15000));
}
