#include "ui/history/runlistmodel.h"

#include <QLocale>

namespace Cb::Ui {

RunListModel::RunListModel(QObject* parent) : QAbstractTableModel(parent) {}

void RunListModel::setRuns(QList<Core::RunSummary> runs)
{
    beginResetModel();
    m_runs = std::move(runs);
    endResetModel();
}

int RunListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_runs.size()); }

int RunListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RunListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::RunSummary& run = m_runs[index.row()];
    if (role == RunIdRole)
        return run.id;
    if (role == Qt::TextAlignmentRole && (index.column() == Calls || index.column() == Cost))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Models)
        return run.models.join(QLatin1Char('\n'));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Date:
        return QLocale().toString(run.createdAt.toLocalTime(), QLocale::ShortFormat);
    case Pack:
        return run.packTitle.isEmpty() ? tr("(untitled)") : run.packTitle;
    case Template:
        return run.templateName;
    case Models:
        return run.models.join(QStringLiteral(", "));
    case Calls:
    {
        QString text = tr("%1/%2").arg(run.done).arg(run.calls);
        if (run.refused > 0)
            text += tr(", %1 refused").arg(run.refused);
        if (run.failed > 0)
            text += tr(", %1 failed").arg(run.failed);
        return text;
    }
    case Cost:
        return QString(QStringLiteral("$") + QString::number(run.costUsd, 'f', run.costUsd < 1 ? 4 : 2));
    default:
        return {};
    }
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date: return tr("Date");
    case Pack: return tr("Pack");
    case Template: return tr("Template");
    case Models: return tr("Models");
    case Calls: return tr("Calls done");
    case Cost: return tr("Cost");
    default: return {};
    }
}

} // namespace Cb::Ui
