#include "core/experiment/experimentrecord.h"

#include <QUrl>

namespace Cb::Core {

QString ExperimentRecord::modeName(Mode mode)
{
    return mode == Mode::Live ? QStringLiteral("live") : QStringLiteral("batch");
}

std::optional<ExperimentRecord::Mode> ExperimentRecord::modeFromName(const QString& name)
{
    if (name == QStringLiteral("live"))
        return Mode::Live;
    if (name == QStringLiteral("batch"))
        return Mode::Batch;
    return std::nullopt;
}

QJsonObject ExperimentRecord::planJson() const
{
    QJsonObject json = plan.toJson();
    QJsonObject urls;
    for (auto it = baseUrls.cbegin(); it != baseUrls.cend(); ++it)
        if (const QString url = storableUrl(it.value()); !url.isEmpty())
            urls.insert(it.key(), url);
    if (!urls.isEmpty())
        json.insert(QStringLiteral("base_urls"), urls);
    return json;
}

void ExperimentRecord::setPlanJson(const QJsonObject& json)
{
    plan = RunPlan::fromJson(json);
    baseUrls.clear();
    const QJsonObject urls = json.value(QStringLiteral("base_urls")).toObject();
    for (auto it = urls.constBegin(); it != urls.constEnd(); ++it)
        if (!it.value().toString().isEmpty())
            baseUrls.insert(it.key(), it.value().toString());
}

QString ExperimentRecord::storableUrl(const QString& url)
{
    const QUrl u(url);
    if (!u.isValid() || u.isEmpty())
        return QString();
    return u.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

} // namespace Cb::Core
