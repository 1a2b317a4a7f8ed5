#include "ui/compare/comparepanel.h"

#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Cb::Ui {

ComparePanel::ComparePanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_layout = layout;
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(new QLabel(tr("<b>Comparison</b> — answers side by side"), this));
    m_models = new QLabel(this);
    m_models->setObjectName(QStringLiteral("compareModels"));
    m_models->setWordWrap(true);
    layout->addWidget(m_models);

    m_stack = new QStackedWidget(this);
    m_emptyHint = new QLabel(tr("Answers appear here, one column per model and attempt.\n\n"
                                "Choose the models to compare, then press Send (Ctrl+Return).\n"
                                "Each answer streams into its own column; vote blind, then export the plan to PDF."),
                             m_stack);
    m_emptyHint->setObjectName(QStringLiteral("compareEmptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setStyleSheet(QStringLiteral("color: palette(mid); font-size: 11pt; padding: 12px;"));
    m_stack->addWidget(m_emptyHint);
    layout->addWidget(m_stack, 1);
}

void ComparePanel::addHeaderWidget(QWidget* widget)
{
    m_models->hide();
    m_layout->insertWidget(m_layout->indexOf(m_stack), widget);
}

void ComparePanel::setSelectedModels(const QStringList& models)
{
    m_models->setText(models.isEmpty() ? tr("No models selected.")
                                       : tr("Models: %1").arg(models.join(QStringLiteral(", "))));
}

} // namespace Cb::Ui
