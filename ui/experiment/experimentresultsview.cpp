#include "ui/experiment/experimentresultsview.h"

#include "core/compare/evaluationsummary.h"
#include "ui/stats/reliabilitytext.h"

#include <QChartView>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace Cb::Ui {

namespace {

// "12,034": rounded, grouped in the user's locale.
QString count(double v) { return QLocale().toString(qint64(std::llround(v))); }

// Same resamples and seed as the exported report (ReportCharts), so window and export agree.
constexpr int kResamples = 1000;
constexpr quint64 kSeed = 20260101;

QString percent(double v) { return QString::number(std::lround(v * 100.0)) + QLatin1Char('%'); }

QString rateText(const Core::WinRate& r)
{
    return r.defined() ? QStringLiteral("%1 (%2–%3)").arg(percent(r.rate), percent(r.ci.low), percent(r.ci.high))
                       : ExperimentResultsView::tr("not judged");
}

QTableWidget* table(const QStringList& headers, const QString& name, QWidget* parent)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget* t, int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells[c]));
}

// Tall enough for its rows (at most `maxRows`, then it scrolls), so a table of three models
// does not shrink to one visible row when the charts below take the height.
void fitRows(QTableWidget* t, int maxRows)
{
    int height = t->horizontalHeader()->sizeHint().height() + 2 * t->frameWidth() +
                 t->horizontalScrollBar()->sizeHint().height();
    for (int r = 0; r < std::clamp(int(t->rowCount()), 1, maxRows); ++r)
        height += r < t->rowCount() ? t->rowHeight(r) : t->verticalHeader()->defaultSectionSize();
    t->setMinimumHeight(height);
}

} // namespace

ExperimentResultsView::ExperimentResultsView(QWidget* parent)
    : QWidget(parent),
      m_note(new QLabel(this)),
      m_models(table({tr("Model"), tr("Pass rate (95% CI)"), tr("k-of-k"), tr("Answers"),
                      tr("Tokens"), tr("Mean cost"), tr("Mean time")},
                     QStringLiteral("experimentModelResults"), this)),
      m_pairs(table({tr("Model A"), tr("Model B"), tr("Votes"), tr("A's win rate (95% CI)"), tr("Left side won")},
                    QStringLiteral("experimentPairResults"), this))
{
    m_note->setWordWrap(true);
    m_models->horizontalHeaderItem(4)->setToolTip(
        tr("Mean tokens per answer as billed: input / output (of which reasoning)"));
    auto* tables = new QWidget(this);
    auto* tablesLayout = new QVBoxLayout(tables);
    tablesLayout->setContentsMargins(0, 0, 0, 0);
    tablesLayout->addWidget(m_note);
    tablesLayout->addWidget(new QLabel(tr("<b>Per model</b> — pass rate over answers judged pass/fail; k-of-k: "
                                          "cases whose k repeats all passed"),
                                       tables));
    tablesLayout->addWidget(m_models, 3);
    tablesLayout->addWidget(new QLabel(tr("<b>Per pair</b> — blind votes pooled over every case; a tie or "
                                          "both-bad vote counts as half a win"),
                                       tables));
    tablesLayout->addWidget(m_pairs, 1);

    // The charts scroll rather than squeeze: below ~260 px a chart elides its axis labels.
    auto* charts = new QWidget(this);
    auto* grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    auto* chartsArea = new QScrollArea(this);
    chartsArea->setWidgetResizable(true);
    chartsArea->setFrameShape(QFrame::NoFrame);
    const QStringList names{QStringLiteral("experimentWinRateChart"), QStringLiteral("experimentRankingChart"),
                            QStringLiteral("experimentPassRateChart"), QStringLiteral("experimentCostChart")};
    for (int i = 0; i < names.size(); ++i) {
        auto* view = new QChartView(charts);
        view->setObjectName(names[i]);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(320, 270);
        m_charts << view;
        if (StatsChartKind(i) != StatsChartKind::BradleyTerry) {
            grid->addWidget(view, i / 2, i % 2);
            continue;
        }
        // An empty ranking chart would look like a broken one: say why there is none instead.
        m_rankingStack = new QStackedWidget(charts);
        m_rankingNote = new QLabel(m_rankingStack);
        m_rankingNote->setObjectName(QStringLiteral("experimentRankingNote"));
        m_rankingNote->setWordWrap(true);
        m_rankingNote->setAlignment(Qt::AlignCenter);
        m_rankingNote->setMargin(24);
        m_rankingStack->addWidget(view);
        m_rankingStack->addWidget(m_rankingNote);
        grid->addWidget(m_rankingStack, i / 2, i % 2);
    }
    chartsArea->setWidget(charts);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(tables);
    splitter->addWidget(chartsArea);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

QChartView* ExperimentResultsView::chart(StatsChartKind kind) const { return m_charts.value(int(kind)); }

void ExperimentResultsView::setChart(StatsChartKind kind)
{
    QChartView* view = chart(kind);
    QChart* old = view->chart();
    view->setChart(StatsCharts::build(kind, m_data));
    delete old;
}

// The ranking needs three voted models; its bootstrap refits a thousand times, so on a worker,
// and only when the votes changed (the window refreshes while calls come in).
void ExperimentResultsView::rank()
{
    QSet<QString> voted;
    for (const Core::Vote& v : m_data.summary.votes)
        voted << v.modelA << v.modelB;
    if (voted.size() < 3) {
        m_rankedVotes = -1;
        ++m_generation;
        m_data.ranking = {};
        setChart(StatsChartKind::BradleyTerry);
        m_rankingNote->setText(tr("<b>Bradley–Terry ranking</b><br>A ranking needs blind votes on at least three "
                                  "models; %n model(s) of this experiment have votes so far. Until then, compare "
                                  "the models pair by pair by their win rates.",
                                  nullptr, int(voted.size())));
        m_rankingStack->setCurrentWidget(m_rankingNote);
        return;
    }
    m_rankingStack->setCurrentWidget(chart(StatsChartKind::BradleyTerry));
    if (m_rankedVotes == int(m_data.summary.votes.size()))
        return;
    m_rankedVotes = int(m_data.summary.votes.size());
    const int generation = ++m_generation;
    auto* watcher = new QFutureWatcher<Core::BradleyTerry::Fit>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_data.ranking = watcher->result();
        setChart(StatsChartKind::BradleyTerry);
        Q_EMIT rankingShown();
    });
    watcher->setFuture(QtConcurrent::run([votes = m_data.summary.votes] {
        return Core::BradleyTerry::fitWithBootstrap(votes, {}, kResamples, kSeed);
    }));
}

