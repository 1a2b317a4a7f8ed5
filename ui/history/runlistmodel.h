#pragma once

#include "core/history/runrecord.h"

#include <QAbstractTableModel>

namespace Cb::Ui {

// The History view's rows: one recorded run each (date, pack, template, models, calls done /
// failed, cost). A view-only model over a list the dialog refreshes; GUI thread.
class RunListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Pack, Template, Models, Calls, Cost, ColumnCount };
    static constexpr int RunIdRole = Qt::UserRole + 1;

    explicit RunListModel(QObject* parent = nullptr);

    void setRuns(QList<Core::RunSummary> runs);
    const QList<Core::RunSummary>& runs() const { return m_runs; }
    qint64 runId(int row) const { return row >= 0 && row < m_runs.size() ? m_runs[row].id : 0; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Core::RunSummary> m_runs;
};

} // namespace Cb::Ui
