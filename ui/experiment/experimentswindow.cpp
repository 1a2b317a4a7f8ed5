#include "ui/experiment/experimentswindow.h"

#include "core/compare/blindschedule.h"
#include "core/compare/evaluationsummary.h"
#include "core/experiment/experimentpairqueue.h"
#include "core/experiment/experimentpricing.h"
#include "core/experiment/experimentrunner.h"
#include "core/experiment/experimentstore.h"
#include "core/history/historystore.h"
#include "core/providers/batch/batchstatus.h"
#include "core/models/modelcatalog.h"
#include "ui/common/messagebox.h"
#include "ui/experiment/experimentcelldelegate.h"
#include "ui/experiment/experimentcontroller.h"
#include "ui/experiment/experimentmatrixmodel.h"
#include "ui/experiment/experimentresultsview.h"
#include "ui/experiment/newexperimentdialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Cb::Ui {

namespace {

enum ListColumn { Name, Mode, Status, Progress, Cost };

// Mode and status as the interface says them; the record keeps "live"/"batch", "done"…
QString modeLabel(Core::ExperimentRecord::Mode mode)
{
    return mode == Core::ExperimentRecord::Mode::Live ? ExperimentsWindow::tr("live") : ExperimentsWindow::tr("batch");
}

QString statusLabel(const QString& status)
{
    if (status == QLatin1String("running"))
        return ExperimentsWindow::tr("running");
    if (status == QLatin1String("done"))
        return ExperimentsWindow::tr("done");
    if (status == QLatin1String("cancelled"))
        return ExperimentsWindow::tr("cancelled");
    return status;
}

QString money(double usd) { return QStringLiteral("$%1").arg(usd, 0, 'f', usd < 1 ? 4 : 2); }

// Live and batch prices of the whole experiment (prompt tokens ≈ characters / 4: the exact
// count was shown before it started) and what the finished calls actually cost.
QString priceText(const ExperimentController::Snapshot& s, const Core::ModelCatalog& catalog,
                  const ExperimentMatrixModel::Totals& totals)
{
    const QStringList batchProviders = s.record.mode == Core::ExperimentRecord::Mode::Batch
                                           ? Core::ExperimentRunner::batchProviders(s.record.plan)
                                           : QStringList();
    QHash<qint64, qint64> tokensOfRun;
    for (const Core::RunRecord& run : s.runs)
        tokensOfRun.insert(run.id, (run.instructions.size() + run.input.size()) / 4);
    QList<Core::CostRequest> requests;
    QList<bool> batchable;
    for (const Core::ExperimentCase& c : s.record.cases)
        for (const Core::PlannedModel& m : s.record.plan.models) {
            requests.append({m.key(), tokensOfRun.value(c.runId), false,
                             m.params.value(QStringLiteral("max_output_tokens")).toInteger(), s.record.plan.repeats});
            batchable.append(batchProviders.contains(m.provider));
        }
    const auto price = Core::ExperimentPricing::estimate(Core::CostEstimator(catalog), requests, batchable);
    return QObject::tr("<b>Live:</b> %1 &nbsp; <b>Batch:</b> %2 &nbsp; <b>Actual so far:</b> %3 "
                       "(%4 of %5 calls finished)")
        .arg(price.live.text().toHtmlEscaped(), price.batch.text().toHtmlEscaped(), money(totals.cost))
        .arg(totals.finished)
        .arg(totals.calls);
}

QString legend()
{
    QString out;
    for (int s = 0; s <= int(Core::ExperimentCellState::Cancelled); ++s) {
        const auto state = Core::ExperimentCellState(s);
        out += QStringLiteral("<span style='color:%1'>■</span> %2 &nbsp; ")
                   .arg(ExperimentCellDelegate::colour(state).name(), ExperimentMatrixModel::stateLabel(state));
    }
    return out + ExperimentsWindow::tr("&nbsp; ✓ on a mark: check passed &nbsp; ✗: check failed");
}

} // namespace

