#include "ui/stats/statsdialog.h"

#include "core/compare/panelinput.h"
#include "core/compare/spendingtotals.h"
#include "core/eval/panelverdict.h"
#include "core/eval/rateritembootstrap.h"
#include "core/history/evaluationquery.h"
#include "core/history/historystore.h"
#include "core/judge/judgeagreementquery.h"
#include "ui/stats/reliabilitytext.h"

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLocale>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QFutureWatcher>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Cb::Ui {

namespace {

QTableWidget* table(const QStringList& headers, const QString& name, QWidget* parent)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget* t, int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells[c]));
}

QString percent(double v) { return QString::number(v * 100.0, 'f', 0) + QLatin1Char('%'); }
QString interval(const Core::Interval& ci) { return QStringLiteral("%1–%2").arg(percent(ci.low), percent(ci.high)); }

QWidget* page(QWidget* top, QWidget* chart, QWidget* parent)
{
    auto* split = new QSplitter(Qt::Vertical, parent);
    split->addWidget(top);
    split->addWidget(chart);
    split->setSizes({200, 320});
    return split;
}

} // namespace

StatsDialog::StatsDialog(Core::HistoryStore& store, QWidget* parent) : QDialog(parent), m_store(store)
{
    setWindowTitle(tr("Statistics across runs"));
    resize(900, 700);
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    m_pack = new QComboBox(this);
    m_pack->setObjectName(QStringLiteral("statsPack"));
    m_template = new QComboBox(this);
    m_useFrom = new QCheckBox(tr("Since"), this);
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_from->setCalendarPopup(true);
    m_from->setObjectName(QStringLiteral("statsFrom"));
    m_useFrom->setObjectName(QStringLiteral("statsUseFrom"));
    m_useTo = new QCheckBox(tr("Until"), this);
    m_useTo->setObjectName(QStringLiteral("statsUseTo"));
    m_useTo->setToolTip(tr("Only runs up to and including this day"));
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(QStringLiteral("statsTo"));
    m_to->setCalendarPopup(true);
    filters->addWidget(new QLabel(tr("Pack:"), this));
    filters->addWidget(m_pack, 1);
    filters->addWidget(new QLabel(tr("Template:"), this));
    filters->addWidget(m_template, 1);
    filters->addWidget(m_useFrom);
    filters->addWidget(m_from);
    filters->addWidget(m_useTo);
    filters->addWidget(m_to);
    layout->addLayout(filters);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    layout->addWidget(m_error);
    m_spending = new QLabel(this);
    m_spending->setObjectName(QStringLiteral("statsSpending"));
    m_spending->setWordWrap(true);
    m_spending->setToolTip(tr("What the answers of the runs in view cost (their tool rounds included) and what the "
                              "Ask first questions about the packs in view cost. Ask first uses no template: with a "
                              "template chosen it is left out. Calls without a price in the model catalog add "
                              "nothing."));
    layout->addWidget(m_spending);

    auto* tabs = new QTabWidget(this);
    auto* winTop = new QWidget(this);
    auto* winLayout = new QVBoxLayout(winTop);
    m_pairs = table({tr("Model A"), tr("Model B"), tr("A wins"), tr("B wins"), tr("Ties"), tr("Both bad"), tr("n"),
                     tr("A's win rate"), tr("95% interval")},
                    QStringLiteral("statsPairs"), winTop);
    m_pairs->horizontalHeaderItem(6)->setToolTip(
        tr("Votes on the pair. A ranking of several outputs counts once per model pair (the model with "
           "the better mean rank wins), however many outputs it ranked, because its placements are one "
           "judgement and not independent votes. Rankings have no left/right, so position bias ignores them."));
    m_bias = new QLabel(winTop);
    m_bias->setObjectName(QStringLiteral("statsBias"));
    m_bias->setWordWrap(true);
    winLayout->addWidget(m_pairs);
    winLayout->addWidget(m_bias);
    m_winChart = new QChartView(this);
    tabs->addTab(page(winTop, m_winChart, tabs), tr("Win rates"));

    auto* rankTop = new QWidget(this);
    auto* rankLayout = new QVBoxLayout(rankTop);
    m_ranking = table({tr("Rank"), tr("Model"), tr("Strength"), tr("95% bootstrap interval"), tr("Comparisons")},
                      QStringLiteral("statsRanking"), rankTop);
    m_rankingNote = new QLabel(rankTop);
    m_rankingNote->setWordWrap(true);
    rankLayout->addWidget(m_ranking);
    rankLayout->addWidget(m_rankingNote);
    m_rankChart = new QChartView(this);
    tabs->addTab(page(rankTop, m_rankChart, tabs), tr("Ranking"));

    auto* panelPage = new QWidget(this);
    auto* panelLayout = new QVBoxLayout(panelPage);
    m_verdict = new QLabel(panelPage);
    m_verdict->setObjectName(QStringLiteral("statsVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    m_raters = table({tr("Rater"), tr("Votes"), tr("Left side won"), tr("Model A"), tr("Model B"), tr("n"),
                      tr("A's win rate"), tr("95% interval")},
                     QStringLiteral("statsRaters"), panelPage);
    m_raters->horizontalHeaderItem(2)->setToolTip(
        tr("Of this rater's decisive votes, how many went to the answer shown on the left, with a 95% "
           "interval. An interval that excludes 50% means the layout swayed this rater."));
    m_agreement = new QLabel(panelPage);
    m_agreement->setObjectName(QStringLiteral("statsAgreement"));
    m_agreement->setWordWrap(true);
    m_agreement->setToolTip(
        tr("Items are pairs of answers judged by more than one rater, on the scale: first model better, "
           "no preference (tie or both bad), second model better. Votes of judge models are never counted."));
    panelLayout->addWidget(m_verdict);
    panelLayout->addWidget(m_raters, 1);
    panelLayout->addWidget(m_agreement);
    tabs->addTab(panelPage, tr("Panel"));

    m_reliability = table({tr("Model"), tr("k-of-k"), tr("Pass rate"), tr("95% interval"), tr("All k passed (pass^k)"),
                           tr("Mean cost"), tr("Mean time")},
                          QStringLiteral("statsReliability"), this);
    m_passChart = new QChartView(this);
    tabs->addTab(page(m_reliability, m_passChart, tabs), tr("Reliability"));
    m_costChart = new QChartView(this);
    tabs->addTab(m_costChart, tr("Cost and time"));
    layout->addWidget(tabs, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    for (QComboBox* box : {m_pack, m_template})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_loadingFilters)
                refresh();
        });
    for (auto [use, edit] : {std::pair{m_useFrom, m_from}, std::pair{m_useTo, m_to}}) {
        connect(use, &QCheckBox::toggled, this, [this] {
            if (!m_loadingFilters)
                refresh();
        });
        connect(edit, &QDateEdit::dateChanged, this, [this, use = use] {
            if (use->isChecked() && !m_loadingFilters)
                refresh();
        });
    }
    refresh();
}

