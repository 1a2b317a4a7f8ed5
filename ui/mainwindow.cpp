#include "ui/mainwindow.h"

#include "core/common/resourcepaths.h"
#include "core/models/paramkeys.h"
#include "core/models/targetbudget.h"
#include "core/models/usercatalog.h"
#include "core/prompt/remotepromptcounter.h"
#include "core/tokenize/tokenizerregistry.h"
#include "core/history/historystore.h"
#include "core/pack/packdocument.h"
#include "core/pack/packfile.h"
#include "core/pack/packrecovery.h"
#include "core/run/runplan.h"
#include "core/run/runsession.h"
#include "core/secrets/secretstore.h"
#include "core/settings/settings.h"
#include "ui/aboutdialog.h"
#include "ui/ask/askfirstcontroller.h"
#include "ui/common/filedialog.h"
#include "ui/common/imecomposition.h"
#include "ui/common/messagebox.h"
#include "ui/common/restartsession.h"
#include "ui/common/uilanguage.h"
#include "ui/compare/comparepanel.h"
#include "ui/experiment/experimentcontroller.h"
#include "ui/experiment/experimentswindow.h"
#include "ui/history/historydialog.h"
#include "ui/pack/packimporter.h"
#include "ui/pack/packpanel.h"
#include "ui/pack/recoveryoffer.h"
#include "ui/prompt/promptpreviewpanel.h"
#include "ui/prompt/variablesform.h"
#include "ui/run/budgetpanel.h"
#include "ui/run/modelpicker.h"
#include "ui/run/promptcountwatcher.h"
#include "core/models/tokenformat.h"
#include "ui/compare/ratingkitdialog.h"
#include "ui/compare/ratingsdrophandler.h"
#include "ui/readinglayout.h"
#include "ui/readingstrip.h"
#include "ui/runcontroller.h"
#include "ui/services.h"
#include "ui/settings/settingsdialog.h"
#include "ui/stats/judgedialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QPointer>
#include <QRegularExpression>
#include <QSettings>
#include <QHBoxLayout>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>

#include <utility>

