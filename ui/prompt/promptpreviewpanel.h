#pragma once

#include "core/prompt/assembledprompt.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTimer;

namespace Cb::Core {
class PackDocument;
}

namespace Cb::Ui {

// The middle pane: exactly what a model will receive, the instructions and the user message,
// re-assembled off the GUI thread shortly after each pack edit. Not owning the document.
class PromptPreviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PromptPreviewPanel(Core::PackDocument* document, QWidget* parent = nullptr);

    const Core::AssembledPrompt& prompt() const { return m_prompt; }
    QPlainTextEdit* inputView() const { return m_input; }
    QPlainTextEdit* instructionsView() const { return m_instructions; }
    // Scrolls to and highlights where an item landed in the prompt.
    void showItem(const QString& itemId);
    void copyToClipboard() const;

Q_SIGNALS:
    void promptAssembled();
    void itemClicked(const QString& itemId);

private:
    void scheduleAssembly();
    void assembleNow();
    void applyResult();
    void itemAtCursor();

    Core::PackDocument* m_document;
    QTimer* m_debounce;
    QFutureWatcher<Core::AssembledPrompt> m_watcher;
    bool m_pending = false;
    Core::AssembledPrompt m_prompt;
    QPlainTextEdit* m_instructions;
    QPlainTextEdit* m_input;
    QLabel* m_stats;
};

} // namespace Cb::Ui
