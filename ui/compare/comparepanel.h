#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace Cb::Ui {

// The right pane: the models' answers side by side. Until a run starts it explains what to do.
class ComparePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ComparePanel(QWidget* parent = nullptr);

    void setSelectedModels(const QStringList& models);
    QLabel* emptyHint() const { return m_emptyHint; }

private:
    QLabel* m_models;
    QLabel* m_emptyHint;
    QStackedWidget* m_stack;
};

} // namespace Cb::Ui
