#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace Cb::Ui {

// A Korean input method keeps the syllable being composed (the preedit, "한" while typing 한)
// outside the editor's text until it commits it. A handler that reads text() on Return,
// Ctrl+Return or a Send click would then lose that syllable, and a commit arriving after the
// handler cleared the box would leave it behind there. ImeComposition watches an editor
// (QLineEdit or QPlainTextEdit): before Return/Enter (with any modifier) reaches the editor or a
// shortcut, and when the editor loses focus to a Send button, it asks the input method to commit;
// if the syllable is still pending (an input method that forwards the key first), it commits it
// itself and resets the input method so it cannot arrive a second time.
class ImeComposition : public QObject
{
    Q_OBJECT
public:
    static void watch(QWidget* editor);
    // For actions that read an editor without taking focus (toolbar Send, menu Send).
    static void commitPending(QWidget* editor);
    static void commitFocused();

    QString preedit() const { return m_preedit; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit ImeComposition(QWidget* editor);
    void commit();

    QWidget* m_editor;
    QString m_preedit;
};

} // namespace Cb::Ui
