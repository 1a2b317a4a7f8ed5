#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;
class QVBoxLayout;

namespace Cb::Ui {

// The right pane: the models' answers side by side. Until a run starts it explains what to do.
class ComparePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ComparePanel(QWidget* parent = nullptr);

    void setSelectedModels(const QStringList& models);
    // Puts the run controls (model picker, budget) under the title; the plain model list hides.
    void addHeaderWidget(QWidget* widget);
    QLabel* emptyHint() const { return m_emptyHint; }

private:
    QVBoxLayout* m_layout;
    QLabel* m_models;
    QLabel* m_emptyHint;
    QStackedWidget* m_stack;
};

} // namespace Cb::Ui
