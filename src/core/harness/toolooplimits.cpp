#include "core/harness/toolooplimits.h"

#include "core/models/paramkeys.h"

namespace Cb::Core {

bool ToolLoopLimits::toolsMode(const QJsonObject& params)
{
    return params.value(ParamKey::Context).toString() == QLatin1String("tools");
}

void ToolLoopLimits::writeTo(QJsonObject& params) const
{
    params.insert(ParamKey::Context, QStringLiteral("tools"));
    params.insert(ParamKey::MaxToolRounds, maxRounds);
    params.insert(ParamKey::MaxTokensRead, maxTokensRead);
}

ToolLoopLimits ToolLoopLimits::fromParams(const QJsonObject& params)
{
    ToolLoopLimits limits;
    if (params.contains(ParamKey::MaxToolRounds))
        limits.maxRounds = qMax(1, params.value(ParamKey::MaxToolRounds).toInt(kDefaultRounds));
    if (params.contains(ParamKey::MaxTokensRead))
        limits.maxTokensRead =
            qMax<qint64>(1, params.value(ParamKey::MaxTokensRead).toInteger(kDefaultTokensRead));
    return limits;
}

} // namespace Cb::Core
