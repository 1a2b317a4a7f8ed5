#include "core/providers/geminischema.h"

#include <QJsonArray>
#include <QSet>

namespace Cb::Core {

namespace {

// The fields of Gemini's Schema object (python-genai `Schema`), besides those rebuilt below.
const QSet<QString>& keptKeys()
{
    static const QSet<QString> keys{
        QStringLiteral("format"),
        QStringLiteral("title"),
        QStringLiteral("description"),
        QStringLiteral("nullable"),
        QStringLiteral("enum"),
        QStringLiteral("maxItems"),
        QStringLiteral("minItems"),
        QStringLiteral("required"),
        QStringLiteral("minProperties"),
        QStringLiteral("maxProperties"),
        QStringLiteral("minLength"),
        QStringLiteral("maxLength"),
        QStringLiteral("pattern"),
        QStringLiteral("example"),
        QStringLiteral("propertyOrdering"),
        QStringLiteral("default"),
        QStringLiteral("minimum"),
        QStringLiteral("maximum"),
    };
    return keys;
}

QJsonArray convertAll(const QJsonArray& schemas)
{
    QJsonArray out;
    for (const QJsonValue& s : schemas)
        out.append(toGeminiSchema(s.toObject()));
    return out;
}

} // namespace

QJsonObject toGeminiSchema(const QJsonObject& schema)
{
    QJsonObject out;
    for (auto it = schema.begin(); it != schema.end(); ++it)
        if (keptKeys().contains(it.key()))
            out.insert(it.key(), it.value());
    const QJsonValue type = schema.value(QStringLiteral("type"));
    if (type.isString()) {
        out.insert(QStringLiteral("type"), type);
    } else if (type.isArray()) {
        QStringList types;
        for (const QJsonValue& t : type.toArray()) {
            if (t.toString() == QStringLiteral("null"))
                out.insert(QStringLiteral("nullable"), true);
            else
                types << t.toString();
        }
        if (types.size() == 1) {
            out.insert(QStringLiteral("type"), types.first());
        } else if (types.size() > 1) {
            QJsonArray anyOf;
            for (const QString& t : types)
                anyOf.append(QJsonObject{{QStringLiteral("type"), t}});
            out.insert(QStringLiteral("anyOf"), anyOf);
        }
    }
    // JSON Schema's const is a one-value enum to Gemini.
    if (schema.contains(QStringLiteral("const")) && !out.contains(QStringLiteral("enum")))
        out.insert(QStringLiteral("enum"), QJsonArray{schema.value(QStringLiteral("const"))});
    if (schema.value(QStringLiteral("properties")).isObject()) {
        QJsonObject properties;
        const QJsonObject in = schema.value(QStringLiteral("properties")).toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            properties.insert(it.key(), toGeminiSchema(it.value().toObject()));
        out.insert(QStringLiteral("properties"), properties);
    }
    if (schema.value(QStringLiteral("items")).isObject())
        out.insert(QStringLiteral("items"),
                   toGeminiSchema(schema.value(QStringLiteral("items")).toObject()));
    if (schema.value(QStringLiteral("anyOf")).isArray())
        out.insert(QStringLiteral("anyOf"),
                   convertAll(schema.value(QStringLiteral("anyOf")).toArray()));
    return out;
}

} // namespace Cb::Core
