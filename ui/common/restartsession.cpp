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
    QVariantMap drafts; // keys are call ids: settings maps have string keys
    for (auto it = followUpDrafts.cbegin(); it != followUpDrafts.cend(); ++it)
        drafts.insert(QString::number(it.key()), it.value());
    settings.set(Core::Keys::RestartSession, QVariantMap{{QStringLiteral("packPath"), packPath},
                                                         {QStringLiteral("editsPath"), editsPath},
                                                         {QStringLiteral("runId"), runId},
                                                         {QStringLiteral("reading"), reading},
                                                         {QStringLiteral("followUpDrafts"), drafts}});
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
    const QVariantMap drafts = map.value(QStringLiteral("followUpDrafts")).toMap();
    for (auto it = drafts.cbegin(); it != drafts.cend(); ++it)
        if (const qint64 callId = it.key().toLongLong(); callId > 0)
            session.followUpDrafts.insert(callId, it.value().toString());
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
