#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace Cb::Core {
class HistoryStore;
}

namespace Cb::Ui {

class RunListModel;

// View > History: every recorded run, newest first, with a search box (pack, template, model,
// output text) and model and date filters. "Open" hands the run to the comparison area,
// "Run Again" re-sends it with the same prompt, models and parameters; both are signals the
// window acts on. Not owning the store (which may be null until the database opens); GUI thread.
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HistoryDialog(QWidget* parent = nullptr);

    void setStore(Core::HistoryStore* store);
    // Re-reads the runs with the current filters.
    void refresh();

    RunListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchBox() const { return m_search; }
    QComboBox* modelFilter() const { return m_modelFilter; }
    QComboBox* dateFilter() const { return m_dateFilter; }
    qint64 selectedRunId() const;

Q_SIGNALS:
    void openRequested(qint64 runId);
    void runAgainRequested(qint64 runId);

private:
    void updateButtons();
    void rebuildModelFilter();

    Core::HistoryStore* m_store = nullptr;
    RunListModel* m_model;
    QTableView* m_table;
    QLineEdit* m_search;
    QComboBox* m_modelFilter;
    QComboBox* m_dateFilter;
    QLabel* m_status;
    QPushButton* m_open;
    QPushButton* m_runAgain;
    QTimer* m_debounce;
};

} // namespace Cb::Ui