void ExperimentResultsView::showMessage(const QString& message)
{
    m_note->setText(message);
    m_models->setRowCount(0);
    m_pairs->setRowCount(0);
    m_data = {};
    m_rankedVotes = -1;
    ++m_generation;
    for (int kind = 0; kind < m_charts.size(); ++kind)
        setChart(StatsChartKind(kind));
    rank(); // no votes: the note instead of an empty ranking
}

void ExperimentResultsView::showData(const Core::EvaluationData& data)
{
    m_data.summary = Core::EvaluationSummary::build(data);
    const Core::EvaluationSummary& summary = m_data.summary;
    m_note->setText(tr("%n answer(s) and %1 human vote(s) across the experiment's cases.", nullptr,
                       int(data.calls.size()))
                        .arg(summary.votes.size()));
    m_models->setRowCount(int(summary.reliability.size()));
    for (int i = 0; i < summary.reliability.size(); ++i) {
        const Core::ReliabilityStats& r = summary.reliability[i];
        QString cost = tr("—");
        QString time = tr("—");
        QString tokens = tr("—");
        QString tokensTip;
        for (const Core::ModelEconomics& e : summary.economics) {
            if (e.model != r.model)
                continue;
            if (e.costed > 0)
                cost = QStringLiteral("$%1").arg(e.meanCostUsd, 0, 'f', 4);
            if (e.timed > 0)
                time = tr("%1 s").arg(e.meanSeconds, 0, 'f', 1);
            if (e.tokened > 0) {
                tokens = tr("%1 / %2 (%3)").arg(count(e.meanInputTokens), count(e.meanOutputTokens),
                                               count(e.meanReasoningTokens));
                tokensTip = tr("Means over %n answer(s) that reported usage: %1 input, %2 output tokens, of "
                               "which %3 reasoning. Totals: %4 input, %5 output.",
                               nullptr, e.tokened)
                                .arg(count(e.meanInputTokens), count(e.meanOutputTokens),
                                     count(e.meanReasoningTokens), count(e.meanInputTokens * e.tokened),
                                     count(e.meanOutputTokens * e.tokened));
            }
        }
        const QString kOfK = ReliabilityText::passAtK(r, QStringLiteral("; "));
        setRow(m_models, i,
               {r.model, rateText(r.passRate), kOfK.isEmpty() ? tr("not judged") : kOfK, ReliabilityText::label(r), tokens, cost,
                time});
        m_models->item(i, 4)->setToolTip(tokensTip);
    }
    m_pairs->setRowCount(int(summary.pairs.size()));
    for (int i = 0; i < summary.pairs.size(); ++i) {
        const Core::PairStats& p = summary.pairs[i];
        const int decisive = p.leftWins + p.rightWins;
        setRow(m_pairs, i,
               {p.first, p.second, QString::number(p.votes), rateText(p.rate),
                decisive == 0 ? tr("—") : tr("%1 of %2").arg(p.leftWins).arg(decisive)});
    }
    m_models->resizeColumnsToContents();
    m_pairs->resizeColumnsToContents();
    fitRows(m_models, 4);
    fitRows(m_pairs, 3);
    for (StatsChartKind kind : {StatsChartKind::WinRates, StatsChartKind::PassRate, StatsChartKind::CostVsTime})
        setChart(kind);
    rank();
}

} // namespace Cb::Ui
