#include "core/models/modelselection.h"

#include "core/models/paramkeys.h"

#include <QRegularExpression>

namespace Cb::Core {

qint64 RunTarget::maxOutputTokens() const
{
    return std::max<qint64>(0, params.value(ParamKey::MaxOutputTokens).toInteger(0));
}

ModelSelection ModelSelection::build(const QStringList& keys, int repeats, const QString& reasoningEffort,
                                     const ModelCatalog& catalog,
                                     const QHash<QString, QJsonObject>& perModel)
{
    ModelSelection plan;
    plan.repeats = std::max(1, repeats);
    plan.reasoningEffort = reasoningEffort;
    for (const QString& typed : keys) {
        if (!isValidKey(typed))
            continue;
        const QString key = typed.trimmed();
        RunTarget target{key, catalog.find(key), {}, perModel.value(key)};
        // A model's own effort wins; for a model the catalog does not know, only an effort the
        // user set for it is sent (the run-wide one may not exist there).
        const bool ownEffort = target.params.contains(ParamKey::Effort);
        const QString effort = ownEffort ? target.params.take(ParamKey::Effort).toString() : reasoningEffort;
        if (target.model ? target.model->capabilities.reasoningEfforts.contains(effort) : ownEffort)
            target.reasoningEffort = effort;
        plan.targets.append(std::move(target));
    }
    return plan;
}

bool ModelSelection::isValidKey(const QString& key)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z][A-Za-z0-9_.-]*:[^\\s:][^\\s]*$"));
    return pattern.match(key.trimmed()).hasMatch();
}

} // namespace Cb::Core
