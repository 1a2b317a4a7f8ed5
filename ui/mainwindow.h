#pragma once

#include "core/models/modelcatalog.h"
#include "core/models/modelselection.h"

#include <QMainWindow>
#include <QMap>
#include <QUrl>

class QAction;
class QLabel;
class QMenu;
class QSplitter;

namespace Cb::Core {
class PackDocument;
class PackRecovery;
class RemotePromptCounter;
class RunSession;
} // namespace Cb::Core

namespace Cb::Ui {

struct Services;
class PackPanel;
class PromptPreviewPanel;
class ComparePanel;
class ModelPicker;
class BudgetPanel;
class PromptCountWatcher;
class HistoryDialog;
class RunController;
class ReadingLayout;
class ExperimentController;
class ExperimentsWindow;
class AskFirstController;

// The main window: the pack on the left, the assembled prompt in the middle, the comparison on
// the right, with the File / Edit / Run / View / Help menus. Owns the open PackDocument; uses the
// injected services. GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Services& services, QWidget* parent = nullptr);
    ~MainWindow() override;

    Core::PackDocument* document() const { return m_document; }
    Core::PackRecovery* recovery() const { return m_recovery; }
    PackPanel* packPanel() const { return m_packPanel; }
    PromptPreviewPanel* promptPanel() const { return m_promptPanel; }
    ComparePanel* comparePanel() const { return m_comparePanel; }
    QSplitter* splitter() const { return m_splitter; }
    ReadingLayout* readingLayout() const { return m_reading; }
    ModelPicker* modelPicker() const { return m_modelPicker; }
    BudgetPanel* budgetPanel() const { return m_budgetPanel; }
    PromptCountWatcher* countWatcher() const { return m_countWatcher; }
    const Core::ModelCatalog& catalog() const { return m_catalog; }

    // Opens a pack file, reporting errors in a message box. Returns false on failure.
    bool openPack(const QString& path);
    // First start: the welcome pack; later starts: the most recent pack that still opens.
    void openStartupPack();
    void setDatabaseStatus(const QString& message, bool ok);
    // Once the history database is open: resumes background calls and follow-ups the last
    // session left running, settles the ones it left unfinished, and shows the newest such run
    // when no other is on screen.
    void resumeUnfinishedRuns();
    RunController* runs() const { return m_runs; }
    HistoryDialog* historyDialog() const { return m_history; }
    void showHistory();
    // Experiments… (View menu): the Experiments window, created on first use.
    void showExperiments();
    ExperimentController* experiments() const { return m_experiments; }
    ExperimentsWindow* experimentsWindow() const { return m_experimentsWindow; }
    // Sends the assembled prompt to the selected models (Run > Send); with "Ask Before Sending"
    // on, asks first and sends once the answers are in the pack. A prompt still being assembled
    // after an edit (or a just-committed Korean syllable) is waited for.
    void send();
    void sendNow();
    AskFirstController* askFirst() const { return m_askFirst; }

    // After Settings: when the interface language setting no longer matches the language this
    // window started in, offers to restart now with everything as it is (restartWithSession).
    void offerRestartForLanguage();
    // Saves the session (RestartSession: the pack with its unsaved edits, the run shown, the
    // reading layout; the window layout as at every close), starts this program again with
    // RestartSession::kArgument and closes the window without asking about unsaved edits (they
    // travel with the session). False, with nothing closed, when the new process did not start.
    bool restartWithSession();
    // At start after such a restart, instead of openStartupPack(): the pack with its unsaved
    // edits and the reading layout; the run comes back once the history is open
    // (resumeUnfinishedRuns). False when no session was saved.
    bool restoreSession();

Q_SIGNALS:
    // A run (new, reopened or re-sent) is now the one the comparison area should show.
    void sessionShown(Cb::Core::RunSession* session);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void restoreLayout();
    void saveLayout();
    void updateTitle();
    void rebuildRecentMenu();
    void updateKeychainStatus();
    void createRunControls();
    void updatePlan();
    void updateTokenSummary();
    void requestExactCount(const Core::RunTarget& target);
    void sendWhenAssembled();

    void newPack();
    void openPackDialog();
    bool save();
    bool saveAs();
    bool confirmDiscard();
    void addNote();
    void showSettings();
    void showAbout();
    void showSession(Core::RunSession* session);
    void openRun(qint64 runId);
    void runAgain(qint64 runId);
    void updateRunStatus();

    Services& m_services;
    Core::PackDocument* m_document;
    Core::PackRecovery* m_recovery;
    QSplitter* m_splitter;
    ReadingLayout* m_reading = nullptr;
    PackPanel* m_packPanel;
    PromptPreviewPanel* m_promptPanel;
    ComparePanel* m_comparePanel;
    Core::ModelCatalog m_catalog;
    ModelPicker* m_modelPicker = nullptr;
    BudgetPanel* m_budgetPanel = nullptr;
    PromptCountWatcher* m_countWatcher = nullptr;
    Core::RemotePromptCounter* m_remoteCounter = nullptr;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_keychainStatus;
    QLabel* m_databaseStatus;
    QLabel* m_runStatus;
    RunController* m_runs;
    AskFirstController* m_askFirst = nullptr;
    HistoryDialog* m_history = nullptr;
    ExperimentController* m_experiments = nullptr;
    ExperimentsWindow* m_experimentsWindow = nullptr;
    bool m_ratingExperiment = false; // the comparison shows an experiment's blind pair
    QMetaObject::Connection m_sendWaiting; // a send waiting for the prompt to be assembled
    QString m_language;               // the interface language this window started in
    bool m_restarting = false;        // closing for restartWithSession: no questions, layout saved
    qint64 m_restoreRunId = 0;        // the run restoreSession() brings back once the history is open
    QMap<qint64, QString> m_restoreFollowUps{}; // unsent follow-ups of that run, by call id
    bool m_restoreReading = false;
    QLabel* m_experimentStatus = nullptr;

    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_saveAsAction = nullptr;
    QAction* m_addFilesAction = nullptr;
    QAction* m_addFolderAction = nullptr;
    QAction* m_addNoteAction = nullptr;
    QAction* m_copyPromptAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_sendAction = nullptr;
    QAction* m_cancelAllAction = nullptr;
    QAction* m_historyAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_heaviestAction = nullptr;
};

} // namespace Cb::Ui
