#include "ui/compare/columnarea.h"

#include "ui/compare/markdownstreamview.h"
#include "ui/compare/outputcolumn.h"

#include <QResizeEvent>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Cb::Ui {

ColumnArea::ColumnArea(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    m_rows = new QSplitter(Qt::Vertical, m_stack);
    m_rows->setObjectName(QStringLiteral("columnRows"));
    m_rows->setChildrenCollapsible(false);
    m_tabs = new QTabWidget(m_stack);
    m_tabs->setObjectName(QStringLiteral("columnTabs"));
    m_tabs->setDocumentMode(true);
    m_stack->addWidget(m_rows);
    m_stack->addWidget(m_tabs);
    layout->addWidget(m_stack);
    m_parking = new QWidget(this);
    m_parking->hide();
    // The columns' own minimum widths must not add up into the window's: narrower than a row
    // of them, relayout() moves columns to the next row instead.
    setMinimumWidth(OutputColumn::kMinimumWidth);
}

void ColumnArea::setColumns(const QList<OutputColumn*>& columns)
{
    qDeleteAll(m_columns);
    m_columns.clear();
    m_order.clear();
    for (OutputColumn* column : columns)
        adopt(column);
    m_laidOutPerRow = 0;
    relayout();
}

void ColumnArea::addColumn(OutputColumn* column)
{
    adopt(column);
    // A chosen order (blind pairs, a maximized column) does not include it: it waits, parked.
    if (!m_order.isEmpty())
        return;
    if (m_mode == Mode::Tabs) {
        m_tabs->addTab(column, column->title());
        return;
    }
    if (!appendToLastRow(column))
        relayout();
}

void ColumnArea::adopt(OutputColumn* column)
{
    m_columns.append(column);
    column->setParent(m_parking);
    QScrollBar* bar = column->view()->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, column](int value) { scrolled(column, value); });
}

// The new column joins the last row when the rows stay as they are (all columns in one row
// that still fits, or the same number per row with room left in the last one).
bool ColumnArea::appendToLastRow(OutputColumn* column)
{
    if (m_rows->count() == 0)
        return false;
    auto* last = static_cast<QSplitter*>(m_rows->widget(m_rows->count() - 1));
    const int perRow = columnsPerRow();
    const bool oneRow = m_rows->count() == 1 && perRow == int(m_columns.size());
    const bool sameRows = perRow == m_laidOutPerRow && last->count() < perRow;
    if (!oneRow && !sameRows)
        return false;
    m_laidOutPerRow = perRow;
    last->addWidget(column);
    column->show();
    last->setSizes(QList<int>(last->count(), 1000)); // equal widths, as relayout() starts them
    return true;
}

void ColumnArea::setShown(const QList<int>& order)
{
    m_order = order;
    m_laidOutPerRow = 0;
    relayout();
}

QList<OutputColumn*> ColumnArea::shownColumns() const
{
    if (m_order.isEmpty())
        return m_columns;
    QList<OutputColumn*> out;
    for (int i : m_order)
        if (i >= 0 && i < m_columns.size())
            out.append(m_columns[i]);
    return out;
}

void ColumnArea::setMode(Mode mode)
{
    m_mode = mode;
    m_laidOutPerRow = 0;
    relayout();
}

int ColumnArea::rowCount() const { return m_mode == Mode::Tabs ? 1 : int(m_rows->count()); }

int ColumnArea::columnsPerRow() const
{
    const int shown = std::max<int>(1, int(shownColumns().size()));
    const int fit = std::max(1, width() / kMinColumnWidth);
    if (fit >= shown)
        return shown;
    // Balance the rows: 8 columns that fit 3 wide become 3 rows of 3, 3, 2.
    const int rows = (shown + fit - 1) / fit;
    return (shown + rows - 1) / rows;
}

void ColumnArea::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (m_mode == Mode::Columns && columnsPerRow() != m_laidOutPerRow)
        relayout();
}

void ColumnArea::relayout()
{
    for (OutputColumn* column : m_columns)
        column->setParent(m_parking);
    while (m_tabs->count() > 0)
        m_tabs->removeTab(0);
    while (m_rows->count() > 0)
        delete m_rows->widget(0);

    const QList<OutputColumn*> shown = shownColumns();
    if (m_mode == Mode::Tabs) {
        for (OutputColumn* column : shown)
            m_tabs->addTab(column, column->title());
        m_stack->setCurrentWidget(m_tabs);
        return;
    }
    m_laidOutPerRow = columnsPerRow();
    QSplitter* row = nullptr;
    for (int i = 0; i < shown.size(); ++i) {
        if (i % m_laidOutPerRow == 0) {
            row = new QSplitter(Qt::Horizontal, m_rows);
            row->setChildrenCollapsible(false);
            row->setHandleWidth(5);
            m_rows->addWidget(row);
        }
        row->addWidget(shown[i]);
        shown[i]->show();
    }
    for (int r = 0; r < m_rows->count(); ++r) {
        auto* splitter = static_cast<QSplitter*>(m_rows->widget(r));
        splitter->setSizes(QList<int>(splitter->count(), 1000)); // equal widths to start with
    }
    m_rows->setSizes(QList<int>(m_rows->count(), 1000));
    m_stack->setCurrentWidget(m_rows);
}

void ColumnArea::scrolled(OutputColumn* source, int value)
{
    if (!m_sync || m_syncing || source->view()->isUpdating())
        return;
    m_syncing = true;
    const QScrollBar* from = source->view()->verticalScrollBar();
    const double fraction = from->maximum() > 0 ? double(value) / double(from->maximum()) : 0.0;
    for (OutputColumn* column : shownColumns()) {
        if (column == source)
            continue;
        QScrollBar* bar = column->view()->verticalScrollBar();
        bar->setValue(qRound(fraction * bar->maximum()));
    }
    m_syncing = false;
}

} // namespace Cb::Ui
