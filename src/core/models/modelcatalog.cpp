#include "core/models/modelcatalog.h"

#include "core/common/resourcepaths.h"
#include "core/models/modelinfojson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace Cb::Core {

namespace {

Result<QByteArray> readWholeFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.exists() ? ErrorCode::Io : ErrorCode::NotFound,
                    QCoreApplication::translate("Cb::Core::ModelCatalog", "cannot read %1: %2")
                        .arg(path, file.errorString()));
    return file.readAll();
}

Result<QJsonObject> parseObject(const QByteArray& json, const QString& origin)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(ErrorCode::Parse,
                    QCoreApplication::translate("Cb::Core::ModelCatalog",
                                                "%1: invalid JSON at offset %2: %3")
                        .arg(origin)
                        .arg(error.offset)
                        .arg(error.errorString()));
    if (!doc.isObject())
        return fail(ErrorCode::Parse, QCoreApplication::translate("Cb::Core::ModelCatalog",
                                                                  "%1: top level must be an object")
                                          .arg(origin));
    return doc.object();
}

// Splits "openai:o3" into provider and id; "llama3:8b" keeps its colon because "llama3" is no
// provider name.
std::pair<std::optional<ModelProvider>, QString> splitKey(const QString& keyOrId)
{
    const qsizetype colon = keyOrId.indexOf(QLatin1Char(':'));
    if (colon > 0) {
        if (const auto p = providerFromName(keyOrId.left(colon)))
            return {p, keyOrId.mid(colon + 1)};
    }
    return {std::nullopt, keyOrId};
}

} // namespace

Result<ModelCatalog> ModelCatalog::loadDefault()
{
    return loadFile(resourcePath(QStringLiteral("models/catalog.json")));
}

Result<ModelCatalog> ModelCatalog::loadFile(const QString& path)
{
    return readWholeFile(path).and_then(
        [&](const QByteArray& bytes) { return fromJson(bytes, path); });
}

Result<ModelCatalog> ModelCatalog::fromJson(const QByteArray& json, const QString& origin)
{
    const auto root = parseObject(json, origin);
    if (!root)
        return fail(root.error());
    const QJsonValue version = root->value(QStringLiteral("catalog_version"));
    if (!version.isDouble() || version.toInt() < 1)
        return fail(ErrorCode::Parse,
                    QCoreApplication::translate("Cb::Core::ModelCatalog",
                                                "%1: catalog_version must be a positive integer")
                        .arg(origin));
    if (version.toInt() > SupportedVersion)
        return fail(ErrorCode::NewerSchema,
                    QCoreApplication::translate(
                        "Cb::Core::ModelCatalog",
                        "%1: catalog_version %2 is newer than this build supports (%3)")
                        .arg(origin)
                        .arg(version.toInt())
                        .arg(SupportedVersion));
    ModelCatalog catalog;
    catalog.m_version = version.toInt();
    catalog.m_updated =
        QDate::fromString(root->value(QStringLiteral("updated")).toString(), Qt::ISODate);
    if (!catalog.m_updated.isValid())
        return fail(ErrorCode::Parse,
                    QCoreApplication::translate("Cb::Core::ModelCatalog",
                                                "%1: updated must be a date like 2025-11-30")
                        .arg(origin));
    const QJsonValue models = root->value(QStringLiteral("models"));
    if (!models.isArray())
        return fail(ErrorCode::Parse, QCoreApplication::translate("Cb::Core::ModelCatalog",
                                                                  "%1: models must be an array")
                                          .arg(origin));
    for (const QJsonValue& entry : models.toArray()) {
        auto model = modelInfoFromJson(entry.toObject());
        if (!model)
            return fail(ErrorCode::Parse, origin + QStringLiteral(": ") + model.error().message);
        if (catalog.indexOfExact(model->provider, model->id) >= 0)
            return fail(ErrorCode::Parse, QCoreApplication::translate("Cb::Core::ModelCatalog",
                                                                      "%1: duplicate model %2")
                                              .arg(origin, model->key()));
        catalog.m_models.append(*std::move(model));
    }
    return catalog;
}

