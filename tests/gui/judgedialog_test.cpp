// The Judge model dialog against a fake OpenAI-compatible judge: estimate, run, result line.
#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/models/modelcatalog.h"
#include "gui/comparesessions.h"
#include "gui/screenshots.h"
#include "support/fakehttpserver.h"
#include "support/fakejudge.h"
#include "support/providertesting.h"
#include "support/tempworkspace.h"
#include "ui/stats/judgedialog.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>

#include <gtest/gtest.h>

using namespace Cb;

TEST(JudgeDialog, FirstAnswerAlwaysJudge_runsAndReportsAllInconsistent)
{
    Cb::Test::TempWorkspace ws;
    auto db = Core::Database::open(ws.filePath(QStringLiteral("history.sqlite")));
    ASSERT_TRUE(db);
    Core::HistoryStore store(**db);
    Core::RunRecord run = Cb::Test::compareRun({QStringLiteral("o3"), QStringLiteral("o3-pro")}, 2, true);
    ASSERT_TRUE(store.insertRun(run));

    Cb::Test::FakeHttpServer judge;
    judge.setHandler([](const Cb::Test::RecordedRequest&) -> std::optional<Cb::Test::FakeResponse> {
        return Cb::Test::FakeJudge::chatReply(QStringLiteral(R"({"verdict":"A","reason":"first"})"));
    });
    auto network = Cb::Test::makeTestNetworkManager();
    auto catalog = Core::ModelCatalog::loadDefault();
    ASSERT_TRUE(catalog);
    Ui::JudgeDialog dialog(store, network.get(), nullptr,
                           Core::CallRequestBuilder(*catalog, {{QStringLiteral("openai-compatible"),
                                                                judge.baseUrl(QStringLiteral("/v1"))}}),
                           {run.id});
    dialog.show();
    auto* model = dialog.findChild<QComboBox*>(QStringLiteral("judgeModel"));
    auto* estimate = dialog.findChild<QLabel*>(QStringLiteral("judgeEstimate"));
    ASSERT_TRUE(model && estimate);
    model->setCurrentText(QStringLiteral("openai:gpt-4.1-mini"));
    EXPECT_TRUE(estimate->text().contains(QStringLiteral("4 judgement(s), estimated cost ~$"))) << estimate->text().toStdString();
    Cb::Test::saveScreenshot(&dialog, QStringLiteral("judge-dialog-ready"));

    // A prompt that hides an answer is refused before anything is sent.
    auto* prompt = dialog.findChild<QPlainTextEdit*>(QStringLiteral("judgePrompt"));
    const QString original = prompt->toPlainText();
    prompt->setPlainText(QStringLiteral("{{answer_a}} only"));
    EXPECT_TRUE(estimate->text().contains(QStringLiteral("{{answer_b}}")));
    prompt->setPlainText(original);

    model->setCurrentText(QStringLiteral("local:judge-model"));
    EXPECT_TRUE(estimate->text().contains(QStringLiteral("unknown"))) << estimate->text().toStdString();
    dialog.findChild<QPushButton*>(QStringLiteral("judgeRun"))->click();
    auto* result = dialog.findChild<QLabel*>(QStringLiteral("judgeResult"));
    ASSERT_TRUE(Cb::Test::waitFor([&] { return result->text().contains(QStringLiteral("inconsistent (discarded)")) &&
                                           !dialog.findChild<QPushButton*>(QStringLiteral("judgeCancel"))->isEnabled(); }));
    EXPECT_TRUE(result->text().contains(QStringLiteral("Judged 2 of 2 pairs: 0 consistent (votes), 2 inconsistent"))) << result->text().toStdString();
    EXPECT_TRUE(result->text().contains(QStringLiteral("cost unknown"))) << result->text().toStdString();
    EXPECT_EQ(judge.requestCount(), 4);
    EXPECT_EQ(dialog.findChild<QProgressBar*>(QStringLiteral("judgeProgress"))->value(), 4);
    EXPECT_TRUE(result->text().contains(QStringLiteral("judge openai-compatible:judge-model: 0 consistent")))
        << result->text().toStdString();
    EXPECT_TRUE(store.votes().value().isEmpty());
    Cb::Test::waitFor([] { return false; }, 50); // let the layout take the longer result in
    Cb::Test::saveScreenshot(&dialog, QStringLiteral("judge-dialog-done"));
}
