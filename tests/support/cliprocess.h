#pragma once

#include <QByteArray>
#include <QHash>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace Cb::Test {

// The real contextbench binary started from a test, with its data under a temp XDG_DATA_HOME,
// no proxies and no display, in English, and the environment variables given (LANG=ko_KR.UTF-8
// for Korean). The test's event loop keeps
// running while it waits, so fake servers in the test process can answer the child.
class CliProcess
{
public:
    CliProcess(const QString& dataHome, const QHash<QString, QString>& env);
    CliProcess(const CliProcess&) = delete; // the output handlers point at this object
    CliProcess& operator=(const CliProcess&) = delete;

    void start(const QStringList& args);
    // Waits (event loop running) for the process to end; false on timeout.
    bool waitForExit(int timeoutMs = 60000);
    void kill(); // SIGKILL, like a crash

    int exitCode() const;
    QByteArray out() const { return m_out; }
    QString err() const { return QString::fromUtf8(m_err); }
    QProcess& process() { return *m_process; }
    // The history database the child writes (found under the data home), empty if none.
    QString historyPath() const;

private:
    QString m_dataHome;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_out;
    QByteArray m_err;
};

} // namespace Cb::Test