ExperimentsWindow::ExperimentsWindow(ExperimentController* controller, const Core::ModelCatalog& catalog,
                                     QWidget* parent)
    : QWidget(parent, Qt::Window),
      m_controller(controller),
      m_catalog(catalog),
      m_rateSeed(QRandomGenerator::global()->generate64())
{
    setObjectName(QStringLiteral("experimentsWindow"));
    setWindowTitle(tr("Experiments — ContextBench"));

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("experimentList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Name"), tr("Mode"), tr("Status"), tr("Progress"), tr("Cost")});
    auto* newButton = new QPushButton(tr("New Experiment…"), this);
    newButton->setObjectName(QStringLiteral("newExperimentButton"));
    connect(newButton, &QPushButton::clicked, this, &ExperimentsWindow::newExperiment);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list);
    leftLayout->addWidget(newButton);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("experimentTitle"));
    m_price = new QLabel(this);
    m_price->setObjectName(QStringLiteral("experimentPrice"));
    m_price->setTextFormat(Qt::RichText);
    m_batches = new QLabel(this);
    m_batches->setObjectName(QStringLiteral("experimentBatches"));
    m_batches->setWordWrap(true);
    m_batches->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_model = new ExperimentMatrixModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("experimentMatrix"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ExperimentCellDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Fixed sizes: the view never measures 4,800 cells to lay itself out.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(22);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setDefaultSectionSize(170);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& i) { openCase(i.row()); });
    auto* legendLabel = new QLabel(legend(), this);
    legendLabel->setTextFormat(Qt::RichText);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("experimentMessage"));
    m_message->setWordWrap(true);

    const auto button = [this](const QString& text, const QString& name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        // The style pads a label by only 4 px a side, and Hangul fills its whole em box, so a
        // long Korean label ("케이스를 비교에서 열기") met the bevel and lost its last pixels. Half a
        // syllable of room on each side keeps every label clear of the frame, in any language.
        b->setMinimumWidth(b->sizeHint().width() + b->fontMetrics().horizontalAdvance(QChar(0xAC00)));
        return b;
    };
    m_resume = button(tr("Resume / Poll Now"), QStringLiteral("resumeButton"));
    m_cancel = button(tr("Cancel"), QStringLiteral("cancelButton"));
    m_open = button(tr("Open Case in Comparison"), QStringLiteral("openCaseButton"));
    m_rate = button(tr("Rate Next Pair"), QStringLiteral("rateNextButton"));
    m_kits = button(tr("Rating Kits…"), QStringLiteral("ratingKitsButton"));
    connect(m_resume, &QPushButton::clicked, this, [this] {
        m_controller->resume(m_selected, [this](Core::Result<qint64> r) {
            say(r ? tr("Polling experiment %1.").arg(*r) : r.error().message);
        });
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (MessageBox::ask(this, QMessageBox::Question, tr("Cancel experiment"),
                            tr("Ask the providers to cancel this experiment's batches and stop its live calls? "
                               "Everything already answered is kept."),
                            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes)
            m_controller->cancel(m_selected);
    });
    connect(m_open, &QPushButton::clicked, this, [this] { openCase(m_view->currentIndex().row()); });
    connect(m_rate, &QPushButton::clicked, this, &ExperimentsWindow::rateNextPair);
    connect(m_kits, &QPushButton::clicked, this, [this] { Q_EMIT ratingKitsRequested(m_selected); });
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_resume, m_cancel, m_open, m_rate, m_kits})
        buttons->addWidget(b);
    buttons->addStretch();

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_price);
    rightLayout->addWidget(m_batches);
    m_recordingBar = new QProgressBar(this);
    m_recordingBar->setObjectName(QStringLiteral("recordingProgress"));
    m_recordingBar->setFormat(tr("Recording cases: %v of %m"));
    m_recordingBar->hide();
    rightLayout->addWidget(m_recordingBar);
    rightLayout->addLayout(buttons);
    m_results = new ExperimentResultsView(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("experimentTabs"));
    m_tabs->addTab(m_view, tr("Matrix"));
    m_tabs->addTab(m_results, tr("Results"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { refreshResults(); });
    rightLayout->addWidget(m_tabs, 1);
    rightLayout->addWidget(legendLabel);
    rightLayout->addWidget(m_message);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({440, 840});
    m_list->setColumnWidth(Name, 150);
    for (int c : {Mode, Status, Progress})
        m_list->setColumnWidth(c, 64);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    resize(1280, 760);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        m_selected = item ? item->data(Name, Qt::UserRole).toLongLong() : 0;
        refreshSelected();
    });
    connect(m_controller, &ExperimentController::listChanged, this, &ExperimentsWindow::refreshList);
    connect(m_controller, &ExperimentController::experimentChanged, this, &ExperimentsWindow::onChanged);
    connect(m_controller, &ExperimentController::problem, this, &ExperimentsWindow::say);
    refreshList();
}

