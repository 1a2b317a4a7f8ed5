#pragma once

#include "core/models/modelcatalog.h"
#include "core/providers/providerrequest.h"
#include "core/run/runplan.h"

#include <QHash>

namespace Cb::Core {

struct AssembledPrompt;

// A planned model turned into the request actually sent, and the parameters as applied.
struct BuiltCall
{
    ProviderRequest request;     // apiKey left empty: the orchestrator fills it in
    QJsonObject effectiveParams; // what history records and "Run again" re-sends
    std::optional<ModelInfo> info; // nullopt: not in the catalog (runs anyway, cost unknown)
};

// Applies the catalog's rules to a planned model: background mode where the model requires it
// (polled when it cannot stream), never temperature where not allowed, effort only where the
// model lists it, output and thinking limits clamped to the model's. A model missing from the
// catalog gets what the user asked for, minus sampling parameters for OpenAI reasoning models.
// A value; pure and thread-safe.
class CallRequestBuilder
{
public:
    // baseUrls: provider id → base URL, overriding each protocol's documented default.
    CallRequestBuilder(ModelCatalog catalog, QHash<QString, QString> baseUrls = {});

    BuiltCall build(const PlannedModel& planned, const AssembledPrompt& prompt) const;
    BuiltCall build(const PlannedModel& planned, const QString& instructions, const QString& input) const;

    static ProviderKind kindFor(const QString& provider);
    QString baseUrlFor(const QString& provider) const { return m_baseUrls.value(provider); }
    const ModelCatalog& catalog() const { return m_catalog; }

private:
    ModelCatalog m_catalog;
    QHash<QString, QString> m_baseUrls;
};

} // namespace Cb::Core
