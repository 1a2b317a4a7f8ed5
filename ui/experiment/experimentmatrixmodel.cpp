#include "ui/experiment/experimentmatrixmodel.h"

#include <QFileInfo>
#include <QHash>

namespace Cb::Ui {

using Core::ExperimentCellState;

ExperimentMatrixModel::ExperimentMatrixModel(QObject* parent) : QAbstractTableModel(parent) {}

void ExperimentMatrixModel::clear()
{
    beginResetModel();
    m_experimentId = 0;
    m_columns = 0;
    m_rowLabels.clear();
    m_columnLabels.clear();
    m_runIds.clear();
    m_cells.clear();
    m_totals = {};
    endResetModel();
}

void ExperimentMatrixModel::setSnapshot(const Core::ExperimentRecord& record, const QList<Core::RunRecord>& runs)
{
    const int rows = int(record.cases.size());
    const int columns = int(record.plan.models.size());
    const int repeats = qMax(1, record.plan.repeats);
    QHash<QString, int> columnOf;
    QStringList columnLabels;
    for (int c = 0; c < columns; ++c) {
        columnOf.insert(record.plan.models[c].key(), c);
        columnLabels << record.plan.models[c].key();
    }
    QHash<qint64, const Core::RunRecord*> runById;
    for (const Core::RunRecord& run : runs)
        runById.insert(run.id, &run);

    QVector<Cell> cells(rows * columns);
    for (Cell& cell : cells) {
        cell.states = QByteArray(repeats, char(ExperimentCellState::Queued));
        cell.checks = QByteArray(repeats, ' ');
    }
    QVector<qint64> runIds(rows, 0);
    Totals totals;
    totals.calls = rows * columns * repeats;
    for (int r = 0; r < rows; ++r) {
        runIds[r] = record.cases[r].runId;
        const Core::RunRecord* run = runById.value(record.cases[r].runId);
        if (!run)
            continue;
        for (const Core::CallRecord& call : run->calls) {
            const int c = columnOf.value(call.modelKey(), -1);
            if (c < 0 || call.repeatIndex < 0 || call.repeatIndex >= repeats)
                continue;
            Cell& cell = cells[r * columns + c];
            cell.states[call.repeatIndex] = char(Core::ExperimentCellStates::of(call));
            if (call.judgement == QLatin1String("pass") || call.judgement == QLatin1String("fail"))
                cell.checks[call.repeatIndex] = call.judgement.at(0).toLatin1();
            if (call.costUsd) {
                cell.cost += *call.costUsd;
                cell.costKnown = true;
                totals.cost += *call.costUsd;
            }
        }
    }
    for (const Cell& cell : cells)
        for (char s : cell.states) {
            ++totals.byState[int(quint8(s))];
            totals.finished += Core::ExperimentCellStates::isFinal(ExperimentCellState(quint8(s))) ? 1 : 0;
        }
    QStringList rowLabels;
    for (const Core::ExperimentCase& c : record.cases)
        rowLabels << QFileInfo(c.packPath).completeBaseName() + (c.goal.isEmpty() ? QString() : QStringLiteral(" — ") + c.goal);

    const bool sameShape = record.id == m_experimentId && columns == m_columns && rows == m_runIds.size() &&
                           repeats == m_repeats && columnLabels == m_columnLabels;
    m_totals = totals;
    if (!sameShape) {
        beginResetModel();
        m_experimentId = record.id;
        m_columns = columns;
        m_repeats = repeats;
        m_rowLabels = rowLabels;
        m_columnLabels = columnLabels;
        m_runIds = runIds;
        m_cells = std::move(cells);
        endResetModel();
        return;
    }
    m_runIds = runIds;
    m_rowLabels = rowLabels;
    // Only rows whose cells changed are announced, in contiguous spans.
    int spanStart = -1;
    for (int r = 0; r <= rows; ++r) {
        bool changed = false;
        if (r < rows)
            for (int c = 0; c < columns && !changed; ++c)
                changed = !(m_cells[r * columns + c] == cells[r * columns + c]);
        if (changed && spanStart < 0)
            spanStart = r;
        if (!changed && spanStart >= 0) {
            for (int i = spanStart * columns; i < r * columns; ++i)
                m_cells[i] = cells[i];
            Q_EMIT dataChanged(index(spanStart, 0), index(r - 1, columns - 1));
            spanStart = -1;
        }
    }
}

int ExperimentMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_runIds.size());
}

int ExperimentMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QString ExperimentMatrixModel::stateLabel(ExperimentCellState state)
{
    switch (state) {
    case ExperimentCellState::Queued:
        return tr("queued");
    case ExperimentCellState::InBatch:
        return tr("in batch");
    case ExperimentCellState::Running:
        return tr("running");
    case ExperimentCellState::Done:
        return tr("done");
    case ExperimentCellState::Failed:
        return tr("failed");
    case ExperimentCellState::Refused:
        return tr("refused");
    case ExperimentCellState::Expired:
        return tr("expired");
    case ExperimentCellState::Cancelled:
        return tr("cancelled");
    }
    return QString();
}

QVariant ExperimentMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= m_columns)
        return {};
    const Cell& c = cell(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return c.costKnown ? QStringLiteral("$%1").arg(c.cost, 0, 'f', c.cost < 1 ? 4 : 2) : QString();
    case StatesRole:
        return c.states;
    case CostRole:
        return c.costKnown ? c.cost : -1.0;
    case RunIdRole:
        return m_runIds.value(index.row());
    case ChecksRole:
        return c.checks;
    case Qt::ToolTipRole: {
        QStringList parts;
        for (int i = 0; i < c.states.size(); ++i) {
            const char check = i < c.checks.size() ? c.checks.at(i) : ' ';
            parts << tr("#%1 %2").arg(i + 1).arg(stateLabel(ExperimentCellState(quint8(c.states[i])))) +
                         (check == 'p'   ? tr(", check passed")
                          : check == 'f' ? tr(", check failed")
                                         : QString());
        }
        return QStringLiteral("%1 × %2\n%3").arg(m_rowLabels.value(index.row()), m_columnLabels.value(index.column()),
                                                 parts.join(QStringLiteral(", ")));
    }
    default:
        return {};
    }
}

QVariant ExperimentMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Horizontal)
        return m_columnLabels.value(section);
    // Long goals would widen the header past the matrix: shown elided, whole in the tooltip.
    QString label = m_rowLabels.value(section);
    if (role == Qt::DisplayRole && label.size() > 48)
        label = label.left(47) + QChar(0x2026);
    return role == Qt::DisplayRole ? QStringLiteral("%1. %2").arg(section + 1).arg(label) : label;
}

} // namespace Cb::Ui
