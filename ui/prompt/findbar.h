#pragma once

#include <QList>
#include <QTextEdit>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace Cb::Ui {

// The preview's find bar (Ctrl+F): case-insensitive search over the full texts behind one or more
// read-only views, next / previous with wrap-around, "3 of 41" and highlights for the matches in
// view. Searches the given texts rather than the views' documents, so a view that shows only the
// start of a huge prompt still finds (and says so) what lies past its end. Not owning the views.
// GUI thread.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MaxMatches = 10000; // counted exactly up to this, then "10,000+"

    explicit FindBar(QWidget* parent = nullptr);

    // views[i] shows the start of texts[i]; call again whenever a text changes.
    void setTargets(const QList<QPlainTextEdit*>& views, const QStringList& texts);
    void open(); // shows, focuses and selects the search text
    void findNext();
    void findPrevious();

    int matchCount() const { return int(m_matches.size()); }
    int currentMatch() const { return m_current; } // -1: none
    QString statusText() const;
    QLineEdit* searchEdit() const { return m_edit; }
    // Highlights to merge into a view's extra selections.
    QList<QTextEdit::ExtraSelection> selections(const QPlainTextEdit* view) const;

Q_SIGNALS:
    void highlightsChanged();
    void closed();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    struct Match
    {
        int view = 0;
        qsizetype start = 0;
    };
    void search();
    void showCurrent();

    QLineEdit* m_edit;
    QLabel* m_status;
    QList<QPlainTextEdit*> m_views;
    QStringList m_texts;
    QList<Match> m_matches;
    bool m_capped = false;
    int m_current = -1;
    QString m_note;
};

} // namespace Cb::Ui
