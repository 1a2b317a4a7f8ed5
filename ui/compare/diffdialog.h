#pragma once

#include "core/compare/headingalignment.h"
#include "core/compare/worddiff.h"
#include "core/history/runrecord.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTextBrowser;
class QTreeWidget;

namespace Cb::Ui {

// Compares two answers of a run: a word-level diff (removed words struck through in red,
// added ones in green) and a section view that aligns the two reports by their headings and
// marks what only one of them covers. The diff runs on a worker thread (two long answers can
// take a moment); diffShown() tells when the views are up to date. Columns are offered by the
// titles the comparison shows, so blind labels stay blind. GUI thread.
class DiffDialog : public QDialog
{
    Q_OBJECT
public:
    DiffDialog(const Core::RunRecord& run, const QList<std::pair<qint64, QString>>& choices,
               QWidget* parent = nullptr);

    void setPair(qint64 leftCallId, qint64 rightCallId);

    QTextBrowser* wordView() const { return m_words; }
    QTreeWidget* sectionView() const { return m_sections; }
    QLabel* summary() const { return m_summary; }

Q_SIGNALS:
    void diffShown();

private:
    void recompute();
    void showWords(const QList<Core::DiffSegment>& segments);
    void showSections();
    void showSection(int row);

    Core::RunRecord m_run;
    QComboBox* m_left;
    QComboBox* m_right;
    QLabel* m_summary;
    QTextBrowser* m_words;
    QTreeWidget* m_sections;
    QTextBrowser* m_leftSection;
    QTextBrowser* m_rightSection;
    QList<Core::MarkdownSection> m_leftSections;
    QList<Core::MarkdownSection> m_rightSections;
    QList<Core::SectionRow> m_rows;
    int m_generation = 0; // drops results of diffs superseded by a newer choice
};

} // namespace Cb::Ui
