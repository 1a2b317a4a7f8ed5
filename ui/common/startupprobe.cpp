#include "ui/common/startupprobe.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace Cb::Ui {

StartupProbe::StartupProbe(QWidget* window, qint64 t0) : QObject(window), m_t0(t0) {}

void StartupProbe::installIfRequested(QWidget* window)
{
    bool ok = false;
    const qint64 t0 = qEnvironmentVariable("CB_STARTUP_PROBE_T0").toLongLong(&ok);
    if (!ok)
        return;
    window->installEventFilter(new StartupProbe(window, t0));
}

bool StartupProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_painted && event->type() == QEvent::Paint) {
        m_painted = true;
        const qint64 elapsed = QDateTime::currentMSecsSinceEpoch() - m_t0;
        std::printf("first-window-ms %lld\n", static_cast<long long>(elapsed));
        // The packaging check reads this to see an installed package start in the right language.
        std::printf("window-title %s\n", qUtf8Printable(static_cast<QWidget*>(watched)->windowTitle()));
        std::fflush(stdout);
        bool ok = false;
        int idle = qEnvironmentVariable("CB_STARTUP_PROBE_IDLE_MS").toInt(&ok);
        QTimer::singleShot(ok ? idle : 3000, this, &StartupProbe::reportIdle);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::reportIdle()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:")) {
                std::printf("idle-rss-kb %s\n", line.mid(6).trimmed().split(' ').value(0).constData());
                break;
            }
        }
    }
    std::fflush(stdout);
    QCoreApplication::quit();
}

} // namespace Cb::Ui