VoidResult ModelCatalog::applyOverrides(const QJsonObject& overrides)
{
    const QJsonValue models = overrides.value(QStringLiteral("models"));
    if (!models.isArray())
        return fail(ErrorCode::Parse,
                    QCoreApplication::translate("Cb::Core::ModelCatalog",
                                                "overrides: models must be an array"));
    QList<ModelInfo> updated = m_models;
    ModelCatalog scratch;
    for (const QJsonValue& entry : models.toArray()) {
        const QJsonObject patch = entry.toObject();
        const QString id = patch.value(QStringLiteral("id")).toString();
        const QString providerText = patch.value(QStringLiteral("provider")).toString();
        const auto provider = providerFromName(providerText);
        if (id.isEmpty() || (!providerText.isEmpty() && !provider))
            return fail(ErrorCode::Parse,
                        QCoreApplication::translate(
                            "Cb::Core::ModelCatalog",
                            "overrides: each entry needs an id and a known provider"));
        scratch.m_models = updated;
        const int index = scratch.indexOf(provider, id);
        QJsonObject merged = patch;
        if (index >= 0) {
            merged = mergeJsonObjects(modelInfoToJson(updated.at(index)), patch);
            // The patch may name a snapshot; the entry keeps its canonical id.
            merged.insert(QStringLiteral("id"), updated.at(index).id);
        }
        auto model = modelInfoFromJson(merged);
        if (!model)
            return fail(ErrorCode::Parse,
                        QCoreApplication::translate("Cb::Core::ModelCatalog", "overrides: %1")
                            .arg(model.error().message));
        if (index >= 0)
            updated[index] = *std::move(model);
        else
            updated.append(*std::move(model));
    }
    m_models = updated;
    return {};
}

VoidResult ModelCatalog::applyOverrides(const QVariantMap& overrides)
{
    return applyOverrides(QJsonObject::fromVariantMap(overrides));
}

VoidResult ModelCatalog::applyOverridesFile(const QString& path)
{
    return readWholeFile(path)
        .and_then([&](const QByteArray& bytes) { return parseObject(bytes, path); })
        .and_then([&](const QJsonObject& o) { return applyOverrides(o); });
}

std::optional<ModelInfo> ModelCatalog::find(const QString& keyOrId) const
{
    const auto [provider, id] = splitKey(keyOrId.trimmed());
    const int index = indexOf(provider, id);
    return index >= 0 ? std::optional<ModelInfo>(m_models.at(index)) : std::nullopt;
}

std::optional<ModelInfo> ModelCatalog::find(ModelProvider provider, const QString& modelId) const
{
    const int index = indexOf(provider, modelId.trimmed());
    return index >= 0 ? std::optional<ModelInfo>(m_models.at(index)) : std::nullopt;
}

int ModelCatalog::indexOfExact(std::optional<ModelProvider> provider, const QString& name) const
{
    for (int i = 0; i < m_models.size(); ++i) {
        const ModelInfo& m = m_models.at(i);
        if (provider && m.provider != *provider)
            continue;
        if (m.id.compare(name, Qt::CaseInsensitive) == 0 ||
            m.aliases.contains(name, Qt::CaseInsensitive))
            return i;
    }
    return -1;
}

int ModelCatalog::indexOf(std::optional<ModelProvider> provider, const QString& modelId) const
{
    static const QRegularExpression datedSuffix(
        QStringLiteral("-(\\d{4}-\\d{2}-\\d{2}|\\d{8}|latest)$"));
    QString name = modelId;
    if (name.startsWith(QLatin1String("models/")))
        name = name.mid(7);
    int index = indexOfExact(provider, name);
    if (index < 0 && datedSuffix.match(name).hasMatch())
        index = indexOfExact(provider, name.remove(datedSuffix));
    return index;
}

QJsonDocument ModelCatalog::toJson() const
{
    QJsonArray models;
    for (const ModelInfo& m : m_models)
        models.append(modelInfoToJson(m));
    return QJsonDocument(QJsonObject{{QStringLiteral("catalog_version"), m_version},
                                     {QStringLiteral("updated"), m_updated.toString(Qt::ISODate)},
                                     {QStringLiteral("models"), models}});
}

} // namespace Cb::Core