Core::EvaluationFilter StatsDialog::currentFilter() const
{
    Core::EvaluationFilter f;
    f.packTitle = m_pack->currentData().toString();
    f.templateName = m_template->currentData().toString();
    f.setDays(m_useFrom->isChecked() ? m_from->date() : QDate(), m_useTo->isChecked() ? m_to->date() : QDate());
    return f;
}

void StatsDialog::setFilter(const Core::EvaluationFilter& filter)
{
    m_loadingFilters = true;
    m_pack->setCurrentIndex(std::max(0, m_pack->findData(filter.packTitle)));
    m_template->setCurrentIndex(std::max(0, m_template->findData(filter.templateName)));
    m_useFrom->setChecked(filter.from.isValid());
    if (filter.from.isValid())
        m_from->setDate(filter.from.date());
    // The filter's end is exclusive; the control shows the last day included.
    m_useTo->setChecked(filter.to.isValid());
    if (filter.to.isValid())
        m_to->setDate(filter.to.addMSecs(-1).date());
    m_loadingFilters = false;
    refresh();
}

void StatsDialog::refresh()
{
    const Core::EvaluationFilter filter = currentFilter();
    auto loaded = Core::EvaluationQuery(m_store.database()).load(filter);
    if (!loaded) {
        m_error->setText(loaded.error().message);
        m_error->show();
        return;
    }
    m_error->hide();
    m_loadingFilters = true;
    for (auto [box, values, current] : {std::tuple{m_pack, loaded->packTitles, filter.packTitle},
                                        std::tuple{m_template, loaded->templateNames, filter.templateName}}) {
        box->clear();
        box->addItem(tr("All"), QString());
        for (const QString& v : values)
            box->addItem(v, v);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    }
    m_loadingFilters = false;

    const auto usd = [](double v) { return QStringLiteral("$%1").arg(v, 0, 'f', 4); };
    if (auto spending = Core::SpendingTotals::withAsks(m_store.database(), *loaded, filter))
        m_spending->setText(tr("Spent %1 in total: answers %2, Ask first %3.")
                                .arg(usd(spending->totalUsd()), usd(spending->callsUsd), usd(spending->asksUsd)));
    else
        m_spending->setText(spending.error().message);
    m_data.summary = Core::EvaluationSummary::build(*loaded);
    m_data.ranking = {};
    m_panel = Core::PanelInput::statsOf(*loaded, Core::PanelStats::Options{0, 0});
    // Each judge model held to the humans of the runs in view (never pooled with them).
    m_judges.clear();
    QList<qint64> runIds;
    for (const Core::VoteSample& v : loaded->votes)
        if (!runIds.contains(v.runId))
            runIds.append(v.runId);
    for (const QString& judge : m_panel.judge.names)
        if (auto agreement = Core::JudgeAgreementQuery::load(m_store.database(), judge, runIds))
            m_judges.append(agreement->summaryLine());
    fillTables();
    fillPanel();
    fillRanking();
    setChart(m_winChart, StatsChartKind::WinRates);
    setChart(m_passChart, StatsChartKind::PassRate);
    setChart(m_costChart, StatsChartKind::CostVsTime);
    Q_EMIT statsShown();

    // The bootstrap refits the ranking a thousand times: a worker thread, and stale results dropped.
    // It resamples rater-items (a rater's votes on one pair of answers, or one ranking, together).
    const int generation = ++m_generation;
    const QList<Core::RatedVote> votes = Core::PanelInput::votesOf(*loaded);
    if (m_data.summary.votes.isEmpty())
        return;
    auto* watcher = new QFutureWatcher<Core::BradleyTerry::Fit>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_data.ranking = watcher->result();
        fillRanking();
        setChart(m_rankChart, StatsChartKind::BradleyTerry);
        Q_EMIT rankingShown();
    });
    watcher->setFuture(
        QtConcurrent::run([votes] { return Core::RaterItemBootstrap::fit(votes, {}, 1000, 20260101); }));
}

