#include "core/run/runplan.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Cb::Core {

QString PlannedModel::canonicalProvider(const QString& id)
{
    const QString lower = id.trimmed().toLower();
    if (lower == QLatin1String("local") || lower == QLatin1String("openai-compatible"))
        return QStringLiteral("openai-compatible");
    for (const char* known : {"openai", "anthropic", "gemini"})
        if (lower == QLatin1String(known))
            return lower;
    return {};
}

QString PlannedModel::secretId(const QString& provider)
{
    return provider == QLatin1String("openai-compatible") ? QStringLiteral("local") : provider;
}

Result<PlannedModel> PlannedModel::parse(const QString& text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == text.size() - 1)
        return fail(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Cb::Core::PlannedModel",
                                        "expected PROVIDER:MODEL such as openai:o3, got '%1'")
                .arg(text));
    PlannedModel m;
    m.provider = canonicalProvider(text.left(colon));
    m.model = text.mid(colon + 1).trimmed();
    if (m.provider.isEmpty())
        return fail(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Cb::Core::PlannedModel",
                                        "unknown provider '%1' in '%2'; use openai, anthropic, "
                                        "gemini or openai-compatible (alias local)")
                .arg(text.left(colon), text));
    return m;
}

QJsonObject RunPlan::toJson() const
{
    QJsonArray list;
    for (const PlannedModel& m : models)
        list.append(QJsonObject{{QStringLiteral("provider"), m.provider},
                                {QStringLiteral("model"), m.model},
                                {QStringLiteral("params"), m.params}});
    return {{QStringLiteral("models"), list}, {QStringLiteral("repeats"), repeats}};
}

RunPlan RunPlan::fromJson(const QJsonObject& json)
{
    RunPlan plan;
    plan.repeats = qMax(1, json.value(QStringLiteral("repeats")).toInt(1));
    for (const QJsonValue& v : json.value(QStringLiteral("models")).toArray()) {
        const QJsonObject o = v.toObject();
        PlannedModel m;
        m.provider = PlannedModel::canonicalProvider(o.value(QStringLiteral("provider")).toString());
        m.model = o.value(QStringLiteral("model")).toString();
        m.params = o.value(QStringLiteral("params")).toObject();
        if (!m.provider.isEmpty() && !m.model.isEmpty())
            plan.models.append(m);
    }
    return plan;
}

RunPlan RunPlan::fromRecord(const RunRecord& run)
{
    const QJsonObject stored = run.settings.value(QStringLiteral("plan")).toObject();
    if (!stored.isEmpty())
        return fromJson(stored);
    // Older records: one plan entry per distinct model, repeats = the most repeats seen.
    RunPlan plan;
    plan.repeats = 0;
    for (const CallRecord& c : run.calls) {
        plan.repeats = qMax(plan.repeats, c.repeatIndex + 1);
        const bool seen = std::any_of(plan.models.cbegin(), plan.models.cend(), [&](const PlannedModel& m) {
            return m.provider == c.provider && m.model == c.model;
        });
        if (!seen)
            plan.models.append({c.provider, c.model, c.params});
    }
    plan.repeats = qMax(1, plan.repeats);
    return plan;
}

} // namespace Cb::Core
