#pragma once

#include "core/prompt/assembledprompt.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTimer;

namespace Cb::Core {
class PackDocument;
class Settings;
} // namespace Cb::Core

namespace Cb::Ui {

class FindBar;
class VariablesForm;

// The middle pane: exactly what a model will receive, the instructions and the user message,
// re-assembled off the GUI thread shortly after each pack edit with the template chosen in the
// pane (and the values typed for its variables). Items and sections are tinted so their
// boundaries show without changing the text; Ctrl+F finds. A prompt longer than MaxShownChars is
// shown truncated with a note, but prompt() and Copy always hold all of it.
// Not owning the document or the settings (may be null: default template, nothing saved).
class PromptPreviewPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr qsizetype MaxShownChars = 1'000'000;

    explicit PromptPreviewPanel(Core::PackDocument* document, Core::Settings* settings = nullptr,
                                QWidget* parent = nullptr);
    ~PromptPreviewPanel() override;

    const Core::AssembledPrompt& prompt() const { return m_prompt; }
    // sha256 of prompt(), computed with it off the GUI thread.
    const QByteArray& promptSha256() const { return m_sha256; }
    // True while an edit waits to be assembled or an assembly runs: prompt() may be stale.
    bool isAssembling() const;
    QPlainTextEdit* inputView() const { return m_input; }
    QPlainTextEdit* instructionsView() const { return m_instructions; }
    QComboBox* templateBox() const { return m_templates; }
    FindBar* findBar() const { return m_find; }
    VariablesForm* variablesForm() const { return m_variables; }
    QLabel* truncationNote() const { return m_truncated; }
    // Scrolls to and highlights where an item landed in the prompt.
    void showItem(const QString& itemId);
    void copyToClipboard() const;
    void openFind();
    void setTokenSummary(const QString& text, const QString& toolTip);

Q_SIGNALS:
    void promptAssembled();
    void itemClicked(const QString& itemId);

private:
    struct Assembly
    {
        Core::AssembledPrompt prompt;
        QByteArray sha256;
        QStringList variables;     // the template's user variables
        QStringList templateNames; // the library as it is on disk now
    };

    void scheduleAssembly();
    void assembleNow();
    void applyResult();
    void itemAtCursor();
    void updateSelections();
    void updateStats();
    void chooseTemplate(int index);
    void editTemplates();

    Core::PackDocument* m_document;
    Core::Settings* m_settings;
    QTimer* m_debounce;
    QFutureWatcher<Assembly> m_watcher;
    bool m_pending = false;
    Core::AssembledPrompt m_prompt;
    QByteArray m_sha256;
    QString
        m_shownInstructions; // the full texts the views were last updated to (views may cut them)
    QString m_shownInput;
    QString m_highlightedItem;
    QString m_tokenSummary;
    QComboBox* m_templates;
    VariablesForm* m_variables;
    FindBar* m_find;
    QPlainTextEdit* m_instructions;
    QPlainTextEdit* m_input;
    QLabel* m_truncated;
    QLabel* m_stats;
};

} // namespace Cb::Ui
