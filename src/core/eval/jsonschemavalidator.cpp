#include "core/eval/jsonschemavalidator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Cb::Core {

namespace {

const QStringList& knownTypes()
{
    static const QStringList types{QStringLiteral("null"),   QStringLiteral("boolean"),
                                   QStringLiteral("object"), QStringLiteral("array"),
                                   QStringLiteral("number"), QStringLiteral("integer"),
                                   QStringLiteral("string")};
    return types;
}

bool hasType(const QJsonValue& v, const QString& type)
{
    if (type == QLatin1String("integer"))
        return v.isDouble() && v.toDouble() == std::floor(v.toDouble()) &&
               std::isfinite(v.toDouble());
    if (type == QLatin1String("number"))
        return v.isDouble();
    if (type == QLatin1String("string"))
        return v.isString();
    if (type == QLatin1String("boolean"))
        return v.isBool();
    if (type == QLatin1String("object"))
        return v.isObject();
    if (type == QLatin1String("array"))
        return v.isArray();
    return type == QLatin1String("null") && v.isNull();
}

QString pointerToken(QString key)
{
    return key.replace(QLatin1Char('~'), QLatin1String("~0"))
        .replace(QLatin1Char('/'), QLatin1String("~1"));
}

QString compact(const QJsonValue& v)
{
    if (v.isString())
        return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    const QJsonDocument doc =
        v.isObject() ? QJsonDocument(v.toObject()) : QJsonDocument(QJsonArray{v});
    QString text = QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
    return v.isObject() ? text : text.mid(1, text.size() - 2);
}

// Checks the schema itself; returns the first problem or an empty string.
QString checkSchema(const QJsonValue& schema, const QString& path)
{
    if (schema.isBool())
        return QString();
    if (!schema.isObject())
        return path + QStringLiteral(": ") +
               QCoreApplication::translate("Cb::Core::JsonSchemaValidator",
                                           "a schema must be an object or a boolean");
    const QJsonObject s = schema.toObject();
    static const QStringList unsupported{QStringLiteral("$ref"),
                                         QStringLiteral("$dynamicRef"),
                                         QStringLiteral("if"),
                                         QStringLiteral("then"),
                                         QStringLiteral("else"),
                                         QStringLiteral("patternProperties"),
                                         QStringLiteral("prefixItems"),
                                         QStringLiteral("contains"),
                                         QStringLiteral("dependentSchemas"),
                                         QStringLiteral("dependentRequired"),
                                         QStringLiteral("propertyNames"),
                                         QStringLiteral("unevaluatedProperties"),
                                         QStringLiteral("unevaluatedItems"),
                                         QStringLiteral("uniqueItems"),
                                         QStringLiteral("multipleOf")};
    for (const QString& key : unsupported) {
        if (s.contains(key))
            return path + QStringLiteral(": ") +
                   QCoreApplication::translate("Cb::Core::JsonSchemaValidator",
                                               "keyword %1 is not supported")
                       .arg(key);
    }
    const QJsonValue type = s.value(QStringLiteral("type"));
    const QJsonArray types = type.isArray() ? type.toArray() : QJsonArray{type};
    for (const QJsonValue& t : types) {
        if (!type.isUndefined() && !knownTypes().contains(t.toString()))
            return path + QStringLiteral(": ") +
                   QCoreApplication::translate("Cb::Core::JsonSchemaValidator", "unknown type %1")
                       .arg(compact(t));
    }
    if (s.contains(QStringLiteral("pattern"))) {
        const QRegularExpression re(s.value(QStringLiteral("pattern")).toString());
        if (!re.isValid())
            return path + QStringLiteral(": ") +
                   QCoreApplication::translate("Cb::Core::JsonSchemaValidator",
                                               "invalid pattern: %1")
                       .arg(re.errorString());
    }
    const QJsonObject props = s.value(QStringLiteral("properties")).toObject();
    for (auto it = props.begin(); it != props.end(); ++it) {
        const QString e =
            checkSchema(it.value(), path + QStringLiteral("/properties/") + pointerToken(it.key()));
        if (!e.isEmpty())
            return e;
    }
    for (const char* key : {"additionalProperties", "items", "not"}) {
        const QJsonValue sub = s.value(QLatin1String(key));
        if (!sub.isUndefined()) {
            const QString e = checkSchema(sub, path + QLatin1Char('/') + QLatin1String(key));
            if (!e.isEmpty())
                return e;
        }
    }
    for (const char* key : {"allOf", "anyOf", "oneOf"}) {
        const QJsonArray subs = s.value(QLatin1String(key)).toArray();
        for (qsizetype i = 0; i < subs.size(); ++i) {
            const QString e = checkSchema(
                subs.at(i), path + QStringLiteral("/%1/%2").arg(QLatin1String(key)).arg(i));
            if (!e.isEmpty())
                return e;
        }
    }
    return QString();
}

class Walker
{
public:
    QStringList errors;