namespace Cb::Ui {

namespace {
// The model picker's choice, as the orchestrator's plan: each model with its parameters and the
// effort that applies.
Core::RunPlan runPlanFrom(const Core::ModelSelection& selection)
{
    Core::RunPlan plan;
    plan.repeats = selection.repeats;
    for (const Core::RunTarget& target : selection.targets) {
        auto planned = Core::PlannedModel::parse(target.key);
        if (!planned)
            continue;
        planned->params = target.params;
        if (!target.reasoningEffort.isEmpty())
            planned->params.insert(Core::ParamKey::Effort, target.reasoningEffort);
        plan.models.append(*planned);
    }
    return plan;
}
} // namespace

namespace Keys = Core::Keys;

namespace {
// A function, not a static: a static is translated before main() installs the translators.
QString packFilter() { return QObject::tr("Context packs (*.ctxpack);;All files (*)"); }

// What a toolbar button says: the action's text without its mnemonic. Qt drops only the '&',
// which leaves Korean's "새 팩(&N)" as "새 팩(N)" on the button; Korean applications show no
// mnemonic there (the menus keep theirs).
QString withoutMnemonic(const QString& text)
{
    static const QRegularExpression parenthesised(QStringLiteral("\\s*\\(&[^)]\\)"));
    return QString(text).remove(parenthesised).replace(QStringLiteral("&&"), QStringLiteral("\x01"))
        .remove(QLatin1Char('&')).replace(QLatin1Char('\x01'), QLatin1Char('&'));
}

// A new pack starts with the sections planners usually need.
Core::Pack emptyPack()
{
    Core::Pack pack;
    for (const QString& name : {QObject::tr("Goals"), QObject::tr("Meetings"), QObject::tr("Memos"),
                                QObject::tr("Notes"), QObject::tr("Documents")}) {
        Core::PackSection s;
        s.id = Core::PackItem::newId();
        s.name = name;
        pack.sections.append(s);
    }
    return pack;
}
} // namespace

MainWindow::MainWindow(Services& services, QWidget* parent)
    : QMainWindow(parent),
      m_services(services),
      m_document(new Core::PackDocument(this)),
      m_recovery(new Core::PackRecovery(
          m_document, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery"),
          this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/contextbench.svg")));
    m_language = UiLanguage::fromSettings(*m_services.settings);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_packPanel = new PackPanel(m_document, m_splitter);
    m_packPanel->setObjectName(QStringLiteral("packPanel"));
    m_packPanel->importer()->setTranscription(m_services.network, m_services.secrets,
                                              m_services.settings);
    m_promptPanel = new PromptPreviewPanel(m_document, m_services.settings, m_splitter);
    m_promptPanel->setObjectName(QStringLiteral("promptPanel"));
    m_comparePanel = new ComparePanel(m_splitter);
    m_comparePanel->setObjectName(QStringLiteral("comparePanel"));
    m_comparePanel->setSettings(m_services.settings);
    m_splitter->addWidget(m_packPanel);
    m_splitter->addWidget(m_promptPanel);
    m_splitter->addWidget(m_comparePanel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 5);
    m_reading = new ReadingLayout(m_splitter, {m_packPanel, m_promptPanel}, *m_services.settings, this);
    auto* central = new QWidget(this);
    auto* centralLayout = new QHBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_reading->strip());
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_keychainStatus = new QLabel(this);
    m_keychainStatus->setObjectName(QStringLiteral("keychainStatusLabel"));
    m_databaseStatus = new QLabel(this);
    m_databaseStatus->setObjectName(QStringLiteral("databaseStatusLabel"));
    m_runStatus = new QLabel(this);
    m_runStatus->setObjectName(QStringLiteral("runStatusLabel"));
    m_runs = new RunController(m_services, this);
    m_experiments = new ExperimentController(m_services, this);
    m_experimentStatus = new QLabel(this);
    m_experimentStatus->setObjectName(QStringLiteral("experimentStatusLabel"));
    connect(m_experiments, &ExperimentController::progressChanged, this,
            [this] { m_experimentStatus->setText(m_experiments->progressText()); });
    statusBar()->addPermanentWidget(m_experimentStatus);
    statusBar()->addPermanentWidget(m_runStatus);
    statusBar()->addPermanentWidget(m_databaseStatus);
    statusBar()->addPermanentWidget(m_keychainStatus);

    createActions();
    createMenus();
    createToolBar();
    createRunControls();
    restoreLayout();

    connect(m_document, &Core::PackDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Core::PackDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Core::PackDocument::metadataChanged, this, &MainWindow::updateTitle);
    connect(m_packPanel, &PackPanel::itemActivated, m_promptPanel, &PromptPreviewPanel::showItem);
    connect(m_promptPanel, &PromptPreviewPanel::itemClicked, m_packPanel, &PackPanel::selectItem);
    connect(m_services.secrets, &Core::SecretStore::keychainAvailabilityChanged, this,
            &MainWindow::updateKeychainStatus);
    updateKeychainStatus();
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto make = [this](const QString& text, QKeySequence shortcut, const QString& name) {
        auto* a = new QAction(text, this);
        a->setObjectName(name);
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        return a;
    };
    m_newAction = make(tr("&New Pack"), QKeySequence::New, QStringLiteral("actionNew"));
    m_newAction->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_openAction = make(tr("&Open Pack…"), QKeySequence::Open, QStringLiteral("actionOpen"));
    m_openAction->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_saveAction = make(tr("&Save"), QKeySequence::Save, QStringLiteral("actionSave"));
    m_saveAction->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_saveAsAction = make(tr("Save &As…"), QKeySequence::SaveAs, QStringLiteral("actionSaveAs"));
    m_addFilesAction = make(tr("Add &Files…"), QKeySequence(tr("Ctrl+Shift+A")), QStringLiteral("actionAddFiles"));
    m_addFilesAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_addFolderAction = make(tr("Add Fol&der…"), {}, QStringLiteral("actionAddFolder"));
    m_addNoteAction = make(tr("Add &Note"), QKeySequence(tr("Ctrl+Shift+N")), QStringLiteral("actionAddNote"));
    m_addNoteAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
    m_copyPromptAction = make(tr("&Copy Prompt"), QKeySequence(tr("Ctrl+Shift+C")), QStringLiteral("actionCopyPrompt"));
    m_settingsAction = make(tr("&Settings…"), QKeySequence::Preferences, QStringLiteral("actionSettings"));
    m_settingsAction->setIcon(style()->standardIcon(QStyle::SP_ComputerIcon));
    m_sendAction = make(tr("&Send"), QKeySequence(tr("Ctrl+Return")), QStringLiteral("actionSend"));
    m_sendAction->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_askFirst = new AskFirstController(m_services, m_catalog, m_packPanel->editor(), m_promptPanel, this);
    connect(m_askFirst, &AskFirstController::sendRequested, this, &MainWindow::sendNow);
    m_cancelAllAction = make(tr("Cancel &All"), {}, QStringLiteral("actionCancelAll"));
    m_cancelAllAction->setEnabled(false);
    m_historyAction = make(tr("&History…"), QKeySequence(tr("Ctrl+H")), QStringLiteral("actionHistory"));
    m_quitAction = make(tr("&Quit"), QKeySequence::Quit, QStringLiteral("actionQuit"));
    m_aboutAction = make(tr("&About ContextBench"), {}, QStringLiteral("actionAbout"));

    connect(m_newAction, &QAction::triggered, this, &MainWindow::newPack);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openPackDialog);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);
    connect(m_addFilesAction, &QAction::triggered, m_packPanel, &PackPanel::addFiles);
    connect(m_addFolderAction, &QAction::triggered, m_packPanel, &PackPanel::addFolder);
    m_undoAction = m_packPanel->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_packPanel->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_heaviestAction = make(tr("Heav&iest Items…"), {}, QStringLiteral("actionHeaviestItems"));
    connect(m_heaviestAction, &QAction::triggered, m_packPanel, &PackPanel::showHeaviestItems);
    connect(m_addNoteAction, &QAction::triggered, this, &MainWindow::addNote);
    connect(m_copyPromptAction, &QAction::triggered, m_promptPanel, &PromptPreviewPanel::copyToClipboard);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_cancelAllAction, &QAction::triggered, m_runs, &RunController::cancelAll);
    connect(m_historyAction, &QAction::triggered, this, &MainWindow::showHistory);
    connect(m_runs, &RunController::runningChanged, m_cancelAllAction, &QAction::setEnabled);
    connect(m_runs, &RunController::progressChanged, this, &MainWindow::updateRunStatus);
    connect(m_comparePanel, &ComparePanel::followUpRequested, this,
            [this](qint64 callId, const QString& message, bool alsoOthers) {
                if (auto sent = m_runs->sendFollowUp(callId, message, alsoOthers); !sent)
                    m_comparePanel->showFollowUpError(sent.error().message);
            });
    connect(m_comparePanel, &ComparePanel::judgeRequested, this, [this](qint64 runId) {
        if (!m_runs->history())
            return;
        namespace Keys = Core::Keys;
        const Core::Settings& s = *m_services.settings;
        Core::CallRequestBuilder builder(m_catalog, {{QStringLiteral("openai"), s.get(Keys::OpenAiBaseUrl)},
                                                     {QStringLiteral("anthropic"), s.get(Keys::AnthropicBaseUrl)},
                                                     {QStringLiteral("gemini"), s.get(Keys::GeminiBaseUrl)},
                                                     {QStringLiteral("openai-compatible"), s.get(Keys::LocalBaseUrl)}});
        auto* dialog = new JudgeDialog(*m_runs->history(), m_services.network, m_services.secrets, std::move(builder),
                                       {runId}, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addSeparator();
    file->addAction(m_addFilesAction);
    file->addAction(m_addFolderAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    rebuildRecentMenu();

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_addNoteAction);
    edit->addAction(m_copyPromptAction);
    edit->addSeparator();
    edit->addAction(m_settingsAction);

    QMenu* run = menuBar()->addMenu(tr("&Run"));
    run->addAction(m_sendAction);
    run->addAction(m_askFirst->askAction());
    run->addAction(m_askFirst->askBeforeSendingAction());
    run->addAction(m_cancelAllAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    const QList<std::pair<QWidget*, QString>> panes = {
        {m_packPanel, tr("&Pack")}, {m_promptPanel, tr("Pro&mpt Preview")}, {m_comparePanel, tr("&Comparison")}};
    for (const auto& [pane, label] : panes) {
        QAction* toggle = view->addAction(label);
        toggle->setCheckable(true);
        toggle->setChecked(true);
        connect(toggle, &QAction::triggered, this, [this, pane](bool shown) {
            // Showing the pack or prompt while reading means leaving the reading layout.
            if (shown && m_reading->isActive() && pane != m_comparePanel)
                m_reading->setActive(false);
            pane->setVisible(shown);
        });
        connect(m_reading, &ReadingLayout::activeChanged, toggle,
                [toggle, pane] { toggle->setChecked(pane->isVisibleTo(pane->parentWidget())); });
    }
    view->addSeparator();
    view->addAction(m_reading->toggleAction());
    view->addSeparator();
    view->addAction(m_heaviestAction);
    view->addAction(m_historyAction);
    auto* experiments = new QAction(tr("&Experiments…"), this);
    experiments->setObjectName(QStringLiteral("actionExperiments"));
    connect(experiments, &QAction::triggered, this, &MainWindow::showExperiments);
    view->addAction(experiments);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createToolBar()
{
    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_newAction);
    bar->addAction(m_openAction);
    bar->addAction(m_saveAction);
    bar->addSeparator();
    bar->addAction(m_addFilesAction);
    bar->addAction(m_addNoteAction);
    bar->addSeparator();
    bar->addAction(m_sendAction);
    bar->addAction(m_askFirst->askAction());
    bar->addAction(m_reading->toggleAction());
    bar->addSeparator();
    bar->addAction(m_settingsAction);
    for (QAction* a : bar->actions()) {
        if (a->isSeparator() || a->text() == withoutMnemonic(a->text()))
            continue;
        // A tooltip left unset is the text with its '&' dropped: "(N)" again, so set it too.
        const bool defaultTip = a->toolTip() == QString(a->text()).remove(QLatin1Char('&')).remove(QStringLiteral("...")).trimmed();
        a->setIconText(withoutMnemonic(a->text()));
        if (defaultTip)
            a->setToolTip(a->iconText());
    }
}

void MainWindow::createRunControls()
{
    if (m_services.catalog) {
        m_catalog = *m_services.catalog;
    } else if (auto loaded = Core::UserCatalog::load()) {
        m_catalog = loaded->catalog;
        if (!loaded->warning.isEmpty())
            statusBar()->showMessage(loaded->warning);
    } else {
        statusBar()->showMessage(tr("Model catalog unavailable: %1").arg(loaded.error().message));
    }
    m_modelPicker = new ModelPicker(m_catalog, *m_services.settings, m_comparePanel);
    m_modelPicker->setObjectName(QStringLiteral("modelPicker"));
    m_budgetPanel = new BudgetPanel(*m_services.settings, m_comparePanel);
    m_budgetPanel->setObjectName(QStringLiteral("budgetPanel"));
    m_comparePanel->addHeaderWidget(m_modelPicker);
    m_comparePanel->addHeaderWidget(m_budgetPanel);

    m_countWatcher = new PromptCountWatcher(m_document, Core::TokenizerRegistry::shared(), this);
    m_countWatcher->attachTree(m_packPanel->model());
    connect(m_promptPanel, &PromptPreviewPanel::promptAssembled, this,
            [this] { m_countWatcher->countPrompt(m_promptPanel->prompt(), m_promptPanel->promptSha256()); });
    connect(m_countWatcher, &PromptCountWatcher::countingStarted, m_budgetPanel, [this] {
        m_budgetPanel->setCounting(true);
    });
    connect(m_countWatcher, &PromptCountWatcher::countsChanged, m_budgetPanel, &BudgetPanel::setCounts);
    connect(m_countWatcher, &PromptCountWatcher::countsChanged, this, &MainWindow::updateTokenSummary);
    connect(m_countWatcher, &PromptCountWatcher::failed, this, [this](const Core::Error& error) {
        m_budgetPanel->setCounting(false);
        statusBar()->showMessage(tr("Token counting failed: %1").arg(error.message));
    });
    connect(m_modelPicker, &ModelPicker::selectionChanged, this, &MainWindow::updatePlan);
    connect(m_modelPicker, &ModelPicker::sendRequested, this, &MainWindow::send);
    connect(m_sendAction, &QAction::triggered, m_modelPicker, &ModelPicker::requestSend);
    connect(m_budgetPanel, &BudgetPanel::exactCountRequested, this, &MainWindow::requestExactCount);
    m_remoteCounter = new Core::RemotePromptCounter(m_services.network, {}, this);
    connect(m_remoteCounter, &Core::RemotePromptCounter::counted, m_budgetPanel, &BudgetPanel::setRemoteCount);
    connect(m_remoteCounter, &Core::RemotePromptCounter::failed, this,
            [this](const QString& modelKey, const QByteArray&, const Core::Error& error) {
                m_budgetPanel->setRemoteCountFailed(modelKey, error.message);
                statusBar()->showMessage(tr("Exact count failed: %1").arg(error.message), 8000);
            });
    updatePlan();
}

void MainWindow::updatePlan()
{
    const Core::ModelSelection plan = m_modelPicker->runPlan();
    m_budgetPanel->setPlan(plan);
    m_comparePanel->setSelectedModels(m_modelPicker->selectedModels());
    m_sendAction->setEnabled(!plan.isEmpty());
    m_askFirst->askAction()->setEnabled(!plan.isEmpty()); // it ends in a send
    // The tree shows the first model's count: exact, or "≈" when that model has no tokenizer.
    const bool displayExact = plan.isEmpty() || Core::TargetBudget::countingEncoding(plan.targets.first()).second;
    m_countWatcher->setEncodings(Core::TargetBudget::encodingsFor(plan), displayExact);
    updateTokenSummary();
}

void MainWindow::updateTokenSummary()
{
    const auto& counts = m_countWatcher->counts();
    const Core::ModelSelection plan = m_modelPicker->runPlan();
    const auto [encoding, exact] = plan.isEmpty() ? std::pair(Core::Encoding::O200kBase, true)
                                                  : Core::TargetBudget::countingEncoding(plan.targets.first());
    const Core::EncodingCounts* c = counts ? counts->find(encoding) : nullptr;
    if (!c) {
        m_promptPanel->setTokenSummary(QString(), QString());
        return;
    }
    QString text = tr("%1 tokens (%2): instructions %3, input %4")
                       .arg(Core::tokenText(c->total(), exact), Core::encodingName(encoding),
                            Core::tokenText(c->instructions, exact), Core::tokenText(c->input, exact));
    const QString perToken = BudgetPanel::charsPerTokenText(counts->density, c->total());
    if (!perToken.isEmpty())
        text += QStringLiteral(" · ") + perToken;
    QString tip = BudgetPanel::koreanCostNote(counts->density, c->total());
    if (!tip.isEmpty())
        tip += QStringLiteral("\n\n");
    tip += tr("Item text per section (tags and headings not included):");
    const auto& sections = m_document->pack().sections;
    for (qsizetype s = 0; s < c->sections.size() && s < sections.size(); ++s)
        tip += QStringLiteral("\n%1: %2").arg(sections[s].name, Core::tokenText(c->sections[s], exact));
    m_promptPanel->setTokenSummary(text, tip);
}

void MainWindow::requestExactCount(const Core::RunTarget& target)
{
    if (!target.model)
        return;
    const Core::ModelInfo model = *target.model;
    const QString provider = Core::providerName(model.provider);
    const QString baseUrl = model.provider == Core::ModelProvider::Anthropic
                                ? m_services.settings->get(Keys::AnthropicBaseUrl)
                                : m_services.settings->get(Keys::GeminiBaseUrl);
    const Core::AssembledPrompt prompt = m_promptPanel->prompt();
    const QByteArray sha = m_promptPanel->promptSha256();
    QPointer<MainWindow> self(this);
    m_services.secrets->lookup(provider, [self, model, provider, baseUrl, prompt, sha](Core::SecretLookup key) {
        if (!self)
            return;
        if (key.value.isEmpty()) {
            self->m_budgetPanel->setRemoteCountFailed(
                model.key(), tr("no API key for %1: add one in Settings or set %2")
                                 .arg(model.displayName, Core::SecretStore::environmentVariable(provider)));
            return;
        }
        self->m_remoteCounter->count(model, prompt, sha, key.value, baseUrl);
    });
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = m_services.settings->get(Keys::MainWindowGeometry);
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1480, 900);
    restoreState(m_services.settings->get(Keys::MainWindowState));
    const QByteArray split = m_services.settings->get(Keys::MainSplitterState);
    if (split.isEmpty() || !m_splitter->restoreState(split))
        m_splitter->setSizes({380, 520, 580});
}

void MainWindow::saveLayout()
{
    m_services.settings->set(Keys::MainWindowGeometry, saveGeometry());
    m_services.settings->set(Keys::MainWindowState, saveState());
    m_services.settings->set(Keys::MainSplitterState, m_reading->normalSplitterState());
    m_services.settings->store().sync();
}

void MainWindow::updateTitle()
{
    const auto& pack = m_document->pack();
    QString name = pack.title;
    if (name.isEmpty())
        name = m_document->filePath().isEmpty() ? tr("Untitled pack") : QFileInfo(m_document->filePath()).fileName();
    setWindowTitle(QStringLiteral("%1[*] — ContextBench").arg(name));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateKeychainStatus()
{
    if (m_services.secrets->keychainAvailable()) {
        m_keychainStatus->setText(tr("Keys: system keychain"));
        m_keychainStatus->setToolTip({});
    } else {
        m_keychainStatus->setText(tr("Keys: environment variables (no keychain)"));
        m_keychainStatus->setToolTip(m_services.secrets->keychainProblem());
    }
}

void MainWindow::setDatabaseStatus(const QString& message, bool ok)
{
    m_databaseStatus->setText(ok ? message : QStringLiteral("⚠ ") + message);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_services.settings->get(Keys::RecentPacks);
    for (const QString& path : recent) {
        QAction* a = m_recentMenu->addAction(QFileInfo(path).fileName());
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] {
            if (confirmDiscard())
                openPack(path);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

bool MainWindow::openPack(const QString& path)
{
    if (auto loaded = m_document->load(path); !loaded) {
        MessageBox::warning(this, tr("Cannot open pack"), loaded.error().message);
        return false;
    }
    m_services.settings->addRecentPack(QFileInfo(path).absoluteFilePath());
    rebuildRecentMenu();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    RecoveryOffer::offer(this, m_document, m_recovery, path);
    return true;
}

void MainWindow::openStartupPack()
{
    if (!m_services.settings->get(Keys::WelcomePackShown)) {
        auto welcome = Core::PackFile::load(
            Core::localizedResourcePath(QStringLiteral("samples/welcome.ctxpack"),
                                        UiLanguage::fromSettings(*m_services.settings)));
        if (welcome) {
            m_document->reset(*welcome);
            m_services.settings->set(Keys::WelcomePackShown, true);
            RecoveryOffer::offer(this, m_document, m_recovery);
            return;
        }
        statusBar()->showMessage(tr("The welcome pack could not be loaded: %1").arg(welcome.error().message));
    }
    for (const QString& path : m_services.settings->get(Keys::RecentPacks)) {
        if (QFileInfo::exists(path) && m_document->load(path)) {
            RecoveryOffer::offer(this, m_document, m_recovery);
            return;
        }
    }
    m_document->reset(emptyPack());
    RecoveryOffer::offer(this, m_document, m_recovery);
}

void MainWindow::newPack()
{
    if (!confirmDiscard())
        return;
    m_document->reset(emptyPack());
}

void MainWindow::openPackDialog()
{
    if (!confirmDiscard())
        return;
    const QString path = FileDialog::openFile(this, tr("Open Pack"), packFilter());
    if (!path.isEmpty())
        openPack(path);
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    if (auto saved = m_document->save(); !saved) {
        MessageBox::warning(this, tr("Cannot save pack"), saved.error().message);
        return false;
    }
    statusBar()->showMessage(tr("Saved"), 3000);
    return true;
}

bool MainWindow::saveAs()
{
    QString suggested = m_document->filePath();
    if (suggested.isEmpty()) {
        const QString base = m_document->pack().title.isEmpty() ? tr("pack") : m_document->pack().title;
        suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') +
                    QString(base).replace(QLatin1Char('/'), QLatin1Char('-')) + QStringLiteral(".ctxpack");
    }
    QString path = FileDialog::saveFile(this, tr("Save Pack"), suggested, packFilter());
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".ctxpack")))
        path += QStringLiteral(".ctxpack");
    if (auto saved = m_document->saveAs(path); !saved) {
        MessageBox::warning(this, tr("Cannot save pack"), saved.error().message);
        return false;
    }
    m_services.settings->addRecentPack(QFileInfo(path).absoluteFilePath());
    rebuildRecentMenu();
    return true;
}

bool MainWindow::confirmDiscard()
{
    if (!m_document->isModified())
        return true;
    const auto answer = MessageBox::ask(this, QMessageBox::Question, tr("Unsaved changes"),
                                        tr("The pack has unsaved changes. Save them first?"),
                                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                        QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard)
        m_recovery->discard();
    return answer == QMessageBox::Discard;
}

void MainWindow::addNote() { m_packPanel->addNote(); }

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_services, this);
    if (dialog.exec() == QDialog::Accepted)
        offerRestartForLanguage();
}

