#include "ui/compare/comparepanel.h"

#include "core/compare/evaluationsummary.h"
#include "core/compare/modelidentity.h"
#include "core/eval/textcheck.h"
#include "core/fusion/fusiongate.h"
#include "core/fusion/fusionlineage.h"
#include "core/fusion/fusionrunner.h"
#include "core/history/historystore.h"
#include "core/history/toolcallstore.h"
#include "core/run/runsession.h"
#include "ui/common/messagebox.h"
#include "ui/compare/blindrankbar.h"
#include "ui/compare/blindranker.h"
#include "ui/compare/blindvotebar.h"
#include "ui/compare/checkdialog.h"
#include "ui/compare/columnarea.h"
#include "ui/compare/coveragedialog.h"
#include "ui/compare/diffdialog.h"
#include "ui/compare/fusedialog.h"
#include "ui/compare/outputcolumn.h"
#include "ui/compare/ratersdialog.h"
#include "ui/compare/ratingkitdialog.h"
#include "ui/compare/ratingsdrophandler.h"
#include "ui/compare/sectionreadingview.h"
#include "ui/common/flowlayout.h"
#include "ui/export/exportdialog.h"
#include "ui/stats/statsdialog.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QRandomGenerator>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Cb::Ui {

ComparePanel::ComparePanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_layout = layout;
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(new QLabel(tr("<b>Comparison</b> — answers side by side"), this));
    m_models = new QLabel(this);
    m_models->setObjectName(QStringLiteral("compareModels"));
    m_models->setWordWrap(true);
    titleRow->addWidget(m_models, 1);
    layout->addLayout(titleRow);
    m_toolBar = buildToolBar();
    layout->addWidget(m_toolBar);
    m_voteBar = new BlindVoteBar(this);
    m_voteBar->hide();
    connect(m_voteBar, &BlindVoteBar::voted, this, &ComparePanel::vote);
    connect(m_voteBar, &BlindVoteBar::nextRequested, this, &ComparePanel::nextPair);
    layout->addWidget(m_voteBar);
    m_rankBar = new BlindRankBar(this);
    m_rankBar->hide();
    layout->addWidget(m_rankBar);

    m_stack = new QStackedWidget(this);
    m_emptyHint = new QLabel(tr("Answers appear here, one column per model and attempt.\n\n"
                                "Choose the models to compare, then press Send (Ctrl+Return).\n"
                                "Each answer streams into its own column; vote blind, then export the plan to PDF."),
                             m_stack);
    m_emptyHint->setObjectName(QStringLiteral("compareEmptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setStyleSheet(QStringLiteral("color: palette(mid); font-size: 11pt; padding: 12px;"));
    m_stack->addWidget(m_emptyHint);
    m_area = new ColumnArea(m_stack);
    m_stack->addWidget(m_area);
    m_sections = new SectionReadingView(m_stack);
    m_stack->addWidget(m_sections);
    m_ranker = new BlindRanker(m_area, m_rankBar, this);
    connect(m_ranker, &BlindRanker::failed, this, &ComparePanel::reportError);
    layout->addWidget(m_stack, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("compareStatus"));
    m_status->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_status->hide();
    layout->addWidget(m_status);

    // One timer for every column: a burst of deltas costs one layout per column per frame.
    m_flushTimer = new QTimer(this);
    m_flushTimer->setInterval(16);
    connect(m_flushTimer, &QTimer::timeout, this, &ComparePanel::flush);
    m_tickTimer = new QTimer(this);
    m_tickTimer->setInterval(100);
    connect(m_tickTimer, &QTimer::timeout, this, &ComparePanel::tick);

    // Ratings files dropped here bring a panel's verdicts back (docs/RATINGS_FILE.md).
    auto* ratingsDrop = new RatingsDropHandler(this, [this] { return m_store ? &m_store->database() : nullptr; });
    connect(ratingsDrop, &RatingsDropHandler::imported, this, &ComparePanel::reloadVotes);
}

ComparePanel::~ComparePanel() = default;

QWidget* ComparePanel::buildToolBar()
{
    auto* bar = new QWidget(this);
    // Wraps on a narrow window instead of making the comparison (and the window) wider.
    auto* row = new FlowLayout(bar);
    auto add = [&](const char* name, const QString& text, const QString& tip, bool checkable) {
        auto* b = new QToolButton(bar);
        b->setObjectName(QString::fromLatin1(name));
        b->setText(text);
        b->setToolTip(tip);
        b->setCheckable(checkable);
        row->addWidget(b);
        return b;
    };
    QToolButton* blind = add("blindButton", tr("Blind vote"), tr("Hide the models, shuffle the answers and vote pair by pair"), true);
    connect(blind, &QToolButton::toggled, this, &ComparePanel::setBlind);
    connect(add("rankButton", tr("Rank blind"), tr("Hide the models, shuffle all answers and rank them best to worst"), true),
            &QToolButton::toggled, this, &ComparePanel::setRanking);
    QToolButton* sync = add("syncButton", tr("Sync scroll"), tr("Scroll all columns together"), true);
    sync->setChecked(true);
    connect(sync, &QToolButton::toggled, this, [this](bool on) { m_area->setSyncScroll(on); });
    QToolButton* tabs = add("tabsButton", tr("Tabs"), tr("One answer at a time, in tabs"), true);
    connect(tabs, &QToolButton::toggled, this,
            [this](bool on) { m_area->setMode(on ? ColumnArea::Mode::Tabs : ColumnArea::Mode::Columns); });
    QToolButton* bySection = add("bySectionButton", tr("By section"),
                                 tr("Line the answers up section by section: Goals next to Goals, Risks next to Risks"), true);
    connect(bySection, &QToolButton::toggled, this, [this](bool on) {
        if (m_session)
            m_stack->setCurrentWidget(on ? static_cast<QWidget*>(m_sections) : m_area);
        refreshSections();
    });
    connect(add("diffButton", tr("Diff…"), tr("Compare two answers word by word and section by section"), false),
            &QToolButton::clicked, this, &ComparePanel::openDiff);
    connect(add("checksButton", tr("Checks…"), tr("Judge every answer pass/fail with an automatic check"), false),
            &QToolButton::clicked, this, &ComparePanel::openChecks);
    connect(add("coverageButton", tr("Coverage…"),
                tr("Which pack items each answer read or cited, and the items none used"), false),
            &QToolButton::clicked, this, &ComparePanel::openCoverage);
    connect(add("ratersButton", tr("Raters…"), tr("The rating panel's members and their votes; rename them"), false),
            &QToolButton::clicked, this, &ComparePanel::openRaters);
    connect(add("statsButton", tr("Stats…"), tr("Win rates, reliability and cost across runs"), false),
            &QToolButton::clicked, this, &ComparePanel::openStats);
    connect(add("exportButton", tr("Export…"), tr("This run as a PDF, HTML, Markdown, JSON or CSV report"), false),
            &QToolButton::clicked, this, &ComparePanel::openExport);
    connect(add("ratingKitButton", tr("Rating kits…"), tr("Blind kits for a panel of raters, one HTML file each"), false),
            &QToolButton::clicked, this, [this] {
                auto* dialog = new RatingKitDialog(*m_store, RatingKitDialog::Of::Run, m_session->record().id, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->show();
            });
    connect(add("judgeButton", tr("Judge model…"), tr("Let a model judge these answers blind, in both orders"), false),
            &QToolButton::clicked, this, [this] {
                if (m_session && m_session->record().id > 0)
                    Q_EMIT judgeRequested(m_session->record().id);
            });
    connect(add("fuseButton", tr("Fuse…"), QString(), false), &QToolButton::clicked, this, &ComparePanel::openFuse);
    m_reliability = new QLabel(bar);
    m_reliability->setObjectName(QStringLiteral("reliabilityLabel"));
    m_reliability->setToolTip(tr("Attempts judged pass over all attempts, per model"));
    // The tally gives way on a narrow window rather than widening it: whole, it wraps to a line
    // of its own (a cut "o3 0/2 · o3" would name the wrong model); only a tally wider than the
    // whole window is clipped.
    m_reliability->setMinimumWidth(60);
    row->addWidget(m_reliability);
    bar->setEnabled(false);
    return bar;
}

QToolButton* ComparePanel::toolButton(const QString& objectName) const
{
    return m_toolBar->findChild<QToolButton*>(objectName);
}

void ComparePanel::addHeaderWidget(QWidget* widget)
{
    m_models->hide();
    m_layout->insertWidget(m_layout->indexOf(m_stack), widget);
}

void ComparePanel::setSelectedModels(const QStringList& models)
{
    m_models->setText(models.isEmpty() ? tr("No models selected.")
                                       : tr("Models: %1").arg(models.join(QStringLiteral(", "))));
}

OutputColumn* ComparePanel::column(qint64 callId) const
{
    for (OutputColumn* c : m_area->columns())
        if (c->callId() == callId)
            return c;
    return nullptr;
}

QMap<qint64, QString> ComparePanel::followUpDrafts() const
{
    QMap<qint64, QString> drafts;
    for (OutputColumn* c : m_area->columns())
        if (const QString text = c->followUpDraft(); !text.trimmed().isEmpty())
            drafts.insert(c->callId(), text);
    return drafts;
}

void ComparePanel::setFollowUpDrafts(const QMap<qint64, QString>& drafts)
{
    for (auto it = drafts.cbegin(); it != drafts.cend(); ++it)
        if (OutputColumn* c = column(it.key()))
            c->setFollowUpDraft(it.value());
}

void ComparePanel::clearSession()
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = nullptr;
    m_dirty.clear();
    m_dirtyFollowUps.clear();
    m_flushTimer->stop();
    m_tickTimer->stop();
    toolButton(QStringLiteral("rankButton"))->setChecked(false);
    m_area->setColumns({});
    m_pairs.clear();
}

void ComparePanel::showSession(Core::RunSession* session)
{
    const bool wasBlind = m_blind;
    if (m_blind)
        toolButton(QStringLiteral("blindButton"))->setChecked(false);
    clearSession();
    m_session = session;
    m_toolBar->setEnabled(session != nullptr);
    if (!session) {
        m_stack->setCurrentWidget(m_emptyHint);
        return;
    }
    QList<OutputColumn*> columns;
    for (const Core::CallRecord& call : session->record().calls) {
        auto* column = new OutputColumn(call.id);
        column->setCall(call);
        column->flushText(call);
        column->setFollowUps(call.followUps);
        connect(column, &OutputColumn::reviewEdited, this, &ComparePanel::setReview);
        connect(column, &OutputColumn::judgementEdited, this,
                [this](qint64 id, const QString& j) { setJudgement(id, j, tr("judged by hand")); });
        connect(column, &OutputColumn::maximizeToggled, this, &ComparePanel::toggleMaximize);
        connect(column, &OutputColumn::followUpRequested, this, &ComparePanel::requestFollowUp);
        connect(column, &OutputColumn::linkActivated, this, &ComparePanel::openLink);
        columns.append(column);
    }
    // Fused plans come after the answers, so the answers keep their indexes (blind pairs).
    if (m_fusions && m_fusions->session() == session)
        for (const Core::FusionRecord& f : m_fusions->fusions())
            columns.append(newFusionColumn(f.id));
    m_area->setColumns(columns);
    if (m_fusions && m_fusions->session() == session)
        for (const Core::FusionRecord& f : m_fusions->fusions())
            showFusion(f.id);
    connect(session, &Core::RunSession::voteAdded, this, &ComparePanel::updateFuseButton);
    connect(session, &Core::RunSession::rankingAdded, this, &ComparePanel::updateFuseButton);
    m_stack->setCurrentWidget(bySection() ? static_cast<QWidget*>(m_sections) : m_area);
    refreshSections();
    connect(session, &Core::RunSession::textAppended, this, [this](qint64 id) { onTextAppended(id); });
    connect(session, &Core::RunSession::reasoningAppended, this, [this](qint64 id) { onTextAppended(id); });
    connect(session, &Core::RunSession::callChanged, this, &ComparePanel::onCallChanged);
    connect(session, &Core::RunSession::toolCallAdded, this, [this](qint64 id) { onCallChanged(id); });
    connect(session, &Core::RunSession::followUpAdded, this, [this](qint64 id) { onFollowUpChanged(id); });
    connect(session, &Core::RunSession::followUpTextAppended, this, [this](qint64 id) { onFollowUpChanged(id); });
    connect(session, &Core::RunSession::followUpChanged, this, [this](qint64 id) { onFollowUpChanged(id); });
    connect(session, &QObject::destroyed, this, [this] { showSession(nullptr); });
    updateReliability();
    if (!session->isFinished())
        m_tickTimer->start();
    if (wasBlind)
        toolButton(QStringLiteral("blindButton"))->setChecked(true);
}

void ComparePanel::onTextAppended(qint64 callId)
{
    m_dirty.insert(callId);
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void ComparePanel::flush()
{
    if (m_session) {
        for (qint64 id : std::as_const(m_dirty)) {
            const Core::CallRecord* call = m_session->call(id);
            OutputColumn* c = column(id);
            if (call && c)
                c->flushText(*call);
        }
    }
    m_dirty.clear();
    if (m_session) {
        for (qint64 id : std::as_const(m_dirtyFollowUps)) {
            const Core::CallRecord* call = m_session->call(id);
            if (OutputColumn* c = column(id); call && c)
                c->setFollowUps(call->followUps);
        }
    }
    m_dirtyFollowUps.clear();
    m_flushTimer->stop();
    refreshSections();
}

bool ComparePanel::bySection() const { return toolButton(QStringLiteral("bySectionButton"))->isChecked(); }

void ComparePanel::refreshSections()
{
    if (!m_session || !bySection())
        return;
    QStringList titles;
    QStringList texts;
    for (OutputColumn* c : m_area->shownColumns()) {
        if (const Core::CallRecord* call = m_session->call(c->callId())) {
            titles.append(c->title());
            texts.append(call->text);
        }
    }
    m_sections->setAnswers(titles, texts);
}

void ComparePanel::onCallChanged(qint64 callId)
{
    const Core::CallRecord* call = m_session ? m_session->call(callId) : nullptr;
    OutputColumn* c = column(callId);
    if (!call || !c)
        return;
    c->setCall(*call);
    onTextAppended(callId); // an update may carry the final text
    updateReliability();
    if (!Core::isTerminal(call->status) && !m_tickTimer->isActive())
        m_tickTimer->start();
    if (m_blind && !m_pairRevealed)
        showPair();
}

void ComparePanel::tick()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool running = false;
    for (OutputColumn* c : m_area->columns()) {
        const Core::CallRecord* call = m_session ? m_session->call(c->callId()) : nullptr;
        if (call && !Core::isTerminal(call->status)) {
            c->tick(now);
            running = true;
        }
    }
    if (!running)
        m_tickTimer->stop();
}

Core::FusionRunner* ComparePanel::fusionRunner() const { return m_fusions; }

void ComparePanel::setFusionRunner(Core::FusionRunner* runner)
{
    if (m_fusions)
        disconnect(m_fusions, nullptr, this, nullptr);
    m_fusions = runner;
    if (runner) {
        // A new fused plan is one more column after the others, which stay as they are (no
        // rebuild of long answers, no flicker).
        connect(runner, &Core::FusionRunner::fusionAdded, this, &ComparePanel::addFusionColumn);
        connect(runner, &Core::FusionRunner::fusionTextAppended, this, &ComparePanel::showFusion);
        connect(runner, &Core::FusionRunner::fusionChanged, this, &ComparePanel::showFusion);
        connect(runner, &Core::FusionRunner::fusionFailed, this, [this](qint64, const Core::Error& e) {
            reportError(tr("The fusion failed (what arrived is kept)"), e.message);
        });
        if (m_session && runner->session() == m_session && !runner->fusions().isEmpty())
            showSession(m_session);
    }
    updateFuseButton();
}

OutputColumn* ComparePanel::newFusionColumn(qint64 fusionId)
{
    auto* column = new OutputColumn(-fusionId);
    column->setMinimumWidth(OutputColumn::kMinimumWidth);
    return column;
}

void ComparePanel::addFusionColumn(qint64 fusionId)
{
    if (!m_session || !m_fusions || m_fusions->session() != m_session || column(-fusionId))
        return;
    m_area->addColumn(newFusionColumn(fusionId));
    showFusion(fusionId);
}

void ComparePanel::showFusion(qint64 fusionId)
{
    const Core::FusionRecord* f = m_fusions ? m_fusions->fusion(fusionId) : nullptr;
    OutputColumn* c = column(-fusionId);
    if (!f || !c || !m_session)
        return;
    // The column shows the plan as a call: status, cost and timings of the fusion call.
    Core::CallRecord asCall;
    asCall.id = -fusionId;
    asCall.provider = f->provider;
    asCall.model = f->model;
    asCall.params = f->params;
    asCall.status = f->status;
    asCall.partial = f->partial;
    asCall.usage = f->usage;
    asCall.costUsd = f->costUsd;
    asCall.errorCode = f->errorCode;
    asCall.errorMessage = f->errorMessage;
    asCall.startedAt = f->startedAt;
    asCall.firstTokenMs = f->firstTokenMs;
    asCall.totalMs = f->totalMs;
    // While the model writes, its raw reply (markers and all); once it ends, the clean plan.
    asCall.text = Core::isTerminal(f->status) ? f->plan : f->text;
    QStringList lineage;
    for (const Core::FusionSection& s : f->sections)
        lineage.append(tr("Sources: %1").arg(Core::FusionLineage::describe(s, m_session->record())));
    c->setFused(Core::FusionLineage::title(*f), lineage, !f->sections.isEmpty() && f->sections.first().level == 0);
    c->setCall(asCall);
    c->flushText(asCall);
}

void ComparePanel::updateFuseButton()
{
    QToolButton* fuse = toolButton(QStringLiteral("fuseButton"));
    QString why = !m_session ? tr("Open a run first.")
                  : !m_fusions || m_fusions->session() != m_session
                      ? tr("Fusion needs the run's history.")
                      : Core::FusionGate::blocker(m_session->record());
    fuse->setEnabled(why.isEmpty());
    fuse->setToolTip(why.isEmpty() ? tr("Fuse the answers into one plan that records where each section came from")
                                   : tr("Not yet: %1").arg(why));
}

void ComparePanel::openFuse()
{
    if (!m_session || !m_fusions)
        return;
    auto* dialog = new FuseDialog(m_session->record(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_status->hide();
        if (!m_fusions)
            return;
        if (auto started = m_fusions->start(dialog->request()); !started)
            reportError(tr("The fusion did not start"), started.error().message);
    });
    dialog->show();
}

void ComparePanel::updateReliability()
{
    updateFuseButton();
    // Kits need the run in the history and two models that answered the same repeat.
    toolButton(QStringLiteral("ratingKitButton"))
        ->setEnabled(m_store && m_session && RatingKitDialog::canMakeKits(m_session->record()));
    if (!m_session || m_blind || m_ranker->isActive()) {
        m_reliability->clear();
        return;
    }
    QStringList parts;
    const QList<Core::ReliabilityStats> stats = Core::EvaluationSummary::reliabilityOf(m_session->record());
    QStringList keys;
    for (const Core::ReliabilityStats& r : stats)
        keys << r.model;
    for (const Core::ReliabilityStats& r : stats) {
        const QString model = Core::ModelIdentity::shortLabel(r.model, keys);
        QString part = QStringLiteral("<b>%1</b> %2").arg(model.toHtmlEscaped(), r.kOfK());
        if (r.refused > 0)
            part += tr(" (%n refused)", nullptr, r.refused);
        if (r.judged() > 0)
            part += tr(" (%1% pass)").arg(qRound(r.passRate.rate * 100));
        parts << part;
    }
    m_reliability->setText(parts.join(QStringLiteral(" · ")));
}

void ComparePanel::reportError(const QString& what, const QString& message)
{
    m_status->setText(what + QStringLiteral(": ") + message);
    m_status->show();
}

void ComparePanel::setReview(qint64 callId, std::optional<int> rating, const QString& note)
{
    if (m_store)
        if (auto r = m_store->setReview(callId, rating, note); !r)
            reportError(tr("The rating was not saved"), r.error().message);
    if (m_session)
        m_session->setReview(callId, rating, note);
}

void ComparePanel::setJudgement(qint64 callId, const QString& judgement, const QString& reason)
{
    const QString why = judgement.isEmpty() ? QString() : reason;
    if (m_store)
        if (auto r = m_store->setJudgement(callId, judgement, why); !r)
            reportError(tr("The pass/fail mark was not saved"), r.error().message);
    if (m_session)
        m_session->setJudgement(callId, judgement, why);
}

void ComparePanel::applyCheck(const Core::TextCheck& check)
{
    if (!m_session)
        return;
    for (const Core::CallRecord& call : m_session->record().calls) {
        if (!Core::isTerminal(call.status))
            continue;
        const Core::CheckResult result = check.run(call.text, call.citations);
        setJudgement(call.id, result.passed ? QStringLiteral("pass") : QStringLiteral("fail"), result.reason);
    }
}

void ComparePanel::toggleMaximize(qint64 callId, bool on)
{
    QList<int> order;
    for (int i = 0; i < m_area->columns().size(); ++i) {
        OutputColumn* c = m_area->columns()[i];
        if (c->callId() != callId)
            c->setMaximized(false);
        else if (on)
            order = {i};
    }
    if (!m_blind)
        m_area->setShown(order);
}

void ComparePanel::requestFollowUp(qint64 callId, const QString& message, bool alsoOthers)
{
    m_status->hide();
    Q_EMIT followUpRequested(callId, message, alsoOthers);
}

void ComparePanel::showFollowUpError(const QString& message)
{
    reportError(tr("The follow-up was not sent"), message);
}

void ComparePanel::onFollowUpChanged(qint64 callId)
{
    m_dirtyFollowUps.insert(callId);
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void ComparePanel::openLink(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http") && scheme != QLatin1String("mailto")) {
        MessageBox::warning(this, tr("Link not opened"),
                            tr("The answer links to %1, which is not a web address.").arg(url.toDisplayString()));
        return;
    }
    if (MessageBox::ask(this, QMessageBox::Question, tr("Open link"),
                        tr("Open this address from the model's answer in your browser?\n\n%1")
                            .arg(url.toDisplayString()),
                        QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Open)
        QDesktopServices::openUrl(url);
}

void ComparePanel::openDiff()
{
    if (!m_session)
        return;
    QList<std::pair<qint64, QString>> choices;
    for (OutputColumn* c : m_area->shownColumns())
        choices.append({c->callId(), c->title()});
    auto* dialog = new DiffDialog(m_session->record(), choices, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void ComparePanel::openChecks()
{
    auto* dialog = new CheckDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (auto check = dialog->check())
            applyCheck(*check);
    });
    dialog->show();
}

void ComparePanel::openCoverage()
{
    if (!m_session)
        return;
    Core::RunRecord run = m_session->record();
    // Tool calls are written to history as they happen; the session may not carry them.
    if (m_store && run.id > 0)
        if (auto trails = Core::ToolCallStore(m_store->database()).forRun(run.id))
            for (Core::CallRecord& c : run.calls)
                if (c.toolTrail.isEmpty())
                    c.toolTrail = trails->value(c.id);
    auto* dialog = new CoverageDialog(Core::PackCoverage::build(run), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void ComparePanel::openStats()
{
    if (!m_store) {
        MessageBox::information(this, tr("Statistics"), tr("Statistics need the history database, which is not open."));
        return;
    }
    auto* dialog = new StatsDialog(*m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void ComparePanel::openExport()
{
    if (!m_session)
        return;
    auto* dialog = new ExportDialog(m_session->record(), this, m_settings);
    if (m_fusions && m_fusions->session() == m_session)
        dialog->setFusions(m_fusions->fusions());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void ComparePanel::openRaters()
{
    if (!m_store) {
        MessageBox::information(this, tr("Raters"), tr("Raters live in the history database, which is not open."));
        return;
    }
    auto* dialog = new RatersDialog(m_store->database(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RatersDialog::ratersChanged, this, &ComparePanel::reloadVotes);
    dialog->show();
}

void ComparePanel::reloadVotes()
{
    if (m_session && m_store)
        if (auto run = m_store->loadRun(m_session->record().id))
            m_session->setVotes(run->votes);
    for (StatsDialog* stats : findChildren<StatsDialog*>())
        stats->refresh();
    for (RatersDialog* raters : findChildren<RatersDialog*>())
        raters->reload();
}

// ---- Blind voting -------------------------------------------------------------------------

void ComparePanel::setBlind(bool on)
{
    if (QToolButton* b = toolButton(QStringLiteral("blindButton")); b->isChecked() != on) {
        b->setChecked(on); // re-enters through toggled()
        return;
    }
    if (on)
        toolButton(QStringLiteral("rankButton"))->setChecked(false); // one blind mode at a time
    m_blind = on;
    m_pairs.clear();
    m_pairIndex = 0;
    m_pairRevealed = false;
    updateReliability();
    if (!on || !m_session) {
        m_voteBar->hide();
        revealAll();
        return;
    }
    QList<Core::BlindCall> calls;
    for (const Core::CallRecord& c : m_session->record().calls)
        calls.append({c.id, c.modelKey(), c.repeatIndex});
    const quint64 seed = m_seed != 0 ? m_seed : QRandomGenerator::global()->generate64();
    // Pairs already voted on (in either order) are not asked again; a panel member's or a judge's
    // vote (imported ratings) does not count as yours.
    for (const Core::BlindPair& p : Core::BlindSchedule::pairs(calls, seed)) {
        bool voted = false;
        for (const Core::VoteRecord& v : m_session->record().votes)
            voted = voted || (v.raterId == 0 && ((v.leftCallId == p.leftCallId && v.rightCallId == p.rightCallId) ||
                                                 (v.leftCallId == p.rightCallId && v.rightCallId == p.leftCallId)));
        if (!voted)
            m_pairs.append(p);
    }
    m_voteBar->show();
    showPair();
}

void ComparePanel::askBlindPairs(const QList<Core::BlindPair>& pairs)
{
    setBlind(true);
    if (!m_blind || !m_session)
        return;
    m_pairs = pairs;
    m_pairIndex = 0;
    m_pairRevealed = false;
    showPair();
}

void ComparePanel::setRanking(bool on)
{
    if (QToolButton* b = toolButton(QStringLiteral("rankButton")); b->isChecked() != on) {
        b->setChecked(on); // re-enters through toggled()
        return;
    }
    if (on && m_blind)
        setBlind(false);
    if (on && m_session)
        m_ranker->start(m_session, m_store, m_seed != 0 ? m_seed : QRandomGenerator::global()->generate64());
    else
        m_ranker->stop();
    updateReliability();
}

void ComparePanel::revealAll()
{
    for (OutputColumn* c : m_area->columns())
        c->setBlindLabel(QString());
    m_area->setShown({});
}

void ComparePanel::showPair()
{
    if (!m_session)
        return;
    if (m_pairIndex >= m_pairs.size()) {
        if (!m_pairs.isEmpty())
            Q_EMIT blindPairsDone();
        if (!m_blind || m_pairIndex < m_pairs.size())
            return; // a listener moved on to other pairs
        revealAll();
        m_voteBar->showMessage(m_pairs.isEmpty()
                                   ? tr("Nothing to vote on: blind pairs need at least two different models.")
                                   : tr("All %n blind pair(s) voted. Names are shown again; see Stats for the win rates.",
                                        nullptr, int(m_pairs.size())));
        return;
    }
    const Core::BlindPair& pair = m_pairs[m_pairIndex];
    QList<int> order;
    bool ready = true;
    for (qint64 id : {pair.leftCallId, pair.rightCallId}) {
        order.append(m_session->callIndex(id));
        const Core::CallRecord* call = m_session->call(id);
        ready = ready && call && Core::isTerminal(call->status);
    }
    for (OutputColumn* c : m_area->columns())
        c->setBlindLabel(BlindRanker::title(c->callId() == pair.leftCallId ? 0 : 1));
    if (m_area->shownColumns() != QList<OutputColumn*>{column(pair.leftCallId), column(pair.rightCallId)})
        m_area->setShown(order);
    refreshSections();
    m_voteBar->askVote(m_pairIndex, int(m_pairs.size()), ready);
}

void ComparePanel::vote(const QString& outcome)
{
    if (!m_session || !m_blind || m_pairRevealed || m_pairIndex >= m_pairs.size())
        return;
    const Core::BlindPair pair = m_pairs[m_pairIndex];
    Core::VoteRecord vote{0, m_session->record().id, pair.leftCallId, pair.rightCallId, outcome, true, {}};
    if (m_store)
        if (auto r = m_store->addVote(vote); !r)
            reportError(tr("The vote was not saved"), r.error().message);
    if (!vote.createdAt.isValid())
        vote.createdAt = QDateTime::currentDateTimeUtc();
    m_session->addVote(vote);

    m_pairRevealed = true;
    const Core::CallRecord* left = m_session->call(pair.leftCallId);
    const Core::CallRecord* right = m_session->call(pair.rightCallId);
    auto name = [](const Core::CallRecord* c) {
        return c ? QStringLiteral("%1 #%2").arg(c->modelKey()).arg(c->repeatIndex + 1) : QString();
    };
    column(pair.leftCallId)->setBlindLabel(QString());
    column(pair.rightCallId)->setBlindLabel(QString());
    const QString verdict = outcome == QLatin1String("left")    ? tr("you preferred A")
                            : outcome == QLatin1String("right") ? tr("you preferred B")
                            : outcome == QLatin1String("tie")   ? tr("a tie")
                                                                : tr("both bad");
    m_voteBar->showReveal(tr("<b>A</b> was %1, <b>B</b> was %2 — %3.")
                              .arg(name(left).toHtmlEscaped(), name(right).toHtmlEscaped(), verdict),
                          true);
}

void ComparePanel::nextPair()
{
    if (!m_blind)
        return;
    ++m_pairIndex;
    m_pairRevealed = false;
    showPair();
}

} // namespace Cb::Ui
