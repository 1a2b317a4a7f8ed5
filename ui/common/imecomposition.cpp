#include "ui/common/imecomposition.h"

#include <QApplication>
#include <QFocusEvent>
#include <QInputMethod>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QWidget>

namespace Cb::Ui {

namespace {

ImeComposition* watcherOf(QWidget* editor)
{
    return editor ? editor->findChild<ImeComposition*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

bool isReturn(const QEvent* event)
{
    const int key = static_cast<const QKeyEvent*>(event)->key();
    return key == Qt::Key_Return || key == Qt::Key_Enter;
}

} // namespace

ImeComposition::ImeComposition(QWidget* editor) : QObject(editor), m_editor(editor) {}

void ImeComposition::watch(QWidget* editor)
{
    if (!editor || watcherOf(editor))
        return;
    editor->installEventFilter(new ImeComposition(editor));
}

void ImeComposition::commitPending(QWidget* editor)
{
    if (auto* watcher = watcherOf(editor))
        watcher->commit();
}

void ImeComposition::commitFocused()
{
    // Does nothing when the focus is not in a watched editor.
    commitPending(QApplication::focusWidget());
}

void ImeComposition::commit()
{
    if (m_preedit.isEmpty())
        return;
    // The platform input method knows best what it is composing; it commits synchronously.
    if (m_editor->hasFocus())
        QGuiApplication::inputMethod()->commit();
    if (m_preedit.isEmpty())
        return;
    // It forwarded the key without committing (or there is none, offscreen): commit ourselves,
    // then make it forget the syllable so it cannot be committed a second time.
    QInputMethodEvent commitEvent;
    commitEvent.setCommitString(m_preedit);
    QCoreApplication::sendEvent(m_editor, &commitEvent);
    m_preedit.clear();
    if (m_editor->hasFocus())
        QGuiApplication::inputMethod()->reset();
}

bool ImeComposition::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_editor)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::InputMethod:
        m_preedit = static_cast<QInputMethodEvent*>(event)->preeditString();
        break;
    case QEvent::ShortcutOverride: // Ctrl+Return (Send) is checked here before the shortcut fires
    case QEvent::KeyPress:
        if (isReturn(event))
            commit();
        break;
    case QEvent::FocusOut:
        // Qt asks the input method to commit when focus moves, but not for popups and menus.
        if (static_cast<QFocusEvent*>(event)->reason() != Qt::PopupFocusReason)
            commit();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Cb::Ui
