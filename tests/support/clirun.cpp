#include "support/clirun.h"

#include "support/clilanguage.h"

#include <QProcess>
#include <QProcessEnvironment>
#include "cb_test_paths.h"

namespace Cb::Test {

CliRun CliRun::run(const QStringList& args, const QString& dataHome, const QString& lang)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dataHome + QStringLiteral("/config"));
    setCliLanguage(env, lang);
    env.remove(QStringLiteral("CB_RESOURCE_DIR"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CB_APP_BINARY), args);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace Cb::Test
