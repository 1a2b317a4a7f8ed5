#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Cb::Core {
class Settings;
}

namespace Cb::Ui {

// What a relaunch brings back when the interface language changes (issue 16): the pack (its
// file, and unsaved edits kept in a recovery file), the run shown in the comparison, whether
// the reading layout was on and follow-ups typed but not sent. Template variables are kept in
// the settings as they are typed (Keys::PromptVariables). The window layout goes through the usual settings
// (MainWindow::saveLayout). Kept in Settings (app/restartSession) and read once by the new
// process, which is started with kArgument. GUI thread.
struct RestartSession
{
    QString packPath{};  // the pack's file; empty for a pack never saved
    QString editsPath{}; // a recovery file (PackRecovery::write) with the unsaved edits; empty when none
    qint64 runId = 0;    // the run in the comparison; 0 for none
    bool reading = false; // the reading layout was on
    QMap<qint64, QString> followUpDrafts{}; // follow-up boxes' unsent text, by call id of the run shown

    static inline const QString kArgument = QStringLiteral("--restore-session");

    void save(Core::Settings& settings) const;
    // The saved session, removed from the settings so that it is restored only once.
    static std::optional<RestartSession> take(Core::Settings& settings);

    using Relauncher = std::function<bool(const QString& program, const QStringList& arguments)>;
    // Starts this executable again, detached, with `arguments` (QProcess::startDetached), or calls
    // the test's relauncher instead. False when it could not be started.
    static bool relaunch(const QStringList& arguments);
    // Tests: receives the relaunch instead of a new process; empty restores the real one.
    static void setRelauncherForTests(Relauncher relauncher);
};

} // namespace Cb::Ui
