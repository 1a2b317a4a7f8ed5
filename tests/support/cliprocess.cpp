#include "support/cliprocess.h"

#include "support/clilanguage.h"
#include "support/providertesting.h"

#include <QDirIterator>
#include <QProcessEnvironment>
#include "cb_test_paths.h"

namespace Cb::Test {

CliProcess::CliProcess(const QString& dataHome, const QHash<QString, QString>& env)
    : m_dataHome(dataHome), m_process(std::make_unique<QProcess>())
{
    QProcessEnvironment pe = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "http_proxy", "https_proxy",
                             "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "OPENAI_API_KEY",
                             "ANTHROPIC_API_KEY", "GEMINI_API_KEY", "OPENAI_COMPATIBLE_API_KEY",
                             "DBUS_SESSION_BUS_ADDRESS", "CB_RESOURCE_DIR"})
        pe.remove(QString::fromLatin1(name));
    pe.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    pe.insert(QStringLiteral("XDG_CONFIG_HOME"), dataHome + QStringLiteral("/config"));
    pe.insert(QStringLiteral("XDG_CACHE_HOME"), dataHome + QStringLiteral("/cache"));
    setCliLanguage(pe); // English unless `env` gives LANG
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        pe.insert(it.key(), it.value());
    m_process->setProcessEnvironment(pe);
    QObject::connect(m_process.get(), &QProcess::readyReadStandardOutput, m_process.get(),
                     [this] { m_out += m_process->readAllStandardOutput(); });
    QObject::connect(m_process.get(), &QProcess::readyReadStandardError, m_process.get(),
                     [this] { m_err += m_process->readAllStandardError(); });
}

void CliProcess::start(const QStringList& args)
{
    m_out.clear();
    m_err.clear();
    m_process->start(QStringLiteral(CB_APP_BINARY), args);
    m_process->waitForStarted(10000);
}

bool CliProcess::waitForExit(int timeoutMs)
{
    const bool ended = waitFor([this] { return m_process->state() == QProcess::NotRunning; }, timeoutMs);
    m_out += m_process->readAllStandardOutput();
    m_err += m_process->readAllStandardError();
    return ended;
}

void CliProcess::kill()
{
    m_process->kill();
    m_process->waitForFinished(10000);
}

int CliProcess::exitCode() const
{
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

QString CliProcess::historyPath() const
{
    QDirIterator it(m_dataHome, {QStringLiteral("history.sqlite")}, QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

} // namespace Cb::Test
