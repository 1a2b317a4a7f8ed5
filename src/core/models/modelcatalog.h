#pragma once

#include "core/common/result.h"
#include "core/models/modelinfo.h"

#include <QDate>
#include <QJsonDocument>
#include <QList>
#include <QVariantMap>

namespace Cb::Core {

// The table of models ContextBench knows: windows, prices, capabilities
// (resources/models/catalog.json, format in resources/models/README.md), plus user overrides.
//
// A value type: load once (off the GUI thread if you like), then copy or share const; lookups
// are const and thread-safe. Lookups never fail loudly: an unknown model is std::nullopt and
// callers show cost "unknown" rather than an error.
//
// Lookup accepts "provider:model" or a bare model id, case-insensitively, and resolves
//   exact id → listed aliases → id with a trailing date (-2025-06-10 / -20250514) or -latest
//   removed (so a new snapshot of a known model finds its base entry) → Gemini's "models/" prefix.
class ModelCatalog
{
public:
    static constexpr int SupportedVersion = 1;

    ModelCatalog() = default;

    // The shipped catalog, Cb::Core::resourcePath("models/catalog.json").
    static Result<ModelCatalog> loadDefault();
    static Result<ModelCatalog> loadFile(const QString& path);
    // `origin` names the source in error messages.
    static Result<ModelCatalog> fromJson(const QByteArray& json, const QString& origin);

    // Overrides are a partial catalog: {"models": [{"provider": "openai", "id": "o3",
    // "pricing": {"input": 1.5}}]}. An entry matching a known model is merged into it field by
    // field; an unmatched entry must be complete and adds a model (a local server, say).
    // All-or-nothing: on error the catalog is unchanged.
    VoidResult applyOverrides(const QJsonObject& overrides);
    VoidResult applyOverrides(const QVariantMap& overrides);
    VoidResult applyOverridesFile(const QString& path);

    int catalogVersion() const { return m_version; }
    QDate updated() const { return m_updated; }
    const QList<ModelInfo>& models() const { return m_models; }

    std::optional<ModelInfo> find(const QString& keyOrId) const;
    std::optional<ModelInfo> find(ModelProvider provider, const QString& modelId) const;

    // The whole catalog in its own file format (for `contextbench models --json`).
    QJsonDocument toJson() const;

private:
    int indexOf(std::optional<ModelProvider> provider, const QString& modelId) const;
    int indexOfExact(std::optional<ModelProvider> provider, const QString& name) const;

    int m_version = 0;
    QDate m_updated;
    QList<ModelInfo> m_models;
};

} // namespace Cb::Core
