// The budget panel in the real window: a row per selected model with its count, context bar and
// cost; the total; the cost confirmation before Send through the MessageBox seam.
#include "core/models/contextbudget.h"
#include "core/models/modelcatalog.h"
#include "core/models/tokenformat.h"
#include "core/pack/packdocument.h"
#include "core/pack/packtreemodel.h"
#include "core/prompt/promptcounter.h"
#include "core/secrets/secretstore.h"
#include "core/settings/memorysettingsstore.h"
#include "core/settings/settings.h"
#include "core/tokenize/tokencountcache.h"
#include "core/tokenize/tokenizerregistry.h"
#include "support/fakehttpserver.h"
#include "ui/common/messagebox.h"
#include "ui/mainwindow.h"
#include "ui/pack/packpanel.h"
#include "ui/prompt/promptpreviewpanel.h"
#include "ui/run/budgetpanel.h"
#include "ui/run/modelpicker.h"
#include "ui/run/promptcountwatcher.h"
#include "ui/services.h"

#include <QLabel>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

#include "core/run/runsession.h"

#include <gtest/gtest.h>
#include "cb_test_paths.h"

using namespace Cb;

namespace {

Core::ModelCatalog tinyCatalog()
{
    auto c =
        Core::ModelCatalog::loadFile(QStringLiteral(CB_TEST_DATA_DIR "/models/tiny_catalog.json"));
    EXPECT_TRUE(c) << (c ? std::string() : c.error().message.toStdString());
    return c ? *c : Core::ModelCatalog();
}

struct BudgetFixture
{
    BudgetFixture()
    {
        settings.set(Core::Keys::WelcomePackShown, true);
        settings.set(Core::Keys::SelectedModels,
                     QStringList{QStringLiteral("openai:roomy"),
                                 QStringLiteral("anthropic:cramped-claude")});
        settings.set(Core::Keys::RunRepeats, 2);
    }
    Core::MemorySettingsStore store;
    Core::Settings settings{store};
    Core::SecretStore secrets{nullptr, [](const QString&) { return QString(); }};
    QNetworkAccessManager network;
    Core::ModelCatalog catalog = tinyCatalog();
    Ui::Services services{&settings, &secrets, &network, nullptr, &catalog};
};

Core::Pack samplePack()
{
    Core::Pack pack;
    pack.title = QStringLiteral("Budget test");
    pack.goal = QStringLiteral("Write a one-page plan for the quarter.");
    Core::PackSection notes;
    notes.id = Core::PackItem::newId();
    notes.name = QStringLiteral("Notes");
    QString text;
    for (int i = 0; i < 40; ++i)
        text +=
            QStringLiteral("Meeting note %1: the importer ships before the PDF export. ").arg(i);
    notes.items = {Core::PackItem::note(QStringLiteral("Plan"), text)};
    pack.sections = {notes};
    return pack;
}

// Waits until the counts for the prompt now in the preview are in.
bool waitForCounts(Ui::MainWindow& window)
{
    return QTest::qWaitFor(
        [&] {
            const auto& counts = window.countWatcher()->counts();
            return counts && !window.promptPanel()->promptSha256().isEmpty() &&
                   counts->promptSha256 == window.promptPanel()->promptSha256() &&
                   !window.countWatcher()->isCounting();
        },
        20000);
}

// Waits for the preview to assemble the edited pack, then for its counts.
bool waitForNewCounts(Ui::MainWindow& window)
{
    QSignalSpy assembled(window.promptPanel(), &Ui::PromptPreviewPanel::promptAssembled);
    return assembled.wait(10000) && waitForCounts(window);
}

qint64 exactTotal(const Core::AssembledPrompt& prompt, Core::Encoding encoding)
{
    auto t = Core::TokenizerRegistry::shared().tokenizer(encoding);
    EXPECT_TRUE(t);
    return t ? qint64((*t)->count(prompt.instructions) + (*t)->count(prompt.input)) : -1;
}

} // namespace

