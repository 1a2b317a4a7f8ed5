#pragma once

#include <QByteArray>
#include <QObject>

class QAction;
class QSplitter;
class QWidget;

namespace Cb::Core {
class Settings;
}

namespace Cb::Ui {

class ReadingStrip;

// The reading layout: the comparison takes the whole width and the pack and prompt collapse
// to a slim strip that restores them in one click. Entered by its toggle (toolbar, View menu,
// Ctrl+Shift+R) and, unless the user last left it, when answers start arriving. Switching only
// hides and shows panes, so nothing is lost, streaming included; the normal layout's splitter
// sizes are kept and come back as they were. GUI thread.
class ReadingLayout : public QObject
{
    Q_OBJECT
public:
    // `panes` are the splitter's widgets that collapse (the pack and the prompt preview); the
    // strip is placed before the splitter in `host`'s layout by the caller.
    ReadingLayout(QSplitter* splitter, QList<QWidget*> panes, Core::Settings& settings, QObject* parent);

    QAction* toggleAction() const { return m_action; }
    ReadingStrip* strip() const { return m_strip; }
    bool isActive() const { return m_active; }
    // The user's choice: also remembered for the next answers.
    void setActive(bool active);
    // Answers are arriving: take the stage if the user's last choice says so.
    void answersArriving();
    // The splitter state of the normal layout, for saving at exit even while reading.
    QByteArray normalSplitterState() const;

Q_SIGNALS:
    void activeChanged(bool active);

private:
    void apply(bool active);

    QSplitter* m_splitter;
    QList<QWidget*> m_panes;
    Core::Settings& m_settings;
    QAction* m_action;
    ReadingStrip* m_strip;
    QByteArray m_normalState; // saved at exit while reading
    bool m_active = false;
};

} // namespace Cb::Ui
