#pragma once

#include <QWidget>

namespace Cb::Ui {

// The slim strip the pack and prompt collapse to in the reading layout: a vertical caption,
// and one click (or Enter/Space when focused) brings them back. GUI thread.
class ReadingStrip : public QWidget
{
    Q_OBJECT
public:
    explicit ReadingStrip(QWidget* parent = nullptr);

    QSize sizeHint() const override;

Q_SIGNALS:
    void restoreRequested();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void enterEvent(QEnterEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    bool m_hovered = false;
};

} // namespace Cb::Ui
