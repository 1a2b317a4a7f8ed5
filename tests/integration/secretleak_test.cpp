#include "support/tempworkspace.h"

#include <QDateTime>
#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>
#include "cb_test_paths.h"

namespace {

const QByteArray kKey = QByteArrayLiteral("sk-proj-LEAKCHECK-5c1f0e9a7b3d42e8");

// Starts the real app with a distinctive key in the environment and every writable location
// inside ws; the start-up probe makes it quit by itself once idle.
int runWindowOnce(const Cb::Test::TempWorkspace& ws, const QStringList& args = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), ws.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), ws.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), ws.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), ws.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("OPENAI_API_KEY"), QString::fromLatin1(kKey));
    env.insert(QStringLiteral("CB_STARTUP_PROBE_T0"), QString::number(QDateTime::currentMSecsSinceEpoch()));
    env.insert(QStringLiteral("CB_STARTUP_PROBE_IDLE_MS"), QStringLiteral("800"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CB_APP_BINARY), args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        return -1;
    }
    return p.exitCode();
}

} // namespace

TEST(SecretLeak_windowStartAndQuit, writesNoKeyAnywhere)
{
    Cb::Test::TempWorkspace ws;
    ASSERT_EQ(runWindowOnce(ws), 0);
    ASSERT_EQ(runWindowOnce(ws), 0); // second start: settings and history exist now
    // The app did write its files here...
    EXPECT_FALSE(Cb::Test::TempWorkspace::filesContaining(ws.path(), QByteArrayLiteral("window")).isEmpty());
    // ...and none of them contains the key.
    EXPECT_EQ(Cb::Test::TempWorkspace::filesContaining(ws.path(), kKey), QStringList());
}
