#pragma once

#include <QMessageBox>

#include <optional>

namespace Cb::Ui {

// The one way the app shows modal message boxes, so GUI tests can pre-answer them instead of
// hanging on exec(). Call setNextAnswer() in a test before the action that asks.
class MessageBox
{
public:
    static QMessageBox::StandardButton ask(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                           const QString& text, QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);

    // Test seam: the next ask/warning/information returns this without showing anything.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static QString lastText(); // what the last box said (tests)

private:
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static QString s_lastText;
};

} // namespace Cb::Ui
