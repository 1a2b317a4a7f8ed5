// The Experiments window against fake OpenAI and Anthropic batch servers: a new experiment
// (both prices shown before sending) fills the matrix, its cells move from in batch to done /
// failed while the Anthropic batch is still running, a case opens in the comparison, "Rate
// next pair" opens one blind; and at the next start the window collects what was left.
#include "core/experiment/experimentrunner.h"
#include "core/experiment/experimentstore.h"
#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/models/modelcatalog.h"
#include "core/pack/packfile.h"
#include "core/prompt/promptassembler.h"
#include "core/run/runhistorywriter.h"
#include "core/run/runsession.h"
#include "core/secrets/secretstore.h"
#include "core/settings/memorysettingsstore.h"
#include "core/settings/settings.h"
#include "gui/screenshots.h"
#include "support/fakebatchserver.h"
#include "support/goldenpack.h"
#include "support/providertesting.h"
#include "support/tempworkspace.h"
#include "ui/common/messagebox.h"
#include "ui/compare/comparepanel.h"
#include "ui/experiment/experimentcontroller.h"
#include "ui/experiment/experimentmatrixmodel.h"
#include "ui/experiment/experimentresultsview.h"
#include "ui/experiment/experimentswindow.h"
#include "ui/experiment/newexperimentdialog.h"
#include "ui/mainwindow.h"
#include "ui/services.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QSet>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Cb;
using namespace Cb::Test;
using State = Core::ExperimentCellState;

namespace {

struct BatchServices
{
    BatchServices(const FakeBatchServer& openai, const FakeBatchServer& anthropic, Core::Database* db)
        : secrets(nullptr,
                  [](const QString& name) {
                      if (name == QLatin1String("OPENAI_API_KEY"))
                          return QStringLiteral("sk-gui");
                      return name == QLatin1String("ANTHROPIC_API_KEY") ? QStringLiteral("sk-ant-gui") : QString();
                  }),
          network(makeTestNetworkManager()), services{&settings, &secrets, network.get(), db}
    {
        settings.set(Core::Keys::OpenAiBaseUrl, openai.baseUrl());
        settings.set(Core::Keys::AnthropicBaseUrl, anthropic.baseUrl());
    }
    Core::MemorySettingsStore settingsStore;
    Core::Settings settings{settingsStore};
    Core::SecretStore secrets;
    std::unique_ptr<QNetworkAccessManager> network;
    Ui::Services services;
};

Core::PollPolicy fastPolling()
{
    Core::PollPolicy p;
    p.initialIntervalMs = p.maxIntervalMs = 30;
    return p;
}

int count(const Ui::ExperimentMatrixModel& m, State s)
{
    return m.totals().byState.value(int(s));
}

class ExperimentsWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(Core::PackFile::save(GoldenPack::pack(), packA));
        ASSERT_TRUE(Core::PackFile::save(GoldenPack::pack(), packB));
        db = std::move(*Core::Database::open(ws.filePath(QStringLiteral("history.sqlite"))));
        // OpenAI finishes (one request fails); Anthropic's batch keeps running.
        openai.setStatuses({QStringLiteral("in_progress"), QStringLiteral("in_progress"), QStringLiteral("completed")});
        openai.setFate([this](const QString& id) {
            if (!fates.contains(id))
                fates.insert(id, fates.isEmpty() ? FakeBatchServer::Fate::Fail : FakeBatchServer::Fate::Succeed);
            return fates.value(id);
        });
        anthropic.setStatuses({QStringLiteral("in_progress")});
    }

    // Designs the experiment through the New Experiment dialog, as a user would.
    void createThroughDialog(Ui::ExperimentsWindow* w)
    {
        bool sawDialog = false;
        QTimer::singleShot(0, [&] {
            auto* d = qobject_cast<Ui::NewExperimentDialog*>(QApplication::activeModalWidget());
            ASSERT_NE(d, nullptr);
            sawDialog = true;
            d->setName(QStringLiteral("Plans study"));
            d->addPacks({packA, packB});
            d->setGoal(1, QStringLiteral("Plan the rollback"));
            d->setModelChecked(QStringLiteral("openai:o3"), true);
            d->setModelChecked(QStringLiteral("anthropic:claude-sonnet-4-5"), true);
            d->setRepeats(2);
            d->setBatchMode(true);
            const QString price = d->priceLabel()->text();
            EXPECT_TRUE(price.contains(QStringLiteral("Live:</b> ~$"))) << price.toStdString();
            EXPECT_TRUE(price.contains(QStringLiteral("Batch:</b> ~$"))) << price.toStdString();
            EXPECT_TRUE(price.contains(QStringLiteral("8 calls"))) << price.toStdString();
            d->resize(820, 760);
            saveScreenshot(d, QStringLiteral("experiments_new_dialog"));
            d->findChild<QPushButton*>(QStringLiteral("startButton"))->click();
        });
        w->newExperiment();
        ASSERT_TRUE(sawDialog);
    }

    TempWorkspace ws;
    QString packA = ws.filePath(QStringLiteral("alpha.ctxpack"));
    QString packB = ws.filePath(QStringLiteral("beta.ctxpack"));
    std::unique_ptr<Core::Database> db;
    FakeBatchServer openai{FakeBatchServer::Flavour::OpenAi};
    FakeBatchServer anthropic{FakeBatchServer::Flavour::Anthropic};
    QHash<QString, FakeBatchServer::Fate> fates;
};

} // namespace