TEST(BudgetPanel_window, showsARowPerSelectedModelWithFitsAndOver)
{
    BudgetFixture f;
    Ui::MainWindow window(f.services);
    window.document()->reset(samplePack());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(waitForCounts(window));

    QTableWidget* table = window.budgetPanel()->table();
    ASSERT_EQ(table->rowCount(), 3) << "two models and the total";
    const qint64 tokens = exactTotal(window.promptPanel()->prompt(), Core::Encoding::O200kBase);
    ASSERT_GT(tokens, 300) << "the sample must overflow the tiny window";

    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("Roomy GPT"));
    EXPECT_EQ(table->item(0, 1)->text(), Core::tokenText(tokens));
    auto* roomyBar = qobject_cast<QProgressBar*>(table->cellWidget(0, 3));
    ASSERT_NE(roomyBar, nullptr);
    EXPECT_EQ(roomyBar->property("status").toString(), QStringLiteral("fits"));
    EXPECT_TRUE(roomyBar->format().startsWith(QStringLiteral("fits — ")))
        << roomyBar->format().toStdString();

    // Claude-like: no tokenizer, so an o200k estimate marked ≈, a Count exactly button, and
    // over by prompt + max_tokens - window (Anthropic reserves the output in the window).
    EXPECT_EQ(table->item(1, 0)->text(), QStringLiteral("Cramped Claude"));
    EXPECT_EQ(table->item(1, 1)->text(), Core::tokenText(tokens, false));
    EXPECT_NE(table->cellWidget(1, 2), nullptr);
    auto* claudeBar = qobject_cast<QProgressBar*>(table->cellWidget(1, 3));
    ASSERT_NE(claudeBar, nullptr);
    EXPECT_EQ(claudeBar->property("status").toString(), QStringLiteral("over"));
    const auto budget = Core::ContextBudget::evaluate(
        tokens, false, *f.catalog.find(QStringLiteral("cramped-claude")));
    EXPECT_EQ(claudeBar->format(),
              QStringLiteral("over by %1 tokens").arg(Core::tokenText(budget.overBy)));

    // Cost covers both repeats; the total row adds the two.
    const auto& budgets = window.budgetPanel()->budgets();
    ASSERT_EQ(budgets.size(), 2);
    const Core::CostRange roomy = Core::CostEstimator::estimateCall(
        *f.catalog.find(QStringLiteral("roomy")), tokens, true, 0, 2);
    EXPECT_EQ(table->item(0, 4)->text(), roomy.text());
    EXPECT_TRUE(table->item(1, 4)->text().startsWith(QLatin1Char('~')));
    EXPECT_TRUE(table->item(2, 0)->text().contains(QStringLiteral("4 calls")));
    EXPECT_NEAR(window.budgetPanel()->totalCost().high, budgets[0].cost.high + budgets[1].cost.high,
                1e-12);
    EXPECT_EQ(table->item(2, 4)->text(), window.budgetPanel()->totalCost().text());
}

TEST(BudgetPanel_window, changingTheModelsRebuildsTheRowsAndCountsTheNewEncoding)
{
    BudgetFixture f;
    Ui::MainWindow window(f.services);
    window.document()->reset(samplePack());
    ASSERT_TRUE(waitForCounts(window));
    window.modelPicker()->setSelectedModels({QStringLiteral("openai:legacy")});
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.countWatcher()->isCounting(); }, 20000));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return window.countWatcher()->counts()->find(Core::Encoding::Cl100kBase) != nullptr;
        },
        20000));
    QTableWidget* table = window.budgetPanel()->table();
    ASSERT_EQ(table->rowCount(), 2);
    EXPECT_EQ(table->item(0, 1)->text(), Core::tokenText(exactTotal(window.promptPanel()->prompt(),
                                                                    Core::Encoding::Cl100kBase)));
    EXPECT_EQ(f.settings.get(Core::Keys::SelectedModels),
              QStringList{QStringLiteral("openai:legacy")});
}