    void validate(const QJsonValue& schema, const QJsonValue& v, const QString& at)
    {
        if (schema.isBool()) {
            if (!schema.toBool())
                add(at, QCoreApplication::translate("Cb::Core::JsonSchemaValidator",
                                                    "no value is allowed here"));
            return;
        }
        const QJsonObject s = schema.toObject();
        checkType(s, v, at);
        if (s.contains(QStringLiteral("const")) && v != s.value(QStringLiteral("const")))
            add(at, QCoreApplication::translate("Cb::Core::JsonSchemaValidator", "must equal %1")
                        .arg(compact(s.value(QStringLiteral("const")))));
        if (s.contains(QStringLiteral("enum")) &&
            !s.value(QStringLiteral("enum")).toArray().contains(v))
            add(at,
                QCoreApplication::translate("Cb::Core::JsonSchemaValidator", "must be one of %1")
                    .arg(compact(s.value(QStringLiteral("enum")))));
        if (v.isDouble())
            checkNumber(s, v.toDouble(), at);
        if (v.isString())
            checkString(s, v.toString(), at);
        if (v.isArray())
            checkArray(s, v.toArray(), at);
        if (v.isObject())
            checkObject(s, v.toObject(), at);
        checkCombinators(s, v, at);
    }

private:
    void add(const QString& at, const QString& message)
    {
        errors << (at.isEmpty()
                       ? QCoreApplication::translate("Cb::Core::JsonSchemaValidator", "(root)")
                       : at) +
                      QStringLiteral(": ") + message;
    }

    void checkType(const QJsonObject& s, const QJsonValue& v, const QString& at)
    {
        const QJsonValue type = s.value(QStringLiteral("type"));
        if (type.isUndefined())
            return;
        const QJsonArray types = type.isArray() ? type.toArray() : QJsonArray{type};
        for (const QJsonValue& t : types) {
            if (hasType(v, t.toString()))
                return;
        }
        add(at, QCoreApplication::translate("Cb::Core::JsonSchemaValidator", "expected type %1")
                    .arg(compact(type)));
    }

    void checkNumber(const QJsonObject& s, double x, const QString& at)
    {
        // Whole sentences per bound, so a translation never splices words into a number.
        const auto bound = [&](const char* key, auto violates, const QString& sentence) {
            const QJsonValue b = s.value(QLatin1String(key));
            if (b.isDouble() && violates(x, b.toDouble()))
                add(at, sentence.arg(x).arg(b.toDouble()));
        };
        bound(
            "minimum", [](double a, double b) { return a < b; },
            QCoreApplication::translate("Cb::Core::JsonSchemaValidator",
                                        "%1 is below the minimum %2"));
        bound(
            "maximum", [](double a, double b) { return a > b; },
            QCoreApplication::translate("Cb::Core::JsonSchemaValidator",
                                        "%1 is above the maximum %2"));
        bound(
            "exclusiveMinimum", [](double a, double b) { return a <= b; },
            QCoreApplication::translate("Cb::Core::JsonSchemaValidator", "%1 is not above %2"));
        bound(
            "exclusiveMaximum", [](double a, double b) { return a >= b; },
            QCoreApplication::translate("Cb::Core::JsonSchemaValidator", "%1 is not below %2"));
    }

    void checkString(const QJsonObject& s, const QString& text, const QString& at)
    {
        const qsizetype length = text.toUcs4().size();
        const QJsonValue min = s.value(QStringLiteral("minLength"));
        const QJsonValue max = s.value(QStringLiteral("maxLength"));
        if (min.isDouble() && double(length) < min.toDouble())
            add(at, QCoreApplication::translate("Cb::Core::JsonSchemaValidator",
                                                "length %1 is below minLength %2")
                        .arg(length)
                        .arg(min.toDouble()));
        if (max.isDouble() && double(length) > max.toDouble())
            add(at, QCoreApplication::translate("Cb::Core::JsonSchemaValidator",
                                                "length %1 is above maxLength %2")
                        .arg(length)
                        .arg(max.toDouble()));
        const QJsonValue pattern = s.value(QStringLiteral("pattern"));
        if (pattern.isString() && !QRegularExpression(pattern.toString()).match(text).hasMatch())
            add(at, QCoreApplication::translate("Cb::Core::JsonSchemaValidator",
                                                "does not match pattern %1")
                        .arg(pattern.toString()));
    }

