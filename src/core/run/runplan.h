#pragma once

#include "core/common/result.h"
#include "core/history/runrecord.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Cb::Core {

// One model of a run plan: "provider:model" plus the parameters the user chose. Parameter keys
// (all optional): "effort" (low|medium|high|...), "max_output_tokens", "temperature",
// "thinking_budget", "reasoning_summary" (bool), "background" (bool, OpenAI only),
// "base_url". The request builder keeps only what the catalog allows for the model.
struct PlannedModel
{
    QString provider; // canonical id: openai, anthropic, gemini, openai-compatible
    QString model;
    QJsonObject params;

    QString key() const { return provider + QLatin1Char(':') + model; }
    // "openai:o3", "local:llama3.2:3b" (the model id may itself contain colons; "local" is an
    // alias of "openai-compatible").
    static Result<PlannedModel> parse(const QString& providerColonModel);
    // "local" → "openai-compatible"; unknown ids are returned empty.
    static QString canonicalProvider(const QString& id);
    // The SecretStore id for a provider ("openai-compatible" → "local").
    static QString secretId(const QString& provider);
};

// What a Send fans out to: every model `repeats` times, each a fresh, independent call.
// A plain value; stored in the run's settings JSON so a run can be re-sent as it was.
struct RunPlan
{
    QList<PlannedModel> models;
    int repeats = 1;

    int callCount() const { return int(models.size()) * repeats; }
    QJsonObject toJson() const;
    static RunPlan fromJson(const QJsonObject& json);
    // The plan a recorded run was sent with: its settings JSON, or else rebuilt from its calls.
    static RunPlan fromRecord(const RunRecord& run);
};

} // namespace Cb::Core
