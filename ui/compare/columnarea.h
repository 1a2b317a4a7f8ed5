#pragma once

#include <QList>
#include <QWidget>

class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace Cb::Ui {

class OutputColumn;

// Lays out the comparison's columns: side by side in resizable splitters while they fit at a
// readable width, in a grid of rows of splitters beyond that (8 columns on a laptop: 2 × 4),
// or as tabs. Also keeps the columns' vertical scrolling in step when asked to (proportionally,
// since answers differ in length). Does not own the columns' data, only the widgets it is given.
// GUI thread.
class ColumnArea : public QWidget
{
    Q_OBJECT
public:
    enum class Mode
    {
        Columns,
        Tabs
    };

    explicit ColumnArea(QWidget* parent = nullptr);

    // Takes ownership of the columns; deletes the previous ones.
    void setColumns(const QList<OutputColumn*>& columns);
    // Takes ownership of one more column, after the others, which keep their widgets and, where
    // the new one fits beside them, their places: a new fused plan must not rebuild (and so
    // flicker) the answers already on screen.
    void addColumn(OutputColumn* column);
    const QList<OutputColumn*>& columns() const { return m_columns; }
    // Which columns are shown and in what order (indexes into columns()); empty = all, in order.
    void setShown(const QList<int>& order);
    QList<OutputColumn*> shownColumns() const;
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setSyncScroll(bool on) { m_sync = on; }
    bool syncScroll() const { return m_sync; }
    int rowCount() const;

    static constexpr int kMinColumnWidth = 300;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void adopt(OutputColumn* column);
    bool appendToLastRow(OutputColumn* column);
    void relayout();
    int columnsPerRow() const;
    void scrolled(OutputColumn* source, int value);

    QList<OutputColumn*> m_columns;
    QList<int> m_order;
    Mode m_mode = Mode::Columns;
    bool m_sync = true;
    bool m_syncing = false;
    int m_laidOutPerRow = 0;
    QStackedWidget* m_stack;
    QSplitter* m_rows;
    QTabWidget* m_tabs;
    QWidget* m_parking; // hidden parent for columns not shown
};

} // namespace Cb::Ui