TEST_F(ExperimentsWindowTest, newExperiment_matrixFillsCellsChangeAndCaseOpensInComparison)
{
    // Anthropic never runs them: cancelling the experiment ends them cancelled.
    anthropic.setFate([](const QString&) { return FakeBatchServer::Fate::Cancel; });
    BatchServices fake(openai, anthropic, db.get());
    Ui::MainWindow window(fake.services);
    window.resize(1400, 900);
    window.openStartupPack();
    window.show();
    window.experiments()->setPollPolicy(fastPolling());
    window.showExperiments();
    Ui::ExperimentsWindow* w = window.experimentsWindow();
    ASSERT_NE(w, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(w));

    createThroughDialog(w);
    ASSERT_TRUE(waitFor([&] { return w->selectedId() > 0; }));
    const Ui::ExperimentMatrixModel& m = *w->matrix();
    ASSERT_EQ(m.rowCount(), 2);
    ASSERT_EQ(m.columnCount(), 2);
    EXPECT_EQ(m.headerData(1, Qt::Vertical).toString(), QStringLiteral("2. beta — Plan the rollback"));
    EXPECT_EQ(m.totals().calls, 8);

    // Both batches exist; then OpenAI's ends (3 done, 1 failed) while Anthropic's 4 stay in batch.
    ASSERT_TRUE(waitFor([&] { return count(m, State::InBatch) + count(m, State::Queued) < 8; }));
    ASSERT_TRUE(waitFor([&] { return count(m, State::Done) == 3 && count(m, State::Failed) == 1; }));
    EXPECT_EQ(count(m, State::InBatch), 4);
    // A cell shows a result once it is in history: written on the collector's own connection,
    // never by the sessions' writers (the calls entering their batch are written there as well).
    {
        Core::HistoryStore history(*db);
        int stored = 0;
        int sessionWrites = 0;
        for (Core::RunOrchestrator* run : window.experiments()->runner(w->selectedId())->runs()) {
            sessionWrites += run->historyWriter()->writes();
            auto loaded = history.loadRun(run->session()->record().id);
            ASSERT_TRUE(loaded);
            for (const Core::CallRecord& call : loaded->calls)
                stored += call.status == Core::CallStatus::Done && !call.text.isEmpty() ? 1 : 0;
        }
        EXPECT_EQ(stored, 3);
        EXPECT_EQ(sessionWrites, 0) << "entering the batch is written by the collector too";
    }
    EXPECT_EQ(openai.count(QStringLiteral("create")), 1);
    EXPECT_EQ(anthropic.count(QStringLiteral("create")), 1);
    EXPECT_TRUE(w->batchesLabel()->text().contains(QStringLiteral("completed")));
    EXPECT_TRUE(w->batchesLabel()->text().contains(QStringLiteral("in_progress")));
    // The running batch's 24-hour window: it was created moments ago.
    EXPECT_TRUE(w->batchesLabel()->text().contains(QStringLiteral("window ends in 23 h 59 min")) ||
                w->batchesLabel()->text().contains(QStringLiteral("window ends in 24 h 0 min")))
        << w->batchesLabel()->text().toStdString();
    EXPECT_EQ(w->batchesLabel()->text().count(QStringLiteral("window ends")), 1) << "only the batch still running";
    EXPECT_TRUE(w->priceLabel()->text().contains(QStringLiteral("Actual so far:</b> $")));
    EXPECT_TRUE(window.findChild<QLabel*>(QStringLiteral("experimentStatusLabel"))
                    ->text()
                    .contains(QStringLiteral("4/8 calls finished")));
    // A cell shows each repeat's state: o3 on one case has a done and a failed mark.
    bool mixedCell = false;
    for (int r = 0; r < 2; ++r) {
        const QByteArray s = m.index(r, 0).data(Ui::ExperimentMatrixModel::StatesRole).toByteArray();
        mixedCell = mixedCell || (s.contains(char(State::Done)) && s.contains(char(State::Failed)));
    }
    EXPECT_TRUE(mixedCell);
    w->resize(1100, 520);
    QApplication::processEvents();
    saveScreenshot(w, QStringLiteral("experiments_matrix_mixed"));

    // Double-click a cell: its case's run comes into the comparison.
    const QModelIndex cell = m.index(1, 0);
    const QRect rect = w->matrixView()->visualRect(cell);
    ASSERT_TRUE(rect.isValid());
    QTest::mouseClick(w->matrixView()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(w->matrixView()->viewport(), Qt::LeftButton, {}, rect.center());
    ASSERT_NE(window.comparePanel()->session(), nullptr) << Ui::MessageBox::lastText().toStdString();
    EXPECT_EQ(window.comparePanel()->session()->record().id, m.runIdAt(1));
    EXPECT_FALSE(window.comparePanel()->isBlind());

    // Cancel: the provider is asked, what is in batch ends cancelled; finished answers stay.
    Ui::ExperimentController* c = window.experiments();
    Ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    w->findChild<QPushButton*>(QStringLiteral("cancelButton"))->click();
    ASSERT_TRUE(waitFor([&] { return count(m, State::Cancelled) == 4; }));
    EXPECT_EQ(count(m, State::Done), 3);
    EXPECT_EQ(anthropic.count(QStringLiteral("cancel")), 1);
    ASSERT_TRUE(waitFor([&] { return !c->isRunning(w->selectedId()); }));
    auto stored = c->store()->load(w->selectedId());
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->status, QStringLiteral("cancelled"));
}