ExperimentsWindow::~ExperimentsWindow() = default;

void ExperimentsWindow::say(const QString& message) { m_message->setText(message); }

void ExperimentsWindow::refreshList()
{
    Core::ExperimentStore* store = m_controller->store();
    const qint64 keep = m_selected;
    QSignalBlocker block(m_list);
    m_list->clear();
    if (!store) {
        say(tr("The history is not available, so experiments cannot be shown."));
        return;
    }
    auto all = store->list();
    if (!all) {
        say(all.error().message);
        return;
    }
    for (const Core::ExperimentRecord& e : *all) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(Name, Qt::UserRole, e.id);
        item->setText(Name, e.name);
        item->setText(Mode, modeLabel(e.mode));
        onChanged(e.id); // fills status, progress and cost
    }
    block.unblock();
    m_selected = 0;
    if (keep)
        select(keep);
    if (!m_selected && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    else if (!m_selected)
        refreshSelected();
}

void ExperimentsWindow::select(qint64 experimentId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->data(Name, Qt::UserRole).toLongLong() == experimentId) {
            if (m_list->currentItem() == item) {
                m_selected = experimentId;
                refreshSelected();
            } else {
                m_list->setCurrentItem(item);
            }
            return;
        }
    }
}

void ExperimentsWindow::onChanged(qint64 experimentId)
{
    QTreeWidgetItem* item = nullptr;
    for (int i = 0; i < m_list->topLevelItemCount() && !item; ++i)
        if (m_list->topLevelItem(i)->data(Name, Qt::UserRole).toLongLong() == experimentId)
            item = m_list->topLevelItem(i);
    if (!item)
        return refreshList(); // new: the list catches up
    auto snap = m_controller->snapshot(experimentId);
    if (!snap)
        return;
    int calls = 0;
    int finished = 0;
    double cost = 0;
    for (const Core::RunRecord& run : snap->runs)
        for (const Core::CallRecord& c : run.calls) {
            ++calls;
            finished += Core::isTerminal(c.status) ? 1 : 0;
            cost += c.costUsd.value_or(0);
        }
    const Core::ExperimentRunner* runner = m_controller->runner(experimentId);
    item->setText(Status, runner && runner->isRecording() ? tr("recording")
                          : snap->running                ? tr("running")
                                                         : statusLabel(snap->record.status));
    item->setText(Progress, tr("%1/%2").arg(finished).arg(calls));
    item->setText(Cost, money(cost));
    if (experimentId == m_selected)
        refreshSelected();
}

QList<Core::RunRecord> ExperimentsWindow::casesWithVotes(const Core::ExperimentRecord& experiment,
                                                         const QList<Core::RunRecord>& runs) const
{
    // In case order, with the votes as stored now: a snapshot's runs may come from a live
    // session that predates a vote cast elsewhere (an imported kit, another window). One query
    // for the votes, not a reload of every answer. A case not yet recorded is an empty run.
    QHash<qint64, QList<Core::VoteRecord>> votesOf;
    bool fresh = false;
    if (Core::HistoryStore* history = m_controller->history()) {
        if (auto votes = history->votes()) {
            fresh = true;
            for (auto it = votes->crbegin(); it != votes->crend(); ++it) // oldest first, as loadRun
                votesOf[it->runId].append(*it);
        }
    }
    QList<Core::RunRecord> out;
    for (const Core::ExperimentCase& c : experiment.cases) {
        Core::RunRecord run;
        for (const Core::RunRecord& r : runs)
            if (r.id == c.runId)
                run = r;
        if (fresh && run.id > 0)
            run.votes = votesOf.value(run.id);
        out.append(run);
    }
    return out;
}

void ExperimentsWindow::refreshResults(const ExperimentController::Snapshot* known)
{
    // Pooling every case is not free: only for the tab on screen.
    if (m_tabs->currentWidget() != m_results)
        return;
    if (!m_selected) {
        m_results->showMessage(tr("No experiment selected."));
        return;
    }
    if (!known) {
        auto taken = m_controller->snapshot(m_selected);
        if (!taken) {
            m_results->showMessage(taken.error().message);
            return;
        }
        return refreshResults(&*taken);
    }
    m_results->showData(Core::EvaluationSummary::dataOf(casesWithVotes(known->record, known->runs)));
}

