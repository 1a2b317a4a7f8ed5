#include "core/models/modelinfojson.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace Cb::Core {

namespace {

// Reads fields of one JSON object, remembering the first type error with its dotted path.
class FieldReader
{
public:
    FieldReader(const QJsonObject& object, QString path) : m_object(object), m_path(std::move(path))
    {
    }

    std::optional<double> optionalNumber(const QString& key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble() || v.toDouble() < 0 || !std::isfinite(v.toDouble())) {
            setError(key, QCoreApplication::translate("Cb::Core::ModelInfoJson",
                                                      "a non-negative number or null"));
            return std::nullopt;
        }
        return v.toDouble();
    }

    qint64 integer(const QString& key, qint64 fallback, bool required)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                setError(key, QCoreApplication::translate("Cb::Core::ModelInfoJson",
                                                          "a positive integer"));
            return fallback;
        }
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d != std::floor(d)) {
            setError(key, QCoreApplication::translate("Cb::Core::ModelInfoJson",
                                                      "a non-negative integer"));
            return fallback;
        }
        return static_cast<qint64>(d);
    }

    QString string(const QString& key, bool required)
    {
        const QJsonValue v = m_object.value(key);
        if ((v.isUndefined() || v.isNull()) && !required)
            return QString();
        if (!v.isString() || (required && v.toString().isEmpty())) {
            setError(key,
                     QCoreApplication::translate("Cb::Core::ModelInfoJson", "a non-empty string"));
            return QString();
        }
        return v.toString();
    }

    bool boolean(const QString& key, bool fallback)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool())
            setError(key, QCoreApplication::translate("Cb::Core::ModelInfoJson", "true or false"));
        return v.toBool(fallback);
    }

    QStringList strings(const QString& key)
    {
        const QJsonValue v = m_object.value(key);
        QStringList out;
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray()) {
            setError(key,
                     QCoreApplication::translate("Cb::Core::ModelInfoJson", "an array of strings"));
            return out;
        }
        for (const QJsonValue& item : v.toArray()) {
            if (!item.isString())
                setError(key, QCoreApplication::translate("Cb::Core::ModelInfoJson",
                                                          "an array of strings"));
            out << item.toString();
        }
        return out;
    }

    QJsonObject object(const QString& key)
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isUndefined() && !v.isNull() && !v.isObject())
            setError(key, QCoreApplication::translate("Cb::Core::ModelInfoJson", "an object"));
        return v.toObject();
    }

    bool has(const QString& key) const
    {
        const QJsonValue v = m_object.value(key);
        return !v.isUndefined() && !v.isNull();
    }

    void setError(const QString& key, const QString& expected)
    {
        if (m_error.isEmpty())
            m_error = QCoreApplication::translate("Cb::Core::ModelInfoJson", "%1.%2 must be %3")
                          .arg(m_path, key, expected);
    }
    const QString& error() const { return m_error; }
    void adoptError(const FieldReader& inner)
    {
        if (m_error.isEmpty())
            m_error = inner.error();
    }

private:
    QJsonObject m_object;
    QString m_path;
    QString m_error;
};

TokenPrices readPrices(FieldReader& parent, const QJsonObject& object, const QString& path)
{
    FieldReader r(object, path);
    TokenPrices p;
    p.input = r.optionalNumber(QStringLiteral("input"));
    p.cachedInput = r.optionalNumber(QStringLiteral("cached_input"));
    p.cacheWrite = r.optionalNumber(QStringLiteral("cache_write"));
    p.output = r.optionalNumber(QStringLiteral("output"));
    parent.adoptError(r);
    return p;
}

QJsonValue optionalToJson(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject pricesToJson(const TokenPrices& p)
{
    QJsonObject o{{QStringLiteral("input"), optionalToJson(p.input)},
                  {QStringLiteral("cached_input"), optionalToJson(p.cachedInput)},
                  {QStringLiteral("output"), optionalToJson(p.output)}};
    if (p.cacheWrite)
        o.insert(QStringLiteral("cache_write"), *p.cacheWrite);
    return o;
}

} // namespace

