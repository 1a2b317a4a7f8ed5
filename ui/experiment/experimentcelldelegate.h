#pragma once

#include "core/experiment/experimentcellstate.h"

#include <QStyledItemDelegate>

namespace Cb::Ui {

// Paints a matrix cell: one small coloured mark per repeat (queued, in batch, running, done,
// failed, refused, expired, cancelled) and the cell's cost. No widgets per cell.
class ExperimentCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QColor colour(Core::ExperimentCellState state);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace Cb::Ui