TEST_F(ExperimentsWindowTest, rateNextPair_opensTheFirstCaseWithUnjudgedPairsBlind)
{
    anthropic.setStatuses({QStringLiteral("in_progress"), QStringLiteral("completed")});
    openai.setFate([](const QString&) { return FakeBatchServer::Fate::Succeed; });
    BatchServices fake(openai, anthropic, db.get());
    Ui::MainWindow window(fake.services);
    window.openStartupPack();
    window.show();
    window.experiments()->setPollPolicy(fastPolling());
    window.showExperiments();
    Ui::ExperimentsWindow* w = window.experimentsWindow();
    createThroughDialog(w);
    ASSERT_TRUE(waitFor([&] { return w->selectedId() > 0 && count(*w->matrix(), State::Done) == 8; }));

    // Case 1 fully judged (2 pairs: o3 vs sonnet per repeat); case 2 is next.
    Core::HistoryStore history(*db);
    auto run = history.loadRun(w->matrix()->runIdAt(0));
    ASSERT_TRUE(run);
    for (int k = 0; k < 2; ++k) {
        Core::VoteRecord v;
        v.runId = run->id;
        for (const Core::CallRecord& call : run->calls)
            if (call.repeatIndex == k)
                (v.leftCallId ? v.rightCallId : v.leftCallId) = call.id;
        v.outcome = QStringLiteral("left");
        ASSERT_TRUE(history.addVote(v));
    }
    ASSERT_TRUE(w->rateNextPair());
    ASSERT_NE(window.comparePanel()->session(), nullptr);
    EXPECT_EQ(window.comparePanel()->session()->record().id, w->matrix()->runIdAt(1));
    EXPECT_TRUE(window.comparePanel()->isBlind());

    // Voting and passing each pair brings the next one; every remaining pair exactly once.
    QSet<std::pair<qint64, qint64>> asked;
    for (int i = 0; i < 2; ++i) {
        Ui::ComparePanel* panel = window.comparePanel();
        ASSERT_TRUE(panel->isBlind());
        ASSERT_EQ(panel->blindPairs().size(), 1);
        const Core::BlindPair pair = panel->blindPairs().first();
        asked.insert({std::min(pair.leftCallId, pair.rightCallId), std::max(pair.leftCallId, pair.rightCallId)});
        panel->vote(QStringLiteral("left"));
        panel->nextPair();
    }
    EXPECT_EQ(asked.size(), 2);
    EXPECT_TRUE(w->messageLabel()->text().contains(QStringLiteral("Every pair")))
        << w->messageLabel()->text().toStdString();
    auto second = history.loadRun(w->matrix()->runIdAt(1));
    ASSERT_TRUE(second);
    EXPECT_EQ(second->votes.size(), 2);

    // Checks on the matrix: answers judged in the comparison carry their pass or fail.
    w->openCase(0);
    window.comparePanel()->setJudgement(run->calls[0].id, QStringLiteral("pass"), QStringLiteral("by hand"));
    window.comparePanel()->setJudgement(run->calls[1].id, QStringLiteral("fail"), QStringLiteral("by hand"));
    w->select(w->selectedId());
    QByteArray checks;
    for (int c = 0; c < w->matrix()->columnCount(); ++c)
        checks += w->matrix()->index(0, c).data(Ui::ExperimentMatrixModel::ChecksRole).toByteArray();
    EXPECT_EQ(checks.count('p'), 1) << checks.toStdString();
    EXPECT_EQ(checks.count('f'), 1) << checks.toStdString();
    saveScreenshot(w, QStringLiteral("experiments_matrix_checks"));


    // Results across cases: both models with their answers, the one pair with all 4 votes.
    w->tabs()->setCurrentWidget(w->results());
    QTableWidget* models = w->results()->modelTable();
    ASSERT_EQ(models->rowCount(), 2);
    EXPECT_EQ(models->item(0, 3)->text().section(QLatin1Char(' '), 0, 0), QStringLiteral("0/4"))
        << "4 answers per model over 2 cases × k=2, none judged pass yet";
    // Mean tokens per answer as billed (the fake servers report input 100 + line, output 50;
    // OpenAI 10 of them reasoning, Anthropic 5 more input read from the cache).
    for (int r = 0; r < models->rowCount(); ++r) {
        const bool o3 = models->item(r, 0)->text().contains(QStringLiteral("o3"));
        EXPECT_EQ(models->item(r, 4)->text(), o3 ? QStringLiteral("102 / 50 (10)") : QStringLiteral("107 / 50 (0)"))
            << models->item(r, 0)->text().toStdString();
    }
    QTableWidget* pairs = w->results()->pairTable();
    ASSERT_EQ(pairs->rowCount(), 1);
    EXPECT_EQ(pairs->item(0, 2)->text(), QStringLiteral("4"));
    // The export's charts, in the tab: the pair's win rate with its interval, pass rate (one
    // answer judged pass, one fail), cost against time; no ranking with two models.
    const auto seriesOf = [&](Ui::StatsChartKind kind) {
        QChartView* view = w->results()->chart(kind);
        return view && view->chart() ? int(view->chart()->series().size()) : -1;
    };
    EXPECT_EQ(seriesOf(Ui::StatsChartKind::WinRates), 2) << "bars and Wilson whiskers";
    EXPECT_EQ(seriesOf(Ui::StatsChartKind::PassRate), 2);
    EXPECT_GE(seriesOf(Ui::StatsChartKind::CostVsTime), 1);
    auto* winBars = qobject_cast<QBarSeries*>(w->results()->chart(Ui::StatsChartKind::WinRates)->chart()->series()[0]);
    ASSERT_NE(winBars, nullptr);
    ASSERT_EQ(winBars->barSets().size(), 1);
    EXPECT_EQ(winBars->barSets()[0]->count(), 1) << "one pair of models";
    // Two voted models: a note saying why there is no ranking, not an empty chart.
    EXPECT_TRUE(w->results()->rankingNote()->isVisibleTo(w->results()));
    EXPECT_FALSE(w->results()->chart(Ui::StatsChartKind::BradleyTerry)->isVisibleTo(w->results()));
    EXPECT_TRUE(w->results()->rankingNote()->text().contains(QStringLiteral("at least three")));
    w->resize(1280, 900);
    QApplication::processEvents();
    saveScreenshot(w, QStringLiteral("experiments_results"));
    saveScreenshot(w->results()->chart(Ui::StatsChartKind::CostVsTime), QStringLiteral("experiments_cost_chart"));
}

