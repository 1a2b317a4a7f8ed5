#include "ui/common/restartsession.h"

#include "core/settings/sessionkeys.h"

#include <QCoreApplication>
#include <QProcess>
#include <QVariantMap>

namespace Cb::Ui {

namespace {
RestartSession::Relauncher& testRelauncher()
{
    static RestartSession::Relauncher relauncher;
    return relauncher;
}
} // namespace

void RestartSession::save(Core::Settings& settings) const
{
    settings.set(Core::Keys::RestartSession, QVariantMap{{QStringLiteral("packPath"), packPath},
                                                         {QStringLiteral("editsPath"), editsPath},
                                                         {QStringLiteral("runId"), runId},
                                                         {QStringLiteral("reading"), reading}});
}

std::optional<RestartSession> RestartSession::take(Core::Settings& settings)
{
    const QVariantMap map = settings.get(Core::Keys::RestartSession);
    if (map.isEmpty())
        return std::nullopt;
    settings.reset(Core::Keys::RestartSession);
    settings.store().sync(); // a crash right after this start must not restore the session again
    RestartSession session;
    session.packPath = map.value(QStringLiteral("packPath")).toString();
    session.editsPath = map.value(QStringLiteral("editsPath")).toString();
    session.runId = map.value(QStringLiteral("runId")).toLongLong();
    session.reading = map.value(QStringLiteral("reading")).toBool();
    return session;
}

bool RestartSession::relaunch(const QStringList& arguments)
{
    const QString program = QCoreApplication::applicationFilePath();
    if (testRelauncher())
        return testRelauncher()(program, arguments);
    return QProcess::startDetached(program, arguments);
}

void RestartSession::setRelauncherForTests(Relauncher relauncher) { testRelauncher() = std::move(relauncher); }

} // namespace Cb::Ui