void MainWindow::offerRestartForLanguage()
{
    if (UiLanguage::fromSettings(*m_services.settings) == m_language)
        return;
    // Calls streaming now would be cut off (background ones resume after the restart).
    const QString text = m_runs->isRunning()
                             ? tr("The new interface language applies after a restart. Models are still answering: "
                                  "restart later to keep their answers whole, or restart now and keep what has "
                                  "arrived. The pack, including unsaved edits, the layout and the run shown come back "
                                  "as they are.")
                             : tr("The new interface language applies after a restart. Restart now? The pack, "
                                  "including unsaved edits, the layout and the run shown come back as they are.");
    const auto answer = MessageBox::ask(this, QMessageBox::Question, tr("Restart ContextBench"), text,
                                        QMessageBox::Yes | QMessageBox::No,
                                        m_runs->isRunning() ? QMessageBox::No : QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        restartWithSession();
}

bool MainWindow::restartWithSession()
{
    RestartSession session;
    session.packPath = m_document->filePath();
    if (m_document->isModified()) {
        // A file of its own: the periodic recovery file goes when this window closes.
        session.editsPath = m_recovery->directory() + QStringLiteral("/restart") + Core::PackRecovery::kSuffix;
        if (auto written = Core::PackRecovery::write(m_document->pack(), session.packPath, session.editsPath);
            !written) {
            MessageBox::warning(this, tr("Cannot restart"), written.error().message);
            return false;
        }
    }
    if (Core::RunSession* shown = m_comparePanel->session()) {
        session.runId = shown->record().id;
        session.followUpDrafts = m_comparePanel->followUpDrafts();
    }
    session.reading = m_reading->isActive();
    // A template variable being typed (a syllable still composing) reaches the settings first.
    m_promptPanel->variablesForm()->commitPending();
    session.save(*m_services.settings);
    saveLayout(); // also syncs the settings, which the new process reads
    if (!RestartSession::relaunch({RestartSession::kArgument})) {
        RestartSession::take(*m_services.settings);
        if (!session.editsPath.isEmpty())
            QFile::remove(session.editsPath);
        MessageBox::warning(this, tr("Cannot restart"),
                            tr("ContextBench could not start again. Your work is still open here; restart "
                               "ContextBench yourself to change the language."));
        return false;
    }
    m_restarting = true;
    close();
    return true;
}

bool MainWindow::restoreSession()
{
    const std::optional<RestartSession> session = RestartSession::take(*m_services.settings);
    if (!session)
        return false;
    bool restored = false;
    if (!session->editsPath.isEmpty()) {
        auto pack = Core::PackRecovery::read({session->editsPath, session->packPath, {}});
        if (pack) {
            m_document->reset(std::move(*pack), session->packPath, true);
            m_recovery->adopt(session->editsPath); // removed once the edits are saved or discarded
            restored = true;
        } else {
            MessageBox::warning(this, tr("Cannot restore the unsaved edits"), pack.error().message);
        }
    }
    if (!restored && !session->packPath.isEmpty())
        restored = openPack(session->packPath);
    if (!restored)
        m_document->reset(emptyPack());
    m_restoreRunId = session->runId;
    m_restoreReading = session->reading;
    m_restoreFollowUps = session->followUpDrafts;
    m_reading->setActive(session->reading);
    return true;
}

void MainWindow::showAbout()
{
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString settings = QSettings(QSettings::IniFormat, QSettings::UserScope,
                                       QCoreApplication::organizationName(), QCoreApplication::applicationName())
                                 .fileName();
    AboutDialog(data, settings, this).exec();
}

void MainWindow::send()
{
    // Send from the toolbar or menu leaves focus in the goal: a syllable still being composed
    // there is committed first, and the send waits for the prompt that includes it.
    ImeComposition::commitFocused();
    if (m_askFirst->askBeforeSending()) {
        m_askFirst->ask();
        return;
    }
    sendWhenAssembled();
}

void MainWindow::sendWhenAssembled()
{
    if (!m_promptPanel->isAssembling()) {
        sendNow();
        return;
    }
    if (m_sendWaiting)
        return; // one send per press, however many presses land while the prompt assembles
    m_sendWaiting = connect(m_promptPanel, &PromptPreviewPanel::promptAssembled, this, [this] {
        if (m_promptPanel->isAssembling())
            return;
        disconnect(m_sendWaiting);
        m_sendWaiting = {};
        sendNow();
    });
}

void MainWindow::sendNow()
{
    const Core::AssembledPrompt& prompt = m_promptPanel->prompt();
    if (prompt.input.isEmpty() && prompt.instructions.isEmpty()) {
        statusBar()->showMessage(tr("Nothing to send yet: the prompt is still being assembled."), 5000);
        return;
    }
    const Core::ModelSelection selection = m_modelPicker->runPlan();
    if (selection.isEmpty() || !m_budgetPanel->confirmRunCost(this))
        return;
    auto session = m_runs->send(Core::RunInput::fromPack(m_document->pack(), m_document->filePath(), prompt),
                                runPlanFrom(selection));
    if (!session) {
        MessageBox::warning(this, tr("Cannot send"), session.error().message);
        return;
    }
    showSession(*session);
}

void MainWindow::showSession(Core::RunSession* session)
{
    m_ratingExperiment = false; // set again by the experiment's rating flow when it opens a case
    m_comparePanel->setHistoryStore(m_runs->history());
    m_comparePanel->setFusionRunner(m_runs->fusionsOf(session));
    m_comparePanel->showSession(session);
    m_reading->answersArriving();
    Q_EMIT sessionShown(session);
    updateRunStatus();
}

void MainWindow::updateRunStatus() { m_runStatus->setText(m_runs->progressText()); }

void MainWindow::resumeUnfinishedRuns()
{
    // The run a restart brought back first, so a resumed one does not take its place.
    if (const qint64 runId = std::exchange(m_restoreRunId, 0); runId > 0) {
        openRun(runId);
        m_comparePanel->setFollowUpDrafts(std::exchange(m_restoreFollowUps, {}));
        m_reading->setActive(m_restoreReading);
    }
    // Experiments' batches are polled and collected in the background (status bar shows it).
    if (const int experiments = m_experiments->resumeUnfinished())
        statusBar()->showMessage(tr("Collecting %n experiment(s) left running by the last session.", nullptr,
                                    experiments),
                                 8000);
    const QList<qint64> resumed = m_runs->resumeUnfinished();
    if (resumed.isEmpty())
        return;
    statusBar()->showMessage(
        tr("Picked up %n run(s) left unfinished by the last session.", nullptr, int(resumed.size())), 8000);
    // With nothing else on screen, the newest of them comes into view to finish there.
    if (!m_runs->currentSession())
        openRun(resumed.last());
}

void MainWindow::showHistory()
{
    if (!m_history) {
        m_history = new HistoryDialog(this);
        connect(m_history, &HistoryDialog::openRequested, this, &MainWindow::openRun);
        connect(m_history, &HistoryDialog::runAgainRequested, this, &MainWindow::runAgain);
    }
    m_history->setStore(m_runs->history());
    m_history->show();
    m_history->raise();
    m_history->activateWindow();
}

void MainWindow::showExperiments()
{
    if (!m_experimentsWindow) {
        m_experimentsWindow = new ExperimentsWindow(m_experiments, m_catalog, this);
        // A case still followed by its experiment is shown from the runner's own session.
        const auto open = [this](qint64 runId) {
            if (Core::RunSession* live = m_experiments->liveSession(runId))
                showSession(live);
            else
                openRun(runId);
        };
        connect(m_experimentsWindow, &ExperimentsWindow::openRunRequested, this, open);
        // "Rate next pair" walks the whole experiment: each pair is asked alone, and passing it
        // (the vote bar's Next) brings the next one, whichever case it is in.
        connect(m_experimentsWindow, &ExperimentsWindow::ratePairRequested, this,
                [this, open](qint64 runId, const Core::BlindPair& pair) {
                    open(runId);
                    m_comparePanel->askBlindPairs({pair});
                    m_ratingExperiment = true;
                });
        connect(m_comparePanel, &ComparePanel::blindPairsDone, this, [this] {
            if (m_ratingExperiment && m_experimentsWindow)
                m_experimentsWindow->rateNextPair();
        });
        connect(m_experimentsWindow, &ExperimentsWindow::ratingKitsRequested, this, [this](qint64 experimentId) {
            Core::HistoryStore* history = m_runs->history();
            if (!history || experimentId <= 0)
                return;
            auto* dialog = new RatingKitDialog(*history, RatingKitDialog::Of::Experiment, experimentId, m_experimentsWindow);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
        });
        // Ratings files dropped on the experiments window come back into the history as well.
        auto* drop = new RatingsDropHandler(m_experimentsWindow, [this] {
            Core::HistoryStore* history = m_runs->history();
            return history ? &history->database() : nullptr;
        });
        connect(drop, &RatingsDropHandler::imported, m_experimentsWindow, &ExperimentsWindow::refreshList);
    }
    m_experimentsWindow->show();
    m_experimentsWindow->raise();
    m_experimentsWindow->activateWindow();
}

void MainWindow::openRun(qint64 runId)
{
    auto session = m_runs->open(runId);
    if (!session) {
        MessageBox::warning(this, tr("Cannot open the run"), session.error().message);
        return;
    }
    showSession(*session);
}

void MainWindow::runAgain(qint64 runId)
{
    auto session = m_runs->runAgain(runId);
    if (!session) {
        MessageBox::warning(this, tr("Cannot run again"), session.error().message);
        return;
    }
    showSession(*session);
    if (m_history)
        m_history->refresh();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_restarting) { // the edits and layout are in the saved session already
        event->accept();
        return;
    }
    if (!confirmDiscard()) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}

} // namespace Cb::Ui