void StatsDialog::fillTables()
{
    const Core::EvaluationSummary& s = m_data.summary;
    m_pairs->setRowCount(int(s.pairs.size()));
    for (int i = 0; i < s.pairs.size(); ++i) {
        const Core::PairStats& p = s.pairs[i];
        setRow(m_pairs, i,
               {p.first, p.second, QString::number(p.wins), QString::number(p.losses),
                QString::number(p.ties - p.bothBad), QString::number(p.bothBad),
                p.fromRankings > 0 ? tr("%1 (%2 from rankings)").arg(p.votes).arg(p.fromRankings)
                                   : QString::number(p.votes),
                percent(p.rate.rate), interval(p.rate.ci)});
    }
    const Core::PositionBias& b = s.bias;
    const int decisive = b.leftWins + b.rightWins;
    m_bias->setText(decisive == 0
                        ? tr("Position bias: no decisive votes yet.")
                        : tr("Position bias: the left answer won %1 of %2 decisive votes (%3, 95% interval %4). "
                             "An interval that excludes 50% means the layout sways the judge.")
                              .arg(b.leftWins)
                              .arg(decisive)
                              .arg(percent(b.leftRate.rate), interval(b.leftRate.ci)));
    m_reliability->setRowCount(int(s.reliability.size()));
    for (int i = 0; i < s.reliability.size(); ++i) {
        const Core::ReliabilityStats& r = s.reliability[i];
        QString cost;
        QString time;
        for (const Core::ModelEconomics& e : s.economics) {
            if (e.model == r.model) {
                cost = e.costed > 0 ? QStringLiteral("$%1").arg(e.meanCostUsd, 0, 'f', 3) : QString();
                time = e.timed > 0 ? tr("%1 s").arg(QLocale().toString(e.meanSeconds, 'f', 1)) : QString();
            }
        }
        setRow(m_reliability, i,
               {r.model, ReliabilityText::label(r), r.judged() > 0 ? percent(r.passRate.rate) : tr("not judged"),
                r.judged() > 0 ? interval(r.passRate.ci) : QString(),
                ReliabilityText::passAtK(r, QStringLiteral("\n")), cost, time});
    }
}

