#pragma once

#include "ui/stats/statscharts.h"

#include <QWidget>

class QChartView;
class QLabel;
class QStackedWidget;
class QTableWidget;

namespace Cb::Core {
struct EvaluationData;
}

namespace Cb::Ui {

// An experiment's results across its cases: per model the pass rate of judged answers with its
// Wilson interval, k-of-k (share of cases whose k repeats all passed, per k), calls, mean tokens
// (input, output, reasoning), cost and time; per pair of models the blind-vote win rate pooled over cases with its interval.
// Human votes only (judge models are kept apart, as everywhere). Below the tables, the charts
// the experiment export draws (StatsCharts, the Stats dialog's builders): win rates with Wilson
// intervals, the Bradley–Terry ranking (bootstrapped on a worker), pass rate / k-of-k, and cost
// against time. GUI thread.
class ExperimentResultsView : public QWidget
{
    Q_OBJECT
public:
    explicit ExperimentResultsView(QWidget* parent = nullptr);

    void showData(const Core::EvaluationData& data);
    void showMessage(const QString& message);
    QTableWidget* modelTable() const { return m_models; }
    QTableWidget* pairTable() const { return m_pairs; }
    QChartView* chart(StatsChartKind kind) const;
    // Shown instead of the ranking chart while fewer than three models have votes.
    QLabel* rankingNote() const { return m_rankingNote; }

Q_SIGNALS:
    void rankingShown(); // the bootstrap finished and its chart is drawn

private:
    void setChart(StatsChartKind kind);
    void rank();

    QLabel* m_note;
    QTableWidget* m_models;
    QTableWidget* m_pairs;
    QList<QChartView*> m_charts; // by StatsChartKind
    QStackedWidget* m_rankingStack = nullptr; // the ranking chart or m_rankingNote
    QLabel* m_rankingNote = nullptr;
    StatsChartData m_data;
    int m_rankedVotes = -1; // votes the ranking was last fitted on; refits only when they change
    int m_generation = 0;
};

} // namespace Cb::Ui
