#pragma once

#include "core/models/modelcatalog.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Cb::Core {

// One model of a run and the parameters it gets. `model` is nullopt for a model typed in by
// hand that the catalog does not know (a local server's model, say): it is still sent, but its
// budget and cost are unknown.
struct RunTarget
{
    QString key; // "provider:model" as the user chose it
    std::optional<ModelInfo> model;
    QString reasoningEffort; // empty: send none (the model has no efforts, or provider default)
    // The user's own parameters for this model (PlannedModel keys: max_output_tokens,
    // thinking_budget, temperature, background), without the effort, which is above.
    QJsonObject params;

    // The requested output cap, or 0 for the model's maximum.
    qint64 maxOutputTokens() const;
};

// What Send should do: every target `repeats` times. A plain value built by the model picker
// and handed to the run orchestrator; any thread.
struct ModelSelection
{
    QList<RunTarget> targets;
    int repeats = 1;
    QString reasoningEffort; // what the user asked for; each target carries what applies to it

    int callCount() const { return int(targets.size()) * repeats; }
    bool isEmpty() const { return targets.isEmpty(); }

    // Keys are looked up in the catalog; the requested effort is given to the models that
    // accept it and dropped for the others (a model without efforts, or "minimal" on o3).
    // `perModel` holds each model's own parameters by key; its "effort" wins over the run's.
    static ModelSelection build(const QStringList& keys, int repeats, const QString& reasoningEffort,
                                const ModelCatalog& catalog,
                                const QHash<QString, QJsonObject>& perModel = {});
    // "provider:model" with both parts non-empty and a known provider name or a plain word
    // ("ollama:llama3.1:8b" is fine: everything after the first colon is the model id).
    static bool isValidKey(const QString& key);
};

} // namespace Cb::Core
