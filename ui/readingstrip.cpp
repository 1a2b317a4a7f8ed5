#include "ui/readingstrip.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace Cb::Ui {

namespace {
constexpr int kStripWidth = 30;
}

ReadingStrip::ReadingStrip(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("readingStrip"));
    setFixedWidth(kStripWidth);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::TabFocus);
    setAttribute(Qt::WA_Hover);
    setToolTip(tr("Show the pack and the prompt again"));
    setAccessibleName(tr("Show pack and prompt"));
}

QSize ReadingStrip::sizeHint() const { return {kStripWidth, 200}; }

void ReadingStrip::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const QPalette& pal = palette();
    p.fillRect(rect(), m_hovered || hasFocus() ? pal.color(QPalette::Midlight) : pal.color(QPalette::Button));
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(rect().topRight(), rect().bottomRight());
    // The caption reads bottom to top, as spines of books and collapsed side panels do.
    p.setPen(pal.color(QPalette::ButtonText));
    p.translate(0, height());
    p.rotate(-90);
    const QRect band(12, 0, height() - 24, width());
    p.drawText(band, Qt::AlignLeft | Qt::AlignVCenter, tr("▸  Pack and prompt"));
}

void ReadingStrip::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT restoreRequested();
}

void ReadingStrip::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        Q_EMIT restoreRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ReadingStrip::enterEvent(QEnterEvent*)
{
    m_hovered = true;
    update();
}

void ReadingStrip::leaveEvent(QEvent*)
{
    m_hovered = false;
    update();
}

} // namespace Cb::Ui
