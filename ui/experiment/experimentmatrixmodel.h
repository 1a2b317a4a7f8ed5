#pragma once

#include "core/experiment/experimentcellstate.h"
#include "core/experiment/experimentrecord.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QVector>

namespace Cb::Ui {

// The experiment matrix: one row per case, one column per planned model; each cell holds the
// states of its k repeats and what they cost so far. Refreshing with a new snapshot compares
// cell by cell and signals only the rows that changed, so a 200 × 6 × 4 matrix refreshes in
// well under a frame (bench/experiment measures it). GUI thread.
class ExperimentMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        StatesRole = Qt::UserRole + 1, // QByteArray, one Core::ExperimentCellState per repeat
        CostRole,                      // double, -1 when no cost is known yet
        RunIdRole,                     // qint64, the case's run (0 before it is recorded)
        ChecksRole,                    // QByteArray, per repeat: 'p' passed its check, 'f' failed, ' ' not judged
    };

    struct Cell
    {
        QByteArray states;
        QByteArray checks; // per repeat: 'p', 'f' or ' ' (see ChecksRole)
        double cost = 0;
        bool costKnown = false;
        bool operator==(const Cell& other) const = default;
    };

    struct Totals
    {
        int calls = 0;
        int finished = 0;
        QVector<int> byState = QVector<int>(8, 0); // indexed by ExperimentCellState
        double cost = 0;
    };

    explicit ExperimentMatrixModel(QObject* parent = nullptr);

    // Rows follow record.cases, columns record.plan.models; `runs` are the cases' runs (any order).
    void setSnapshot(const Core::ExperimentRecord& record, const QList<Core::RunRecord>& runs);
    void clear();

    qint64 experimentId() const { return m_experimentId; }
    qint64 runIdAt(int row) const { return m_runIds.value(row); }
    const Cell& cell(int row, int column) const { return m_cells[row * m_columns + column]; }
    const Totals& totals() const { return m_totals; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateLabel(Core::ExperimentCellState state);

private:
    qint64 m_experimentId = 0;
    int m_columns = 0;
    int m_repeats = 1;
    QStringList m_rowLabels;
    QStringList m_columnLabels;
    QVector<qint64> m_runIds;
    QVector<Cell> m_cells;
    Totals m_totals;
};

} // namespace Cb::Ui