void ExperimentsWindow::refreshSelected()
{
    if (!m_selected) {
        refreshResults();
        m_model->clear();
        m_title->setText(tr("No experiment selected. \"New Experiment…\" designs one."));
        m_price->clear();
        m_batches->clear();
        updateButtons();
        return;
    }
    auto snap = m_controller->snapshot(m_selected);
    if (!snap) {
        say(snap.error().message);
        return;
    }
    m_model->setSnapshot(snap->record, snap->runs);
    refreshResults(&*snap);
    m_title->setText(tr("<b>%1</b> — %2 cases × %3 models × k=%4, %5 mode, %6")
                         .arg(snap->record.name.toHtmlEscaped())
                         .arg(snap->record.cases.size())
                         .arg(snap->record.plan.models.size())
                         .arg(snap->record.plan.repeats)
                         .arg(modeLabel(snap->record.mode), snap->running ? tr("running") : statusLabel(snap->record.status)));
    m_price->setText(priceText(*snap, m_catalog, m_model->totals()));
    // A new experiment's cases are recorded a chunk at a time before its calls go out.
    const Core::ExperimentRunner* runner = m_controller->runner(m_selected);
    m_recordingBar->setVisible(runner && runner->isRecording());
    if (runner && runner->isRecording()) {
        m_recordingBar->setRange(0, int(snap->record.cases.size()));
        m_recordingBar->setValue(runner->recordedCases());
    }
    QStringList batches;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Core::ExperimentBatch& b : snap->record.batches) {
        QString line = tr("%1 batch %2 (%3, %4 requests): %5")
                           .arg(b.provider, b.batchId, b.model)
                           .arg(b.customIds.size())
                           .arg(b.status);
        // Both providers give a batch 24 hours; what is not done by then expires.
        const auto state = Core::batchStateFromName(b.status);
        if (state && !Core::isTerminal(*state) && b.createdAt.isValid()) {
            const QDateTime ends = b.createdAt.addSecs(24 * 3600);
            const qint64 minutes = std::max<qint64>(0, now.secsTo(ends) / 60);
            line += tr(" — window ends in %1 h %2 min (%3)")
                        .arg(minutes / 60)
                        .arg(minutes % 60)
                        .arg(QLocale().toString(ends.toLocalTime(), QLocale::ShortFormat));
        }
        batches << line;
    }
    m_batches->setText(batches.isEmpty() ? tr("No provider batches.") : batches.join(QLatin1Char('\n')));
    updateButtons();
}

void ExperimentsWindow::updateButtons()
{
    const bool any = m_selected != 0;
    const bool running = m_controller->isRunning(m_selected);
    m_resume->setEnabled(any);
    m_cancel->setEnabled(any && (running || m_model->totals().finished < m_model->totals().calls));
    m_open->setEnabled(any && m_model->rowCount() > 0);
    m_rate->setEnabled(any && m_model->totals().byState.value(int(Core::ExperimentCellState::Done)) > 1);
    m_kits->setEnabled(any);
}

void ExperimentsWindow::newExperiment()
{
    NewExperimentDialog dialog(m_catalog, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto spec = dialog.spec();
    if (!spec)
        return;
    m_controller->start(*spec, [this](Core::Result<qint64> id) {
        if (!id)
            return MessageBox::warning(this, tr("Cannot start the experiment"), id.error().message);
        refreshList();
        select(*id);
        say(tr("Experiment %1 started.").arg(*id));
    });
}

void ExperimentsWindow::openCase(int row)
{
    const qint64 runId = m_model->runIdAt(row);
    if (row < 0 || !runId) {
        say(tr("Select a case whose run has been recorded."));
        return;
    }
    Q_EMIT openRunRequested(runId);
}

bool ExperimentsWindow::rateNextPair()
{
    if (!m_selected)
        return false;
    auto snap = m_controller->snapshot(m_selected);
    if (!snap)
        return false;
    const QList<Core::RunRecord> runs = casesWithVotes(snap->record, snap->runs);
    const QList<Core::ExperimentPair> pending = Core::ExperimentPairQueue::pending(runs, m_rateSeed);
    if (pending.isEmpty()) {
        say(tr("Every pair of finished answers in this experiment has been judged."));
        return false;
    }
    const Core::ExperimentPair& next = pending.first();
    say(tr("Rating blind: case %1, %n pair(s) left across the experiment.", nullptr, int(pending.size()))
            .arg(next.caseIndex + 1));
    Q_EMIT ratePairRequested(next.runId, next.pair);
    return true;
}

} // namespace Cb::Ui
