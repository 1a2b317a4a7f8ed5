#pragma once

#include "core/eval/panelstats.h"
#include "core/history/evaluationdata.h"
#include "ui/stats/statscharts.h"

#include <QDialog>

class QCheckBox;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace Cb::Core {
class HistoryStore;
}

namespace Cb::Ui {

// Statistics across runs, from the history: per model pair the win rate with its 95 % Wilson
// interval and n, left/right position bias, a Bradley–Terry ranking with bootstrap intervals
// (computed on a worker thread) when more than two models have votes, k-of-k reliability and
// pass rate per model, and mean cost against time — as tables and as the same charts the
// exported report embeds. The Panel tab shows who voted (per-rater win rates and position bias),
// how much the raters agreed and the verdict (PanelStats; judge-model votes are kept apart), and
// the ranking's intervals resample whole rater-items (RaterItemBootstrap). Filters by pack, template and date. Reads through the store it is
// given (not owned). statsShown() follows each refresh, rankingShown() the bootstrap. GUI thread.
class StatsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StatsDialog(Core::HistoryStore& store, QWidget* parent = nullptr);

    void setFilter(const Core::EvaluationFilter& filter);
    void refresh();
    const StatsChartData& data() const { return m_data; }

    QTableWidget* pairTable() const { return m_pairs; }
    QTableWidget* reliabilityTable() const { return m_reliability; }
    QTableWidget* rankingTable() const { return m_ranking; }
    QTableWidget* raterTable() const { return m_raters; }
    QLabel* verdictLabel() const { return m_verdict; }
    QLabel* agreementLabel() const { return m_agreement; }
    QLabel* spendingLabel() const { return m_spending; } // answers and Ask first, in view
    const Core::PanelStats& panel() const { return m_panel; }
    QLabel* biasLabel() const { return m_bias; }
    QComboBox* packBox() const { return m_pack; }
    QCheckBox* fromCheck() const { return m_useFrom; }
    QDateEdit* fromEdit() const { return m_from; }
    QCheckBox* toCheck() const { return m_useTo; }
    QDateEdit* toEdit() const { return m_to; }

Q_SIGNALS:
    void statsShown();
    void rankingShown();

private:
    Core::EvaluationFilter currentFilter() const;
    void fillTables();
    void fillRanking();
    void fillPanel();
    void setChart(QChartView* view, StatsChartKind kind);

    Core::HistoryStore& m_store;
    StatsChartData m_data;
    QStringList m_judges; // each judge model's agreement with the humans, as a line
    Core::PanelStats m_panel; // without bootstrap; the ranking's intervals come from the worker
    int m_generation = 0;
    bool m_loadingFilters = false;
    QComboBox* m_pack;
    QComboBox* m_template;
    QCheckBox* m_useFrom;
    QDateEdit* m_from;
    QCheckBox* m_useTo;
    QDateEdit* m_to;
    QLabel* m_bias;
    QLabel* m_error;
    QLabel* m_spending;
    QTableWidget* m_pairs;
    QTableWidget* m_reliability;
    QTableWidget* m_ranking;
    QLabel* m_rankingNote;
    QTableWidget* m_raters;
    QLabel* m_verdict;
    QLabel* m_agreement;
    QChartView* m_winChart;
    QChartView* m_rankChart;
    QChartView* m_passChart;
    QChartView* m_costChart;
};

} // namespace Cb::Ui