TEST(BudgetPanel_confirmCost, asksAboveTheThresholdOnly)
{
    BudgetFixture f;
    f.settings.set(Core::Keys::ConfirmCostAboveUsd, 0.50);
    Ui::BudgetPanel panel(f.settings);

    Ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    Ui::MessageBox::ask(nullptr, QMessageBox::Information, QStringLiteral("t"),
                        QStringLiteral("sentinel"), QMessageBox::Ok);
    EXPECT_TRUE(panel.confirmCost(nullptr, 0.49));
    EXPECT_EQ(Ui::MessageBox::lastText(), QStringLiteral("sentinel"))
        << "no question below the threshold";

    Ui::MessageBox::setNextAnswer(QMessageBox::No);
    EXPECT_FALSE(panel.confirmCost(nullptr, 2.0));
    EXPECT_TRUE(Ui::MessageBox::lastText().contains(QStringLiteral("up to $2.00")))
        << Ui::MessageBox::lastText().toStdString();
    EXPECT_TRUE(Ui::MessageBox::lastText().contains(QStringLiteral("above ") +
                                                    Core::CostRange::formatUsd(0.50)));

    Ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    EXPECT_TRUE(panel.confirmCost(nullptr, 2.0));
}

TEST(BudgetPanel_send, confirmsTheRunCostBeforeSendingThePlan)
{
    BudgetFixture f;
    f.settings.set(Core::Keys::ConfirmCostAboveUsd, 0.0);
    // Nothing may leave the machine: every provider points at loopback (and no key is set).
    f.settings.set(Core::Keys::OpenAiBaseUrl, QStringLiteral("http://127.0.0.1:9/v1"));
    Ui::MainWindow window(f.services);
    window.document()->reset(samplePack());
    ASSERT_TRUE(waitForCounts(window));
    QSignalSpy runs(&window, &Ui::MainWindow::sessionShown);

    Ui::MessageBox::setNextAnswer(QMessageBox::No);
    window.modelPicker()->sendButton()->click();
    EXPECT_EQ(runs.count(), 0);
    EXPECT_TRUE(Ui::MessageBox::lastText().contains(QStringLiteral("4 calls")));

    Ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    window.findChild<QAction*>(QStringLiteral("actionSend"))->trigger();
    ASSERT_EQ(runs.count(), 1);
    auto* session = runs.first().first().value<Core::RunSession*>();
    ASSERT_NE(session, nullptr);
    const auto& calls = session->record().calls;
    ASSERT_EQ(calls.size(), 4);
    EXPECT_EQ(calls[0].modelKey(), QStringLiteral("openai:roomy"));
}

TEST(BudgetPanel_packTree, tokensColumnShowsEachItemsCountAndRecountsAnEditedItem)
{
    BudgetFixture f;
    f.settings.set(Core::Keys::SelectedModels, QStringList{QStringLiteral("openai:roomy")});
    Ui::MainWindow window(f.services);
    Core::Pack pack = samplePack();
    pack.sections[0].items.append(
        Core::PackItem::note(QStringLiteral("Second"), QStringLiteral("Short second note.")));
    window.document()->reset(pack);
    ASSERT_TRUE(waitForCounts(window));

    auto tokens = [](const QString& text) {
        return qint64(
            (*Core::TokenizerRegistry::shared().tokenizer(Core::Encoding::O200kBase))->count(text));
    };
    const auto& counts = *window.countWatcher()->counts();
    const Core::EncodingCounts* o200k = counts.find(Core::Encoding::O200kBase);
    ASSERT_NE(o200k, nullptr);
    const Core::PackItem second = window.document()->pack().sections[0].items[1];
    EXPECT_EQ(o200k->item(second.id), tokens(second.text));
    EXPECT_EQ(o200k->sections[0], tokens(pack.sections[0].items[0].text) + tokens(second.text));
    Core::PackTreeModel* tree = window.packPanel()->model();
    const QModelIndex secondTokens =
        tree->itemIndex(0, 1).siblingAtColumn(Core::PackTreeModel::TokensColumn);
    EXPECT_EQ(secondTokens.data().toString(), Core::tokenText(tokens(second.text)));
    EXPECT_EQ(secondTokens.data(Core::PackTreeModel::SortValueRole).toLongLong(), tokens(second.text))
        << "sorted as a number, not as its text";
    const QModelIndex sectionTokens =
        tree->sectionIndex(0).siblingAtColumn(Core::PackTreeModel::TokensColumn);
    EXPECT_EQ(sectionTokens.data().toString(), Core::tokenText(o200k->sections[0]))
        << "section rows show the sum of their enabled items";

    const auto cacheBefore = window.countWatcher()->counter().cache()->size();
    Core::PackItem edited = second;
    edited.text = QStringLiteral("A longer second note with a few more words in it.");
    window.document()->updateItem(0, 1, edited);
    EXPECT_EQ(secondTokens.data().toString(), QStringLiteral("…")) << "waiting for its recount";
    EXPECT_EQ(sectionTokens.data().toString(), QStringLiteral("…")) << "its section too";
    ASSERT_TRUE(waitForNewCounts(window));
    EXPECT_EQ(secondTokens.data().toString(), Core::tokenText(tokens(edited.text)));
    EXPECT_EQ(window.countWatcher()->counts()->find(Core::Encoding::O200kBase)->item(second.id),
              tokens(edited.text));
    // Only the edited item was counted: the instructions and every other item's stretch of the
    // input were cached (PromptCounter counts the input item by item).
    EXPECT_EQ(window.countWatcher()->counter().cache()->size(), cacheBefore + 1);
}

