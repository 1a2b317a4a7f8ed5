#include "core/models/modelselection.h"

#include <QRegularExpression>

namespace Cb::Core {

ModelSelection ModelSelection::build(const QStringList& keys, int repeats, const QString& reasoningEffort,
                       const ModelCatalog& catalog)
{
    ModelSelection plan;
    plan.repeats = std::max(1, repeats);
    plan.reasoningEffort = reasoningEffort;
    for (const QString& key : keys) {
        if (!isValidKey(key))
            continue;
        RunTarget target{key.trimmed(), catalog.find(key), {}};
        if (target.model && target.model->capabilities.reasoningEfforts.contains(reasoningEffort))
            target.reasoningEffort = reasoningEffort;
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
