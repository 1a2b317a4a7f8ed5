#include "core/eval/textcheck.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace Cb::Core;

TEST(TextCheck_contains, caseInsensitiveByDefaultSensitiveOnRequest)
{
    const QString answer = QStringLiteral("The Answer is 42.");
    const auto ci = TextCheck::contains(QStringLiteral("answer IS"));
    const CheckResult r = ci.run(answer);
    EXPECT_TRUE(r.passed);
    EXPECT_EQ(r.reason, QStringLiteral("contains \"answer IS\" at 4"));
    const auto cs = TextCheck::contains(QStringLiteral("answer IS"), Qt::CaseSensitive);
    const CheckResult miss = cs.run(answer);
    EXPECT_FALSE(miss.passed);
    EXPECT_EQ(miss.reason, QStringLiteral("does not contain \"answer IS\""));
}

TEST(TextCheck_regex, matchesAndReportsWhere)
{
    const auto check = TextCheck::regex(QStringLiteral("\\b(\\d+) ms\\b"));
    ASSERT_TRUE(check);
    const CheckResult r = check->run(QStringLiteral("p95 latency: 120 ms"));
    EXPECT_TRUE(r.passed);
    EXPECT_EQ(r.reason, QStringLiteral("matched \"120 ms\" at 13"));
    EXPECT_FALSE(check->run(QStringLiteral("120ms")).passed);
    const auto ci = TextCheck::regex(QStringLiteral("^todo"), true);
    ASSERT_TRUE(ci);
    EXPECT_TRUE(ci->run(QStringLiteral("TODO: x")).passed);
}

TEST(TextCheck_regex, invalidPatternIsRejectedUpFront)
{
    const auto check = TextCheck::regex(QStringLiteral("(unclosed"));
    ASSERT_FALSE(check);
    EXPECT_EQ(check.error().code, ErrorCode::InvalidInput);
}

TEST(TextCheck_validJson, acceptsObjectsArraysAndFencedAnswers)
{
    const TextCheck check = TextCheck::validJson();
    EXPECT_TRUE(check.run(QStringLiteral(R"({"a": [1, 2]})")).passed);
    EXPECT_EQ(check.run(QStringLiteral("[1]")).reason, QStringLiteral("valid JSON array"));
    const CheckResult fenced = check.run(QStringLiteral("```json\n{\"ok\": true}\n```\n"));
    EXPECT_TRUE(fenced.passed);
    EXPECT_EQ(fenced.reason, QStringLiteral("valid JSON object (code fence removed)"));
    const CheckResult bad = check.run(QStringLiteral(R"({"a": 1,})"));
    EXPECT_FALSE(bad.passed);
    EXPECT_TRUE(bad.reason.startsWith(QStringLiteral("invalid JSON at offset")))
        << qPrintable(bad.reason);
    EXPECT_FALSE(check.run(QStringLiteral("Sure! Here is the JSON: {}")).passed);
    EXPECT_EQ(check.run(QString()).reason, QStringLiteral("empty answer, no JSON value"));
    EXPECT_EQ(check.run(QStringLiteral("{} {}")).passed, false);
    EXPECT_EQ(check.run(QStringLiteral("1, 2")).reason, QStringLiteral("more than one JSON value"));
    // RFC 8259 allows any value at top level, which Qt's document parser does not.
    EXPECT_EQ(check.run(QStringLiteral(" 42\n")).reason, QStringLiteral("valid JSON number"));
    EXPECT_EQ(check.run(QStringLiteral("\"yes\"")).reason, QStringLiteral("valid JSON string"));
    EXPECT_TRUE(check.run(QStringLiteral("null")).passed);
}

TEST(TextCheck_jsonSchema, reportsViolationsWithPaths)
{
    const QJsonObject schema = QJsonDocument::fromJson(R"({
        "type": "object", "required": ["verdict", "score"], "additionalProperties": false,
        "properties": {"verdict": {"enum": ["pass", "fail"]},
                       "score": {"type": "integer", "minimum": 0, "maximum": 10}}})")
                                   .object();
    const auto check = TextCheck::jsonSchema(schema);
    ASSERT_TRUE(check) << qPrintable(check.error().message);
    EXPECT_TRUE(check->run(QStringLiteral(R"({"verdict": "pass", "score": 7})")).passed);
    const CheckResult r = check->run(QStringLiteral(R"({"verdict": "maybe", "score": 11})"));
    EXPECT_FALSE(r.passed);
    EXPECT_EQ(r.reason, QStringLiteral("schema: /score: 11 is above the maximum 10; "
                                       "/verdict: must be one of [\"pass\",\"fail\"]"));
    EXPECT_FALSE(check->run(QStringLiteral("not json")).passed);
}

TEST(TextCheck_jsonSchema, appliesToScalarAnswers)
{
    const auto check =
        TextCheck::jsonSchema(QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}});
    ASSERT_TRUE(check);
    EXPECT_TRUE(check->run(QStringLiteral("7")).passed);
    EXPECT_EQ(check->run(QStringLiteral("7.5")).reason,
              QStringLiteral("schema: (root): expected type \"integer\""));
}

TEST(TextCheck_jsonSchema, unsupportedSchemaIsRejectedUpFront)
{
    const auto check =
        TextCheck::jsonSchema(QJsonObject{{QStringLiteral("$ref"), QStringLiteral("#/x")}});
    ASSERT_FALSE(check);
    EXPECT_EQ(check.error().code, ErrorCode::Unsupported);
}

TEST(TextCheck_length, boundsInCharactersAndWords)
{
    // "naïve café ☕" is 12 code points, 3 words.
    const QString text = QStringLiteral("na\u00efve caf\u00e9 \u2615");
    EXPECT_TRUE(TextCheck::length(12, 12).run(text).passed);
    // Counts are %n texts: without the English translator they read "(s)" (the app installs it).
    const CheckResult tooShort = TextCheck::length(13, std::nullopt).run(text);
    EXPECT_FALSE(tooShort.passed);
    EXPECT_EQ(tooShort.reason, QStringLiteral("12 character(s), fewer than 13"));
    const auto words = TextCheck::length(std::nullopt, 2, TextCheck::LengthUnit::Words);
    EXPECT_EQ(words.run(text).reason, QStringLiteral("3 word(s), more than 2"));
    EXPECT_TRUE(words.run(QStringLiteral("  two\n\twords  ")).passed);
    EXPECT_EQ(words.run(QString()).reason, QStringLiteral("0 word(s)"));
    // Astral characters are one code point each, not two UTF-16 units.
    EXPECT_TRUE(TextCheck::length(std::nullopt, 1).run(QStringLiteral("\U0001F600")).passed);
}