TEST(BudgetPanel_countExactly, asksTheProvidersEndpointAndShowsTheExactFigure)
{
    Cb::Test::FakeHttpServer server;
    server.route("POST", QStringLiteral("/v1/messages/count_tokens"),
                 Cb::Test::FakeResponse::json(200, R"({"input_tokens": 150})"));
    BudgetFixture f;
    f.settings.set(Core::Keys::AnthropicBaseUrl, server.baseUrl());
    Core::SecretStore secrets{nullptr, [](const QString& name) {
                                  return name == QStringLiteral("ANTHROPIC_API_KEY")
                                             ? QStringLiteral("sk-ant-gui-test")
                                             : QString();
                              }};
    f.services.secrets = &secrets;
    Ui::MainWindow window(f.services);
    window.document()->reset(samplePack());
    window.show();
    ASSERT_TRUE(waitForCounts(window));
    QTableWidget* table = window.budgetPanel()->table();
    auto* button = qobject_cast<QToolButton*>(table->cellWidget(1, 2));
    ASSERT_NE(button, nullptr);
    EXPECT_EQ(button->text(), QStringLiteral("Count exactly"));
    button->click();

    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return window.budgetPanel()->budgets().value(1).remoteExact; }, 10000));
    EXPECT_EQ(server.lastRequest().header("x-api-key"), QByteArray("sk-ant-gui-test"));
    EXPECT_EQ(server.lastRequest().json().value(QStringLiteral("model")).toString(),
              QStringLiteral("cramped-claude"));
    EXPECT_EQ(table->item(1, 1)->text(), QStringLiteral("150"));
    EXPECT_EQ(table->cellWidget(1, 2), nullptr) << "nothing left to count";
    // 150 + 100 reserved output in a 300 window: the estimate was over, the exact count fits.
    auto* bar = qobject_cast<QProgressBar*>(table->cellWidget(1, 3));
    ASSERT_NE(bar, nullptr);
    EXPECT_EQ(bar->property("status").toString(), QStringLiteral("fits"));
    EXPECT_FALSE(table->item(1, 4)->text().startsWith(QLatin1Char('~')));

    // The count belongs to this prompt: an edit makes the row an estimate again.
    window.document()->setGoal(QStringLiteral("A different goal."));
    ASSERT_TRUE(waitForNewCounts(window));
    EXPECT_TRUE(table->item(1, 1)->text().startsWith(QStringLiteral("≈")));
}

