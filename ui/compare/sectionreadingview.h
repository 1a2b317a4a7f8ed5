#pragma once

#include <QStringList>
#include <QWidget>

#include <memory>

class QGridLayout;
class QLabel;
class QScrollArea;
template <typename T>
class QFutureWatcher;

namespace Cb::Core {
class SectionGrid;
}

namespace Cb::Ui {

// The "by section" reading mode: one row per section (Goals, Timeline, Risks…) with every
// answer's version side by side, what only one version says highlighted, and sections that
// only some answers wrote marked. One scroll area holds all rows, so scrolling moves through
// sections in step rather than by pixel per column. The alignment (SectionGrid) is computed
// off the GUI thread; a newer request supersedes an older one. GUI thread.
class SectionReadingView : public QWidget
{
    Q_OBJECT
public:
    explicit SectionReadingView(QWidget* parent = nullptr);
    ~SectionReadingView() override;

    // Titles are what the columns show (model names, or blind labels).
    void setAnswers(const QStringList& titles, const QStringList& texts);
    int rowCount() const;            // section rows shown
    QString rowTitle(int row) const; // as shown, with its marks
    QString cellText(int row, int answer) const;
    QWidget* cell(int row, int answer) const; // one answer's version of a row; null if none
    QWidget* rowHeading(int row) const;
    QScrollArea* scrollArea() const { return m_scroll; }
    bool isComputing() const;

Q_SIGNALS:
    void updated();

private:
    void build(const Core::SectionGrid& grid);
    void clearGrid();

    QLabel* m_legend;
    QScrollArea* m_scroll;
    QWidget* m_content = nullptr;
    QGridLayout* m_grid = nullptr;
    QStringList m_titles;
    QStringList m_texts;
    QList<QLabel*> m_rowTitles;
    QList<QList<QLabel*>> m_cells;
    QFutureWatcher<std::shared_ptr<Core::SectionGrid>>* m_watcher;
    bool m_pending = false; // answers changed while a computation ran
};

} // namespace Cb::Ui