    void checkArray(const QJsonObject& s, const QJsonArray& items, const QString& at)
    {
        const QJsonValue min = s.value(QStringLiteral("minItems"));
        const QJsonValue max = s.value(QStringLiteral("maxItems"));
        if (min.isDouble() && double(items.size()) < min.toDouble())
            add(at, QCoreApplication::translate("Cb::Core::JsonSchemaValidator",
                                                "%n item(s), minItems is %1", nullptr,
                                                int(items.size()))
                        .arg(min.toDouble()));
        if (max.isDouble() && double(items.size()) > max.toDouble())
            add(at, QCoreApplication::translate("Cb::Core::JsonSchemaValidator",
                                                "%n item(s), maxItems is %1", nullptr,
                                                int(items.size()))
                        .arg(max.toDouble()));
        const QJsonValue itemSchema = s.value(QStringLiteral("items"));
        if (!itemSchema.isUndefined())
            for (qsizetype i = 0; i < items.size(); ++i)
                validate(itemSchema, items.at(i), at + QStringLiteral("/%1").arg(i));
    }

    void checkObject(const QJsonObject& s, const QJsonObject& o, const QString& at)
    {
        for (const QJsonValue& name : s.value(QStringLiteral("required")).toArray()) {
            if (!o.contains(name.toString()))
                add(at, QCoreApplication::translate("Cb::Core::JsonSchemaValidator",
                                                    "missing required property \"%1\"")
                            .arg(name.toString()));
        }
        const QJsonObject props = s.value(QStringLiteral("properties")).toObject();
        const QJsonValue additional = s.value(QStringLiteral("additionalProperties"));
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString child = at + QLatin1Char('/') + pointerToken(it.key());
            if (props.contains(it.key()))
                validate(props.value(it.key()), it.value(), child);
            else if (additional.isBool() && !additional.toBool())
                add(at, QCoreApplication::translate("Cb::Core::JsonSchemaValidator",
                                                    "property \"%1\" is not allowed")
                            .arg(it.key()));
            else if (additional.isObject())
                validate(additional, it.value(), child);
        }
    }

    void checkCombinators(const QJsonObject& s, const QJsonValue& v, const QString& at)
    {
        const auto passes = [&](const QJsonValue& sub) {
            Walker w;
            w.validate(sub, v, at);
            return w.errors.isEmpty();
        };
        for (const QJsonValue& sub : s.value(QStringLiteral("allOf")).toArray())
            validate(sub, v, at);
        if (s.contains(QStringLiteral("anyOf"))) {
            const QJsonArray subs = s.value(QStringLiteral("anyOf")).toArray();
            if (std::none_of(subs.begin(), subs.end(), passes))
                add(at, QCoreApplication::translate("Cb::Core::JsonSchemaValidator",
                                                    "matches none of anyOf"));
        }
        if (s.contains(QStringLiteral("oneOf"))) {
            const QJsonArray subs = s.value(QStringLiteral("oneOf")).toArray();
            const auto matched = std::count_if(subs.begin(), subs.end(), passes);
            if (matched != 1)
                add(at, QCoreApplication::translate("Cb::Core::JsonSchemaValidator",
                                                    "matches %1 of oneOf, needs exactly 1")
                            .arg(matched));
        }
        if (s.contains(QStringLiteral("not")) && passes(s.value(QStringLiteral("not"))))
            add(at, QCoreApplication::translate("Cb::Core::JsonSchemaValidator",
                                                "must not match the \"not\" schema"));
    }
};

} // namespace

Result<JsonSchemaValidator> JsonSchemaValidator::create(const QJsonValue& schema)
{
    const QString problem = checkSchema(schema, QStringLiteral("schema"));
    if (!problem.isEmpty())
        return fail(ErrorCode::Unsupported, problem);
    return JsonSchemaValidator(schema);
}

QStringList JsonSchemaValidator::validate(const QJsonValue& instance) const
{
    Walker walker;
    walker.validate(m_schema, instance, QString());
    return walker.errors;
}

} // namespace Cb::Core
