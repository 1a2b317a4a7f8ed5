#pragma once

#include <QObject>

class QWidget;

namespace Cb::Ui {

// For the start-up benchmark (bench/startup) and the package check (packaging/check-deb.sh): when
// CB_STARTUP_PROBE_T0 holds the launch time in ms since the epoch, prints "first-window-ms N" and
// "window-title T" at the window's first paint, then, after CB_STARTUP_PROBE_IDLE_MS of idle time,
// "idle-rss-kb N" and quits. Does nothing otherwise.
class StartupProbe : public QObject
{
    Q_OBJECT
public:
    static void installIfRequested(QWidget* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    StartupProbe(QWidget* window, qint64 t0);
    void reportIdle();

    qint64 m_t0;
    bool m_painted = false;
};

} // namespace Cb::Ui