TEST(BudgetPanel_countExactly, withoutAKeySaysWhereToPutOne)
{
    BudgetFixture f;
    Ui::MainWindow window(f.services);
    window.document()->reset(samplePack());
    ASSERT_TRUE(waitForCounts(window));
    auto* button = qobject_cast<QToolButton*>(window.budgetPanel()->table()->cellWidget(1, 2));
    ASSERT_NE(button, nullptr);
    button->click();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            auto* b = qobject_cast<QToolButton*>(window.budgetPanel()->table()->cellWidget(1, 2));
            return b && b->toolTip().contains(QStringLiteral("ANTHROPIC_API_KEY"));
        },
        5000));
    EXPECT_FALSE(window.budgetPanel()->budgets().value(1).remoteExact);
}

namespace {

Core::Pack koreanPack()
{
    Core::Pack pack = samplePack();
    pack.title = QStringLiteral("3분기 계획");
    pack.goal = QStringLiteral("다음 분기 출시 계획을 한 쪽으로 정리해 주세요.");
    QString text;
    for (int i = 0; i < 100; ++i)
        text += QStringLiteral("회의록 %1: 가져오기 기능은 PDF 내보내기보다 먼저 출시합니다. ").arg(i);
    pack.sections[0].items = {Core::PackItem::note(QStringLiteral("계획"), text)};
    return pack;
}

qint64 codePoints(const Core::AssembledPrompt& prompt)
{
    return prompt.instructions.toUcs4().size() + prompt.input.toUcs4().size();
}

QString oneDecimal(double value) { return QLocale().toString(value, 'f', 1); }

} // namespace

TEST(BudgetPanel_charsPerToken, koreanPack_tokenLineShowsTheRatioAndTheTooltipsSayItCostsMore)
{
    BudgetFixture f;
    Ui::MainWindow window(f.services);
    window.document()->reset(koreanPack());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(waitForCounts(window));

    const Core::AssembledPrompt& prompt = window.promptPanel()->prompt();
    const qint64 tokens = exactTotal(prompt, Core::Encoding::O200kBase);
    const double perToken = double(codePoints(prompt)) / double(tokens);
    ASSERT_LT(perToken, 4.0 / 1.5) << "Hangul takes more tokens per character than English";
    auto* stats = window.findChild<QLabel*>(QStringLiteral("promptStats"));
    ASSERT_NE(stats, nullptr);
    EXPECT_TRUE(stats->text().contains(QStringLiteral(" · %1 characters/token").arg(oneDecimal(perToken))))
        << stats->text().toStdString();
    const QString note = QStringLiteral("Mostly Korean text: %1 characters/token here vs about 4 for "
                                        "English, so the same length costs about %2× the tokens.")
                             .arg(oneDecimal(perToken), oneDecimal(4.0 / perToken));
    EXPECT_TRUE(stats->toolTip().startsWith(note)) << stats->toolTip().toStdString();
    const QString cellTip = window.budgetPanel()->table()->item(0, 1)->toolTip();
    EXPECT_EQ(cellTip, QStringLiteral("%1 characters/token\n").arg(oneDecimal(perToken)) + note);
}

TEST(BudgetPanel_charsPerToken, englishPack_showsTheRatioWithoutTheKoreanNote)
{
    BudgetFixture f;
    Ui::MainWindow window(f.services);
    window.document()->reset(samplePack());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(waitForCounts(window));

    const Core::AssembledPrompt& prompt = window.promptPanel()->prompt();
    const double perToken =
        double(codePoints(prompt)) / double(exactTotal(prompt, Core::Encoding::O200kBase));
    EXPECT_GT(perToken, 3.0);
    auto* stats = window.findChild<QLabel*>(QStringLiteral("promptStats"));
    EXPECT_TRUE(stats->text().contains(QStringLiteral(" · %1 characters/token").arg(oneDecimal(perToken))))
        << stats->text().toStdString();
    EXPECT_FALSE(stats->toolTip().contains(QStringLiteral("Korean")));
    EXPECT_EQ(window.budgetPanel()->table()->item(0, 1)->toolTip(),
              QStringLiteral("%1 characters/token").arg(oneDecimal(perToken)));
}
