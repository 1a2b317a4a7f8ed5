#pragma once

#include "core/common/result.h"
#include "core/rating/ratingkitplan.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Cb::Core {
class HistoryStore;
}

namespace Cb::Ui {

// Makes blind rating kits for a run or an experiment (docs/RATINGS_FILE.md): a list of rater
// names, an output folder, and "Make kits", which plans one kit per rater, writes the HTML files
// off the GUI thread and then records raters and kits in the history (files removed again if
// that fails). Shows the paths written and opens their folder. GUI thread.
class RatingKitDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Of
    {
        Run,
        Experiment,
    };

    RatingKitDialog(Core::HistoryStore& history, Of of, qint64 id, QWidget* parent = nullptr);

    // True when the run has at least one pair to judge (two models answered the same repeat).
    static bool canMakeKits(const Core::RunRecord& run);

    void addRater(const QString& name);
    void setFolder(const QString& folder);
    // Starts writing; kitsWritten() or failed() follows.
    void makeKits();
    QStringList writtenPaths() const { return m_written; }
    // Stays open while kits are being written, so none is left unrecorded.
    void reject() override;

    QListWidget* raterList() const { return m_raters; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* resultLabel() const { return m_result; }
    QPushButton* makeButton() const { return m_make; }
    QPushButton* openFolderButton() const { return m_openFolder; }

Q_SIGNALS:
    void kitsWritten(const QStringList& paths);
    void failed(const QString& message);

private:
    QWidget* buildRaters();
    void updateButtons();
    void finish(const Core::Result<QStringList>& paths, QList<Core::RatingKitDraft> drafts);
    void showError(const QString& message);

    Core::HistoryStore& m_history;
    std::optional<Core::RatingKitSource> m_source;
    QStringList m_written;
    bool m_busy = false;
    QLabel* m_summary = nullptr;
    QListWidget* m_raters = nullptr;
    QLineEdit* m_name = nullptr;
    QPushButton* m_remove = nullptr;
    QLineEdit* m_folder = nullptr;
    QPushButton* m_make = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_openFolder = nullptr;
};

} // namespace Cb::Ui