TEST_F(ExperimentsWindowTest, windowStart_collectsBatchesTheLastSessionLeftRunning)
{
    qint64 id = 0;
    {
        BatchServices fake(openai, anthropic, db.get());
        Ui::MainWindow window(fake.services);
        window.experiments()->setPollPolicy(fastPolling());
        window.showExperiments();
        createThroughDialog(window.experimentsWindow());
        ASSERT_TRUE(waitFor([&] { return anthropic.batches().size() == 1 && openai.batches().size() == 1; }));
        id = window.experimentsWindow()->selectedId();
        ASSERT_TRUE(waitFor([&] { return window.experiments()->snapshot(id)->record.batches.size() == 2; }));
    } // the app quits with both batches still running at the providers
    openai.setStatuses({QStringLiteral("completed")});
    anthropic.setStatuses({QStringLiteral("completed")});

    // Base URLs now point nowhere: the experiment goes back to the servers it started with.
    BatchServices fake(openai, anthropic, db.get());
    fake.settings.set(Core::Keys::OpenAiBaseUrl, QStringLiteral("http://127.0.0.1:9/v1"));
    fake.settings.set(Core::Keys::AnthropicBaseUrl, QStringLiteral("http://127.0.0.1:9"));
    Ui::MainWindow window(fake.services);
    window.experiments()->setPollPolicy(fastPolling());
    window.resumeUnfinishedRuns();
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("Collecting 1 experiment")));
    ASSERT_TRUE(waitFor([&] { return !window.experiments()->isRunning(id) && window.experiments()->runner(id); }));
    Core::ExperimentStore store(*db);
    Core::HistoryStore history(*db);
    auto record = store.load(id);
    ASSERT_TRUE(record);
    EXPECT_EQ(record->status, QStringLiteral("done"));
    int done = 0;
    for (const Core::ExperimentCase& c : record->cases) {
        const auto run = history.loadRun(c.runId);
        ASSERT_TRUE(run);
        for (const Core::CallRecord& call : run->calls)
            done += call.status == Core::CallStatus::Done ? 1 : 0;
    }
    EXPECT_EQ(done, 7); // one OpenAI request failed on the provider
    EXPECT_EQ(openai.count(QStringLiteral("create")), 1) << "polled, never created again";
    EXPECT_EQ(anthropic.count(QStringLiteral("create")), 1);
}

