#include "core/eval/jsonschemavalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace Cb::Core;

namespace {

QJsonValue parse(const char* json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json));
    EXPECT_FALSE(doc.isNull()) << json;
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
}

// Wraps a scalar so Qt's parser (objects and arrays only at top level) accepts it.
QJsonValue scalar(const char* json)
{
    return QJsonDocument::fromJson(QByteArray("[") + json + "]").array().at(0);
}

QStringList errors(const char* schema, const QJsonValue& instance)
{
    const auto v = JsonSchemaValidator::create(parse(schema));
    EXPECT_TRUE(v) << schema;
    return v ? v->validate(instance) : QStringList{QStringLiteral("no validator")};
}

} // namespace

TEST(JsonSchema_type, checksEachTypeAndIntegerness)
{
    EXPECT_TRUE(errors(R"({"type": "integer"})", scalar("3")).isEmpty());
    EXPECT_EQ(errors(R"({"type": "integer"})", scalar("3.5")),
              QStringList{QStringLiteral("(root): expected type \"integer\"")});
    EXPECT_TRUE(errors(R"({"type": "number"})", scalar("3.5")).isEmpty());
    EXPECT_TRUE(errors(R"({"type": ["string", "null"]})", scalar("null")).isEmpty());
    EXPECT_FALSE(errors(R"({"type": ["string", "null"]})", scalar("false")).isEmpty());
    EXPECT_TRUE(errors(R"({"type": "boolean"})", scalar("true")).isEmpty());
    EXPECT_FALSE(errors(R"({"type": "object"})", parse("[]")).isEmpty());
    EXPECT_TRUE(errors(R"({"type": "array"})", parse("[]")).isEmpty());
}

TEST(JsonSchema_object, requiredPropertiesAndAdditional)
{
    const char* schema = R"({"type": "object", "required": ["a"],
        "properties": {"a": {"type": "string", "minLength": 2, "maxLength": 3, "pattern": "^[a-z]+$"},
                       "a/b": {"const": 1}},
        "additionalProperties": false})";
    EXPECT_TRUE(errors(schema, parse(R"({"a": "ok", "a/b": 1})")).isEmpty());
    EXPECT_EQ(errors(schema, parse(R"({"b": 1})")),
              (QStringList{QStringLiteral("(root): missing required property \"a\""),
                           QStringLiteral("(root): property \"b\" is not allowed")}));
    EXPECT_EQ(errors(schema, parse(R"({"a": "x", "a/b": 2})")),
              (QStringList{QStringLiteral("/a: length 1 is below minLength 2"),
                           QStringLiteral("/a~1b: must equal 1")}));
    EXPECT_EQ(errors(schema, parse(R"({"a": "ABCD"})")),
              (QStringList{QStringLiteral("/a: length 4 is above maxLength 3"),
                           QStringLiteral("/a: does not match pattern ^[a-z]+$")}));
    // additionalProperties as a schema applies to the unlisted ones.
    EXPECT_EQ(errors(R"({"additionalProperties": {"type": "number"}})", parse(R"({"x": "y"})")),
              QStringList{QStringLiteral("/x: expected type \"number\"")});
}

TEST(JsonSchema_array, itemsAndCounts)
{
    const char* schema = R"({"type": "array", "minItems": 1, "maxItems": 2,
                             "items": {"type": "object", "required": ["id"]}})";
    EXPECT_TRUE(errors(schema, parse(R"([{"id": 1}])")).isEmpty());
    EXPECT_EQ(errors(schema, parse("[]")),
              QStringList{QStringLiteral("(root): 0 item(s), minItems is 1")});
    EXPECT_EQ(errors(schema, parse(R"([{"id": 1}, {}, {"id": 3}])")),
              (QStringList{QStringLiteral("(root): 3 item(s), maxItems is 2"),
                           QStringLiteral("/1: missing required property \"id\"")}));
}

TEST(JsonSchema_numbers, inclusiveAndExclusiveBounds)
{
    const char* schema = R"({"minimum": 0, "exclusiveMaximum": 1})";
    EXPECT_TRUE(errors(schema, scalar("0")).isEmpty());
    EXPECT_EQ(errors(schema, scalar("1")), QStringList{QStringLiteral("(root): 1 is not below 1")});
    EXPECT_EQ(errors(schema, scalar("-0.5")),
              QStringList{QStringLiteral("(root): -0.5 is below the minimum 0")});
    // Bounds only constrain numbers.
    EXPECT_TRUE(errors(schema, scalar("\"text\"")).isEmpty());
}

TEST(JsonSchema_enumAndConst, compareWholeValues)
{
    EXPECT_TRUE(errors(R"({"enum": [1, "one", {"n": 1}]})", parse(R"({"n": 1})")).isEmpty());
    EXPECT_FALSE(errors(R"({"enum": [1, "one", {"n": 1}]})", parse(R"({"n": 2})")).isEmpty());
    EXPECT_TRUE(errors(R"({"const": [1, 2]})", parse("[1, 2]")).isEmpty());
    EXPECT_TRUE(errors(R"({"const": 1})", scalar("1.0")).isEmpty()); // 1 and 1.0 are equal
}

TEST(JsonSchema_combinators, allAnyOneNot)
{
    const char* oneOf = R"({"oneOf": [{"type": "integer"}, {"minimum": 2}]})";
    EXPECT_TRUE(errors(oneOf, scalar("1")).isEmpty());
    EXPECT_EQ(errors(oneOf, scalar("3")),
              QStringList{QStringLiteral("(root): matches 2 of oneOf, needs exactly 1")});
    EXPECT_FALSE(
        errors(R"({"anyOf": [{"type": "string"}, {"type": "null"}]})", scalar("1")).isEmpty());
    EXPECT_FALSE(errors(R"({"not": {"type": "null"}})", scalar("null")).isEmpty());
    EXPECT_EQ(errors(R"({"allOf": [{"minimum": 5}, {"type": "integer"}]})", scalar("4.5")).size(),
              2);
}

TEST(JsonSchema_booleanSchemas, trueAcceptsFalseRejects)
{
    EXPECT_TRUE(JsonSchemaValidator::create(QJsonValue(true))->validate(scalar("1")).isEmpty());
    EXPECT_FALSE(JsonSchemaValidator::create(QJsonValue(false))->validate(scalar("1")).isEmpty());
    EXPECT_EQ(errors(R"({"properties": {"x": false}})", parse(R"({"x": 0})")),
              QStringList{QStringLiteral("/x: no value is allowed here")});
}

TEST(JsonSchema_create, rejectsBadOrUnsupportedSchemas)
{
    const auto check = [](const char* schema, const char* needle) {
        const auto v = JsonSchemaValidator::create(parse(schema));
        ASSERT_FALSE(v) << schema;
        EXPECT_EQ(v.error().code, ErrorCode::Unsupported);
        EXPECT_TRUE(v.error().message.contains(QLatin1String(needle)))
            << qPrintable(v.error().message);
    };
    check(R"({"type": "text"})", "unknown type");
    check(R"({"properties": {"a": {"pattern": "(["}}})", "schema/properties/a: invalid pattern");
    check(R"({"items": {"$ref": "#/$defs/x"}})", "schema/items: keyword $ref");
    check(R"({"anyOf": [{"if": {}}]})", "schema/anyOf/0: keyword if");
    check(R"([1])", "must be an object or a boolean");
    // Annotations are fine.
    EXPECT_TRUE(JsonSchemaValidator::create(parse(
        R"({"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "t", "format": "email"})")));
}