void StatsDialog::fillRanking()
{
    const auto& entries = m_data.ranking.entries;
    m_ranking->setRowCount(int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        const Core::BradleyTerry::Entry& e = entries[i];
        setRow(m_ranking, i,
               {QString::number(e.rank), e.model, QString::number(e.strength, 'f', 3),
                QStringLiteral("%1–%2").arg(e.ci.low, 0, 'f', 3).arg(e.ci.high, 0, 'f', 3),
                QString::number(e.comparisons)});
    }
    const int models = int(m_data.summary.models().size());
    m_rankingNote->setText(m_data.summary.votes.isEmpty() ? tr("No votes yet.")
                           : entries.isEmpty()            ? tr("Computing the ranking (1000 bootstrap refits)…")
                           : models <= 2 ? tr("With two models the ranking says what the win rate says.")
                                         : tr("Strengths sum to 1; intervals from 1000 bootstrap refits, each "
                                              "resampling whole rater-items (a rater's votes on one pair of "
                                              "answers, or one ranking)."));
}

void StatsDialog::fillPanel()
{
    const Core::PanelStats& p = m_panel;
    m_verdict->setText(Core::PanelVerdict::of(p, Core::ReportLanguage::application()));
    int rows = 0;
    for (const Core::PanelStats::Rater& r : p.raters)
        rows += int(r.pairs.size());
    m_raters->setRowCount(rows);
    int row = 0;
    for (const Core::PanelStats::Rater& r : p.raters) {
        const int decisive = r.bias.leftWins + r.bias.rightWins;
        const QString bias = decisive == 0 ? tr("—")
                                           : tr("%1 of %2, %3 (%4)")
                                                 .arg(r.bias.leftWins)
                                                 .arg(decisive)
                                                 .arg(percent(r.bias.leftRate.rate), interval(r.bias.leftRate.ci));
        const QString votes = r.rankings > 0 ? tr("%1 (%2 rankings)").arg(r.votes).arg(r.rankings)
                                             : QString::number(r.votes);
        // The person at the keyboard is "You" in Core's data; named here in the interface language.
        const QString name = r.id == 0 ? tr("You") : r.name;
        for (const Core::PairStats& pair : r.pairs)
            setRow(m_raters, row++,
                   {name, votes, bias, pair.first, pair.second, QString::number(pair.votes), percent(pair.rate.rate),
                    interval(pair.rate.ci)});
    }
    QString agreement = Core::PanelVerdict::agreementLine(p, Core::ReportLanguage::application()) + QLatin1Char('.');
    if (p.judge.votes > 0)
        agreement += tr(" %1 votes of judge models (%2) are kept apart from every figure here.")
                         .arg(p.judge.votes)
                         .arg(p.judge.names.join(QStringLiteral(", ")));
    for (const QString& judge : std::as_const(m_judges))
        agreement += QLatin1Char('\n') + judge.at(0).toUpper() + judge.mid(1) + QLatin1Char('.');
    m_agreement->setText(agreement);
}

void StatsDialog::setChart(QChartView* view, StatsChartKind kind)
{
    QChart* old = view->chart();
    view->setChart(StatsCharts::build(kind, m_data));
    view->setRenderHint(QPainter::Antialiasing);
    delete old;
}

} // namespace Cb::Ui