Result<ModelInfo> modelInfoFromJson(const QJsonObject& object)
{
    const QString id = object.value(QStringLiteral("id")).toString();
    FieldReader r(object, id.isEmpty() ? QStringLiteral("model") : id);
    ModelInfo m;
    m.id = r.string(QStringLiteral("id"), true);
    const QString provider = r.string(QStringLiteral("provider"), true);
    if (const auto p = providerFromName(provider))
        m.provider = *p;
    else if (!provider.isEmpty())
        r.setError(
            QStringLiteral("provider"),
            QCoreApplication::translate("Cb::Core::ModelInfoJson",
                                        "one of openai, anthropic, gemini, openai-compatible"));
    m.displayName = r.string(QStringLiteral("display_name"), false);
    if (m.displayName.isEmpty())
        m.displayName = m.id;
    m.aliases = r.strings(QStringLiteral("aliases"));
    m.encoding = r.string(QStringLiteral("encoding"), false);
    m.contextWindow = r.integer(QStringLiteral("context_window"), 0, true);
    if (r.has(QStringLiteral("max_input")))
        m.maxInput = r.integer(QStringLiteral("max_input"), 0, false);
    m.maxOutput = r.integer(QStringLiteral("max_output"), 0, true);
    m.typicalOutputTokens = r.integer(QStringLiteral("typical_output_tokens"), 0, false);
    m.notes = r.string(QStringLiteral("notes"), false);

    const QJsonObject pricing = r.object(QStringLiteral("pricing"));
    m.pricing.base = readPrices(r, pricing, m.id + QStringLiteral(".pricing"));
    FieldReader pr(pricing, m.id + QStringLiteral(".pricing"));
    const QJsonObject tier = pr.object(QStringLiteral("long_context"));
    if (!tier.isEmpty()) {
        FieldReader tr(tier, m.id + QStringLiteral(".pricing.long_context"));
        m.pricing.longContextAbove = tr.integer(QStringLiteral("above_input_tokens"), 0, true);
        r.adoptError(tr);
        m.pricing.longContext = readPrices(r, tier, m.id + QStringLiteral(".pricing.long_context"));
    }
    r.adoptError(pr);

    const QJsonObject caps = r.object(QStringLiteral("capabilities"));
    FieldReader cr(caps, m.id + QStringLiteral(".capabilities"));
    m.capabilities.reasoningEfforts = cr.strings(QStringLiteral("reasoning_efforts"));
    m.capabilities.temperature = cr.boolean(QStringLiteral("temperature"), true);
    m.capabilities.streaming = cr.boolean(QStringLiteral("streaming"), true);
    const QString background = cr.string(QStringLiteral("background"), false);
    if (const auto b = backgroundModeFromName(background.isEmpty() ? QStringLiteral("unsupported")
                                                                   : background))
        m.capabilities.background = *b;
    else
        cr.setError(QStringLiteral("background"),
                    QCoreApplication::translate("Cb::Core::ModelInfoJson",
                                                "unsupported, allowed or required"));
    const QJsonObject thinking = cr.object(QStringLiteral("thinking_budget"));
    if (!thinking.isEmpty()) {
        FieldReader tr(thinking, m.id + QStringLiteral(".capabilities.thinking_budget"));
        ThinkingBudgetRange range;
        range.min = int(tr.integer(QStringLiteral("min"), 0, true));
        range.max = int(tr.integer(QStringLiteral("max"), 0, true));
        range.canDisable = tr.boolean(QStringLiteral("can_disable"), true);
        cr.adoptError(tr);
        m.capabilities.thinkingBudget = range;
    }
    r.adoptError(cr);

    if (!r.error().isEmpty())
        return fail(ErrorCode::Parse, r.error());
    if (m.contextWindow <= 0 || m.maxOutput <= 0)
        return fail(ErrorCode::Parse, QCoreApplication::translate(
                                          "Cb::Core::ModelInfoJson",
                                          "%1: context_window and max_output must be positive")
                                          .arg(m.id));
    return m;
}

QJsonObject modelInfoToJson(const ModelInfo& m)
{
    QJsonObject pricing = pricesToJson(m.pricing.base);
    if (m.pricing.longContext) {
        QJsonObject tier = pricesToJson(*m.pricing.longContext);
        tier.insert(QStringLiteral("above_input_tokens"), double(m.pricing.longContextAbove));
        pricing.insert(QStringLiteral("long_context"), tier);
    }
    QJsonObject caps{{QStringLiteral("reasoning_efforts"),
                      QJsonArray::fromStringList(m.capabilities.reasoningEfforts)},
                     {QStringLiteral("temperature"), m.capabilities.temperature},
                     {QStringLiteral("streaming"), m.capabilities.streaming},
                     {QStringLiteral("background"), backgroundModeName(m.capabilities.background)}};
    if (const auto& t = m.capabilities.thinkingBudget) {
        caps.insert(QStringLiteral("thinking_budget"),
                    QJsonObject{{QStringLiteral("min"), t->min},
                                {QStringLiteral("max"), t->max},
                                {QStringLiteral("can_disable"), t->canDisable}});
    }
    QJsonObject o{{QStringLiteral("provider"), providerName(m.provider)},
                  {QStringLiteral("id"), m.id},
                  {QStringLiteral("display_name"), m.displayName},
                  {QStringLiteral("aliases"), QJsonArray::fromStringList(m.aliases)},
                  {QStringLiteral("encoding"),
                   m.encoding.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m.encoding)},
                  {QStringLiteral("context_window"), double(m.contextWindow)},
                  {QStringLiteral("max_input"),
                   m.maxInput ? QJsonValue(double(*m.maxInput)) : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("max_output"), double(m.maxOutput)},
                  {QStringLiteral("pricing"), pricing},
                  {QStringLiteral("capabilities"), caps},
                  {QStringLiteral("typical_output_tokens"), double(m.typicalOutputTokens)}};
    if (!m.notes.isEmpty())
        o.insert(QStringLiteral("notes"), m.notes);
    return o;
}

QJsonObject mergeJsonObjects(const QJsonObject& base, const QJsonObject& overlay)
{
    QJsonObject out = base;
    for (auto it = overlay.begin(); it != overlay.end(); ++it) {
        const QJsonValue existing = out.value(it.key());
        if (existing.isObject() && it.value().isObject())
            out.insert(it.key(), mergeJsonObjects(existing.toObject(), it.value().toObject()));
        else
            out.insert(it.key(), it.value());
    }
    return out;
}

} // namespace Cb::Core
