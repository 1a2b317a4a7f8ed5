#pragma once

#include "core/compare/blindschedule.h"
#include "core/experiment/experimentrecord.h"
#include "core/history/runrecord.h"
#include "ui/experiment/experimentcontroller.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace Cb::Core {
class ModelCatalog;
}

namespace Cb::Ui {

class ExperimentMatrixModel;
class ExperimentResultsView;

// The Experiments window: the experiments on the left (name, mode, status, progress, cost so
// far); on the right the selected one's matrix (cases × models, each cell the k repeats' states
// and cost), its live and batch prices side by side with the actual cost, its batches, and the
// actions: Resume / Poll now, Cancel, open a case in the comparison, rate the next unjudged
// pair blind, and Rating kits…. Follows the controller's (throttled) change signals, so it
// stays live while batches and live calls run. GUI thread.
class ExperimentsWindow : public QWidget
{
    Q_OBJECT
public:
    ExperimentsWindow(ExperimentController* controller, const Core::ModelCatalog& catalog, QWidget* parent = nullptr);
    ~ExperimentsWindow() override;

    void refreshList();
    void select(qint64 experimentId);
    qint64 selectedId() const { return m_selected; }
    ExperimentMatrixModel* matrix() const { return m_model; }
    QTableView* matrixView() const { return m_view; }
    QTreeWidget* list() const { return m_list; }
    QTabWidget* tabs() const { return m_tabs; }
    ExperimentResultsView* results() const { return m_results; }
    QLabel* priceLabel() const { return m_price; }
    QLabel* batchesLabel() const { return m_batches; }
    QLabel* messageLabel() const { return m_message; }
    QProgressBar* recordingBar() const { return m_recordingBar; }
    // Opens the New Experiment dialog (also the toolbar button); Start hands the spec to the controller.
    void newExperiment();
    // The run of the case in `row`, to be shown in the comparison area.
    void openCase(int row);
    // The next blind pair across the experiment (ExperimentPairQueue); false when none is left.
    bool rateNextPair();

Q_SIGNALS:
    void openRunRequested(qint64 runId);
    // Show this pair of the run blind (the next of the experiment-wide queue).
    void ratePairRequested(qint64 runId, const Cb::Core::BlindPair& pair);
    // The main window opens Ui::RatingKitDialog for it.
    void ratingKitsRequested(qint64 experimentId);

private:
    void refreshSelected();
    // From the snapshot already taken when there is one.
    void refreshResults(const ExperimentController::Snapshot* known = nullptr);
    QList<Core::RunRecord> casesWithVotes(const Core::ExperimentRecord& experiment,
                                          const QList<Core::RunRecord>& runs) const;
    void onChanged(qint64 experimentId);
    void updateButtons();
    void say(const QString& message);

    ExperimentController* m_controller;
    const Core::ModelCatalog& m_catalog;
    qint64 m_selected = 0;
    quint64 m_rateSeed; // sides of the blind pairs, fixed for this window
    QTreeWidget* m_list;
    QTableView* m_view;
    ExperimentMatrixModel* m_model;
    QTabWidget* m_tabs;
    ExperimentResultsView* m_results;
    QLabel* m_title;
    QLabel* m_price;
    QLabel* m_batches;
    QLabel* m_message;
    QProgressBar* m_recordingBar;
    QPushButton* m_resume;
    QPushButton* m_cancel;
    QPushButton* m_open;
    QPushButton* m_rate;
    QPushButton* m_kits;
};

} // namespace Cb::Ui
