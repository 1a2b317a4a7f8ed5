#include "ui/compare/coveragedialog.h"

#include <QBrush>
#include <QColor>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Cb::Ui {

CoverageDialog::CoverageDialog(const Core::PackCoverage& coverage, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Pack coverage"));
    setObjectName(QStringLiteral("coverageDialog"));
    resize(820, 460);
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("coverageSummary"));
    m_summary->setWordWrap(true);
    const int unused = coverage.unusedCount();
    if (coverage.items.isEmpty())
        m_summary->setText(tr("This run's record lists no pack items."));
    else if (!coverage.hasData())
        m_summary->setText(tr("No answer read an item through the tools or cited one: use tools mode "
                              "or a template with \"Cite sources\" to see what each answer relied on."));
    else
        m_summary->setText(tr("%1 items sent · %2 read or cited by some answer · <b>%3 used by no answer</b>")
                               .arg(coverage.items.size())
                               .arg(coverage.items.size() - unused)
                               .arg(unused));
    layout->addWidget(m_summary);

    m_table = new QTableWidget(int(coverage.items.size()), 5, this);
    m_table->setObjectName(QStringLiteral("coverageTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Section"), tr("Item"), tr("Read by"), tr("Cited by"), tr("Citations verified")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    const QString dash = QStringLiteral("—");
    // Tinted, not red: an unused item is a fact to look at, not an error.
    const QBrush unusedBrush(QColor(0xff, 0xf1, 0xdb));
    for (int row = 0; row < coverage.items.size(); ++row) {
        const Core::PackCoverage::Item& item = coverage.items[row];
        const QStringList cells{
            item.section, item.title,
            item.readBy.isEmpty() ? dash : item.readBy.join(QStringLiteral(", ")),
            item.citedBy.isEmpty() ? dash : item.citedBy.join(QStringLiteral(", ")),
            item.citations == 0 ? dash : tr("%1 of %2").arg(item.verified).arg(item.citations)};
        for (int col = 0; col < cells.size(); ++col) {
            auto* cell = new QTableWidgetItem(cells[col]);
            if (!item.used()) {
                cell->setBackground(unusedBrush);
                cell->setToolTip(tr("No answer read or cited this item"));
            }
            if (col == 4)
                cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, col, cell);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace Cb::Ui
