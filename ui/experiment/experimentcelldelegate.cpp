#include "ui/experiment/experimentcelldelegate.h"

#include "ui/experiment/experimentmatrixmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPen>
#include <QStyle>

namespace Cb::Ui {

using Core::ExperimentCellState;

namespace {
constexpr int kMark = 10;
constexpr int kGap = 3;
} // namespace

QColor ExperimentCellDelegate::colour(ExperimentCellState state)
{
    switch (state) {
    case ExperimentCellState::Queued:
        return QColor(0xb0, 0xb0, 0xb0);
    case ExperimentCellState::InBatch:
        return QColor(0x3b, 0x82, 0xf6);
    case ExperimentCellState::Running:
        return QColor(0xf5, 0x9e, 0x0b);
    case ExperimentCellState::Done:
        return QColor(0x16, 0xa3, 0x4a);
    case ExperimentCellState::Failed:
        return QColor(0xdc, 0x26, 0x26);
    case ExperimentCellState::Refused:
        return QColor(0x93, 0x33, 0xea);
    case ExperimentCellState::Expired:
        return QColor(0x92, 0x40, 0x0e);
    case ExperimentCellState::Cancelled:
        return QColor(0x4b, 0x55, 0x63);
    }
    return Qt::black;
}

void ExperimentCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString cost = opt.text;
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // background, selection

    const QByteArray states = index.data(ExperimentMatrixModel::StatesRole).toByteArray();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect.adjusted(4, 0, -4, 0);
    int x = r.left();
    const int y = r.center().y() - kMark / 2;
    const QByteArray checks = index.data(ExperimentMatrixModel::ChecksRole).toByteArray();
    for (int i = 0; i < states.size(); ++i) {
        const QRect mark(x, y, kMark, kMark);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour(ExperimentCellState(quint8(states[i]))));
        painter->drawRoundedRect(mark, 2, 2);
        // A judged answer carries its check on its mark: a tick for pass, a cross for fail.
        const char check = i < checks.size() ? checks.at(i) : ' ';
        if (check == 'p' || check == 'f') {
            painter->setPen(QPen(Qt::white, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter->setBrush(Qt::NoBrush);
            const QRectF in = QRectF(mark).adjusted(2.2, 2.2, -2.2, -2.2);
            if (check == 'p')
                painter->drawPolyline(QPolygonF{QPointF(in.left(), in.center().y()),
                                                QPointF(in.left() + in.width() * 0.4, in.bottom()),
                                                QPointF(in.right(), in.top())});
            else {
                painter->drawLine(in.topLeft(), in.bottomRight());
                painter->drawLine(in.topRight(), in.bottomLeft());
            }
        }
        x += kMark + kGap;
    }
    if (!cost.isEmpty()) {
        painter->setPen(opt.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                               : QPalette::Text));
        painter->drawText(QRect(x + 2, r.top(), r.right() - x - 2, r.height()), Qt::AlignVCenter | Qt::AlignRight,
                          cost);
    }
    painter->restore();
}

QSize ExperimentCellDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const int repeats = int(index.data(ExperimentMatrixModel::StatesRole).toByteArray().size());
    const int text = option.fontMetrics.horizontalAdvance(QStringLiteral("$0.0000"));
    return {8 + repeats * (kMark + kGap) + text + 6, qMax(kMark + 8, option.fontMetrics.height() + 6)};
}

} // namespace Cb::Ui
