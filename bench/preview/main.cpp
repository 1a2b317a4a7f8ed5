// Preview benchmark: the main window with a generated pack of N MB (default 10). Reports the
// longest stall of the GUI thread (gap between ticks of a 2 ms timer) while the pack is loaded,
// assembled, shown and counted, then while 30 characters are typed into the goal one by one,
// and how long until the preview and the token counts caught up after the last keystroke.
#include "core/pack/packdocument.h"
#include "core/secrets/secretstore.h"
#include "core/settings/memorysettingsstore.h"
#include "core/settings/settings.h"
#include "ui/mainwindow.h"
#include "ui/prompt/promptpreviewpanel.h"
#include "ui/run/promptcountwatcher.h"
#include "ui/services.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Cb;

namespace {

// Longest gap between ticks of a fast timer: how long the event loop was ever kept busy.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(2);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this,
                [this] { m_max = std::max(m_max, m_clock.restart()); });
    }
    void start()
    {
        m_max = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return std::max(m_max, m_clock.elapsed());
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_max = 0;
};

Core::Pack generatedPack(int megabytes)
{
    Core::Pack pack;
    pack.title = QStringLiteral("Benchmark pack");
    pack.goal = QStringLiteral("Write the plan.");
    Core::PackSection section;
    section.id = Core::PackItem::newId();
    section.name = QStringLiteral("Transcripts");
    const QString line = QStringLiteral(
        "Dana: the importer ships before the PDF export; Lee agrees, budget is tight.\n");
    const qsizetype itemChars = 50 * 1024;
    QString text;
    while (text.size() < itemChars)
        text += line;
    for (int i = 0; i < megabytes * 1024 * 1024 / itemChars; ++i)
        section.items.append(Core::PackItem::note(QStringLiteral("Transcript %1").arg(i), text));
    pack.sections = {section};
    return pack;
}

bool settle(Ui::MainWindow& window, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        QApplication::processEvents(QEventLoop::AllEvents, 5);
        const auto& counts = window.countWatcher()->counts();
        if (counts && counts->promptSha256 == window.promptPanel()->promptSha256() &&
            // The default template puts the goal near the end of the input.
            window.promptPanel()->prompt().input.right(4096).contains(
                window.document()->pack().goal) &&
            !window.countWatcher()->isCounting())
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const int megabytes = argc > 1 ? std::max(1, atoi(argv[1])) : 10;
    Core::MemorySettingsStore store;
    Core::Settings settings(store);
    settings.set(Core::Keys::WelcomePackShown, true);
    Core::SecretStore secrets(nullptr, [](const QString&) { return QString(); });
    QNetworkAccessManager network;
    Ui::Services services{&settings, &secrets, &network, nullptr};
    Ui::MainWindow window(services);
    window.resize(1480, 900);
    window.show();
    StallMeter meter;

    const Core::Pack pack = generatedPack(megabytes);
    QElapsedTimer total;
    meter.start();
    total.start();
    window.document()->reset(pack);
    const bool loaded = settle(window, 120000);
    const qint64 loadMs = total.elapsed();
    const qint64 loadStall = meter.stop();

    meter.start();
    QList<qint64> keystrokes;
    for (QChar c : QStringLiteral(" Focus on the launch and costs.")) {
        QElapsedTimer k;
        k.start();
        window.document()->setGoal(window.document()->pack().goal + c);
        QApplication::processEvents();
        keystrokes.append(k.elapsed());
        QElapsedTimer gap; // a fast typist: one key every 80 ms
        gap.start();
        while (gap.elapsed() < 80)
            QApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    total.restart();
    const bool caughtUp = settle(window, 120000);
    const qint64 catchUpMs = total.elapsed();
    const qint64 typingStall = meter.stop();
    std::sort(keystrokes.begin(), keystrokes.end());

    const double mb =
        double(window.promptPanel()->prompt().input.toUtf8().size()) / (1024.0 * 1024.0);
    std::printf("prompt: %.1f MB, %lld items\n", mb,
                static_cast<long long>(pack.sections[0].items.size()));
    std::printf("load to preview + counts: %lld ms%s; longest GUI stall meanwhile: %lld ms\n",
                static_cast<long long>(loadMs), loaded ? "" : " (timed out)",
                static_cast<long long>(loadStall));
    std::printf("typing 31 keys: median %lld ms, max %lld ms per key; longest GUI stall: %lld ms\n",
                static_cast<long long>(keystrokes[keystrokes.size() / 2]),
                static_cast<long long>(keystrokes.last()), static_cast<long long>(typingStall));
    std::printf("after the last key, preview and counts caught up in %lld ms%s\n",
                static_cast<long long>(catchUpMs), caughtUp ? "" : " (timed out)");
    return loaded && caughtUp ? 0 : 1;
}
