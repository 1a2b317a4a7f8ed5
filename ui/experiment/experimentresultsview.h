#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace Cb::Core {
struct EvaluationData;
}

namespace Cb::Ui {

// An experiment's results across its cases: per model the pass rate of judged answers with its
// Wilson interval, k-of-k (share of cases whose k repeats all passed, per k), calls, mean tokens
// (input, output, reasoning), cost and time; per pair of models the blind-vote win rate pooled over cases with its interval.
// Human votes only (judge models are kept apart, as everywhere). GUI thread.
class ExperimentResultsView : public QWidget
{
    Q_OBJECT
public:
    explicit ExperimentResultsView(QWidget* parent = nullptr);

    void showData(const Core::EvaluationData& data);
    void showMessage(const QString& message);
    QTableWidget* modelTable() const { return m_models; }
    QTableWidget* pairTable() const { return m_pairs; }

private:
    QLabel* m_note;
    QTableWidget* m_models;
    QTableWidget* m_pairs;
};

} // namespace Cb::Ui