// 1,000 cases × 4 models used to block the window while every run was recorded. Now start()
// returns at once, the runs are recorded on the writer's thread in chunks (progress shown), and
// the batches go out once every case is recorded, each case linked to its run.
TEST_F(ExperimentsWindowTest, largeExperiment_casesRecordedInChunksWithProgressThenSubmitted)
{
    openai.setStatuses({QStringLiteral("in_progress")});
    BatchServices fake(openai, anthropic, db.get());
    Ui::ExperimentController controller(fake.services);
    controller.setPollPolicy(fastPolling());
    auto catalog = Core::ModelCatalog::loadDefault();
    ASSERT_TRUE(catalog);
    Ui::ExperimentsWindow window(&controller, *catalog);
    window.show();

    constexpr int kCases = 120;
    Core::ExperimentSpec spec;
    spec.name = QStringLiteral("large");
    spec.plan.models = {Core::PlannedModel{QStringLiteral("openai"), QStringLiteral("o3"), {}},
                        Core::PlannedModel{QStringLiteral("openai"), QStringLiteral("o4-mini"), {}}};
    const Core::Pack pack = GoldenPack::pack();
    const Core::AssembledPrompt prompt = Core::PromptAssembler::assemble(pack);
    for (int c = 0; c < kCases; ++c)
        spec.cases.append({Core::RunInput::fromPack(pack, QStringLiteral("/packs/case%1.ctxpack").arg(c), prompt), {}});

    qint64 id = 0;
    bool recordingAtStart = false;
    qsizetype runsAtStart = -1;
    QList<int> progress;
    controller.start(spec, [&](Core::Result<qint64> r) {
        ASSERT_TRUE(r) << r.error().message.toStdString();
        id = *r;
        Core::ExperimentRunner* runner = controller.runner(id);
        recordingAtStart = runner->isRecording();
        runsAtStart = runner->runs().size();
        QObject::connect(runner, &Core::ExperimentRunner::recordingProgress, runner,
                         [&](int recorded, int total) {
                             EXPECT_EQ(total, kCases);
                             progress << recorded;
                         });
        window.refreshList();
        window.select(id);
        EXPECT_FALSE(window.recordingBar()->isHidden()) << "the window shows the recording";
    });
    ASSERT_TRUE(waitFor([&] { return id > 0; }));
    EXPECT_TRUE(recordingAtStart);
    EXPECT_EQ(runsAtStart, 0);
    Core::ExperimentRunner* runner = controller.runner(id);
    ASSERT_TRUE(waitFor([&] { return runner->allSubmitted(); }, 30000));
    EXPECT_EQ(progress.size(), 3) << "chunks of 50 cases";
    EXPECT_EQ(progress.value(progress.size() - 1), kCases);
    EXPECT_EQ(openai.count(QStringLiteral("create")), 2) << "one batch per model";

    // Every case linked to its run, in case order, each with its two calls in a batch.
    ASSERT_EQ(runner->runs().size(), kCases);
    auto stored = controller.store()->load(id);
    ASSERT_TRUE(stored);
    Core::HistoryStore history(*db);
    for (int c = 0; c < kCases; ++c) {
        SCOPED_TRACE(c);
        EXPECT_EQ(stored->cases[c].runId, runner->runs()[c]->session()->record().id);
        auto run = history.loadRun(stored->cases[c].runId);
        ASSERT_TRUE(run);
        EXPECT_EQ(run->packPath, QStringLiteral("/packs/case%1.ctxpack").arg(c));
        ASSERT_EQ(run->calls.size(), 2);
        EXPECT_FALSE(run->calls[0].batchCustomId.isEmpty());
    }
    ASSERT_TRUE(waitFor([&] { return window.recordingBar()->isHidden(); }));
}
