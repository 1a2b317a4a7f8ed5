#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace Cb::Core {
class ModelCatalog;
}

namespace Cb::Ui {

class AskFirstDialog;
class PackEditor;
class PromptPreviewPanel;
struct Services;

// The window's side of "Ask first": the "Ask First…" action beside Send and the "Ask Before
// Sending" option (saved in Settings), the model that asks by default (the user's last choice,
// else the cheapest catalog model of a provider with a key), and what OK does: the answers go
// into the pack as one dated note in "Clarifications" (one undo step through the PackEditor),
// then, once the prompt preview has reassembled with it, sendRequested(). Cancel changes
// nothing. Not owning the services, catalog, editor or panel. GUI thread.
class AskFirstController : public QObject
{
    Q_OBJECT
public:
    AskFirstController(Services& services, const Core::ModelCatalog& catalog, PackEditor* editor,
                       PromptPreviewPanel* prompt, QWidget* window);

    QAction* askAction() const { return m_askAction; }
    QAction* askBeforeSendingAction() const { return m_beforeSending; }
    bool askBeforeSending() const;
    AskFirstDialog* dialog() const; // the open dialog, else null

    // Opens the dialog (once the default model is known); it starts asking at once.
    void ask();

Q_SIGNALS:
    void sendRequested();

private:
    void openDialog(const QString& modelKey);
    void accept(AskFirstDialog* dialog);
    void sendWhenAssembled();

    Services& m_services;
    const Core::ModelCatalog& m_catalog;
    PackEditor* m_editor;
    PromptPreviewPanel* m_prompt;
    QWidget* m_window;
    QAction* m_askAction;
    QAction* m_beforeSending;
    QPointer<AskFirstDialog> m_dialog;
    bool m_lookingUp = false;
};

} // namespace Cb::Ui
