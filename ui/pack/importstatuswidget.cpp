#include "ui/pack/importstatuswidget.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>

namespace Cb::Ui {

ImportStatusWidget::ImportStatusWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("importStatus"));
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setVerticalSpacing(2);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("%v of %m"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("importCurrent"));
    m_current->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_current->setTextFormat(Qt::PlainText);
    m_current->setMinimumWidth(50);
    m_current->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_details = new QToolButton(this);
    m_details->setObjectName(QStringLiteral("importDetailsToggle"));
    m_details->setCheckable(true);
    m_details->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_details->setAutoRaise(true);
    m_dismiss = new QToolButton(this);
    m_dismiss->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_dismiss->setToolTip(tr("Hide the import report"));
    m_dismiss->setAutoRaise(true);

    m_issues = new QTreeWidget(this);
    m_issues->setObjectName(QStringLiteral("importIssues"));
    m_issues->setHeaderLabels({tr("File"), tr("Why")});
    m_issues->setRootIsDecorated(false);
    m_issues->setUniformRowHeights(true);
    m_issues->setMaximumHeight(150);
    m_issues->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_issues->header()->resizeSection(0, 140);

    layout->addWidget(m_progress, 0, 0, 1, 2);
    layout->addWidget(m_cancel, 0, 2);
    layout->addWidget(m_current, 1, 0, 1, 3);
    layout->addWidget(m_summary, 2, 0);
    layout->addWidget(m_details, 2, 1);
    layout->addWidget(m_dismiss, 2, 2);
    layout->addWidget(m_issues, 3, 0, 1, 3);
    layout->setColumnStretch(0, 1);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_current->setText(tr("Cancelling…"));
        Q_EMIT cancelRequested();
    });
    connect(m_details, &QToolButton::toggled, this, &ImportStatusWidget::setDetailsVisible);
    connect(m_dismiss, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void ImportStatusWidget::setDetailsVisible(bool visible)
{
    m_issues->setVisible(visible);
    m_details->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    m_details->setText(visible ? tr("Hide details") : tr("Details"));
}

void ImportStatusWidget::started(const QString& description)
{
    m_running = true;
    m_skipped = m_failed = 0;
    m_issues->clear();
    m_progress->setFormat(tr("%v of %m"));
    m_progress->setRange(0, 0); // busy until the folders are scanned
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_current->show();
    m_current->setText(description);
    m_summary->hide();
    m_details->hide();
    m_dismiss->hide();
    m_issues->hide();
    show();
}

void ImportStatusWidget::setProgress(int done, int total, const QString& currentPath)
{
    if (total > 0) {
        m_progress->setFormat(tr("%v of %m"));
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    }
    if (m_cancel->isEnabled())
        m_current->setText(QDir::toNativeSeparators(currentPath));
}

void ImportStatusWidget::setPageProgress(int page, int pageCount, const QString& currentPath)
{
    if (pageCount <= 0)
        return;
    m_progress->setFormat(tr("page %v of %m"));
    m_progress->setRange(0, pageCount);
    m_progress->setValue(page);
    if (m_cancel->isEnabled())
        m_current->setText(tr("%1: page %2 of %3")
                               .arg(QFileInfo(currentPath).fileName())
                               .arg(page)
                               .arg(pageCount));
}

void ImportStatusWidget::setBusy(const QString& description)
{
    m_progress->setRange(0, 0);
    if (m_cancel->isEnabled())
        m_current->setText(description);
}

void ImportStatusWidget::addIssue(const QString& kind, const QString& path, const QString& reason)
{
    auto* row = new QTreeWidgetItem(
        m_issues, {QFileInfo(path).fileName(), kind + QStringLiteral(": ") + reason});
    row->setToolTip(0, QDir::toNativeSeparators(path));
    row->setToolTip(1, reason);
    row->setIcon(0, style()->standardIcon(kind == tr("Failed") ? QStyle::SP_MessageBoxCritical
                                                               : QStyle::SP_MessageBoxInformation));
}

void ImportStatusWidget::addSkipped(const QString& path, const QString& reason)
{
    ++m_skipped;
    addIssue(tr("Skipped"), path, reason);
}

void ImportStatusWidget::addFailed(const QString& path, const QString& reason)
{
    ++m_failed;
    addIssue(tr("Failed"), path, reason);
}

void ImportStatusWidget::finished(int imported, bool cancelled)
{
    m_running = false;
    m_progress->hide();
    m_cancel->hide();
    m_current->hide();
    QString text = cancelled ? tr("Import cancelled: %n file(s) added", nullptr, imported)
                             : tr("Imported %n file(s)", nullptr, imported);
    if (m_skipped > 0)
        text += QStringLiteral(" · ") + tr("%n skipped", nullptr, m_skipped);
    if (m_failed > 0)
        text += QStringLiteral(" · ⚠ ") + tr("%n failed", nullptr, m_failed);
    m_summary->setText(text);
    m_summary->show();
    m_dismiss->show();
    const bool issues = m_skipped + m_failed > 0;
    m_details->setVisible(issues);
    m_details->setChecked(issues && m_failed > 0); // failures open by themselves
    setDetailsVisible(m_details->isChecked());
    show();
}

} // namespace Cb::Ui
