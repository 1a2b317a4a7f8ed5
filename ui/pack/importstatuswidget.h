#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;
class QTreeWidget;

namespace Cb::Ui {

// The import strip under the pack tree: a progress bar with the current file and a Cancel
// button while an import runs, then a one-line summary with a collapsible list of the files that
// were skipped or failed and why. Never modal: the pack stays editable throughout.
// Emits cancelRequested() when the user presses Cancel. GUI thread.
class ImportStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ImportStatusWidget(QWidget* parent = nullptr);

    void started(const QString& description);
    void setProgress(int done, int total, const QString& currentPath);
    // Inside one long document: the bar counts its pages ("report.pdf: page 120 of 500") until
    // the next setProgress() goes back to counting files.
    void setPageProgress(int page, int pageCount, const QString& currentPath);
    // A step that has no count, e.g. waiting for a transcription: busy bar and a description.
    void setBusy(const QString& description);
    void addSkipped(const QString& path, const QString& reason);
    void addFailed(const QString& path, const QString& reason);
    // Shows the summary; the details stay available until dismissed or the next import.
    void finished(int imported, bool cancelled);

    bool isRunning() const { return m_running; }
    QTreeWidget* issueList() const { return m_issues; }
    QLabel* summaryLabel() const { return m_summary; }
    QProgressBar* progressBar() const { return m_progress; }

Q_SIGNALS:
    void cancelRequested();

private:
    void addIssue(const QString& kind, const QString& path, const QString& reason);
    void setDetailsVisible(bool visible);

    QProgressBar* m_progress;
    QLabel* m_current;
    QPushButton* m_cancel;
    QLabel* m_summary;
    QToolButton* m_details;
    QToolButton* m_dismiss;
    QTreeWidget* m_issues;
    int m_skipped = 0;
    int m_failed = 0;
    bool m_running = false;
};

} // namespace Cb::Ui
