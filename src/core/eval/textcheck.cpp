#include "core/eval/textcheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>

namespace Cb::Core {

namespace {

// Strips one surrounding ``` fence (with or without a language tag).
QString unfenced(const QString& text, bool* removed)
{
    static const QRegularExpression fence(
        QStringLiteral("\\A\\s*```[A-Za-z0-9_-]*[ \\t]*\\r?\\n(.*?)\\r?\\n?```\\s*\\z"),
        QRegularExpression::DotMatchesEverythingOption);
    const auto m = fence.match(text);
    *removed = m.hasMatch();
    return m.hasMatch() ? m.captured(1) : text;
}

QString shortened(const QString& s)
{
    return s.size() <= 40 ? s : s.left(37) + QStringLiteral("...");
}

qint64 measure(const QString& text, TextCheck::LengthUnit unit)
{
    if (unit == TextCheck::LengthUnit::Characters)
        return text.toUcs4().size();
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    return text.split(whitespace, Qt::SkipEmptyParts).size();
}

// QJsonDocument accepts only an object or array at top level; RFC 8259 allows any value, and
// an answer of 42 or "yes" is valid JSON. Parse inside a one-element array instead.
std::optional<QJsonValue> parseAnyJson(const QByteArray& body, QString* error)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + body + ']', &e);
    if (e.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("Cb::Core::TextCheck", "invalid JSON at offset %1: %2")
                     .arg(std::max(0, e.offset - 1))
                     .arg(e.errorString());
        return std::nullopt;
    }
    if (doc.array().size() != 1) {
        *error =
            doc.array().isEmpty()
                ? QCoreApplication::translate("Cb::Core::TextCheck", "empty answer, no JSON value")
                : QCoreApplication::translate("Cb::Core::TextCheck", "more than one JSON value");
        return std::nullopt;
    }
    return doc.array().at(0);
}

QString typeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    default:
        return QStringLiteral("null");
    }
}

} // namespace

TextCheck TextCheck::contains(const QString& needle, Qt::CaseSensitivity cs)
{
    TextCheck c;
    c.m_kind = Kind::Contains;
    c.m_needle = needle;
    c.m_case = cs;
    return c;
}

Result<TextCheck> TextCheck::regex(const QString& pattern, bool caseInsensitive)
{
    TextCheck c;
    c.m_kind = Kind::Regex;
    c.m_regex.setPattern(pattern);
    if (caseInsensitive)
        c.m_regex.setPatternOptions(QRegularExpression::CaseInsensitiveOption);
    if (!c.m_regex.isValid())
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Cb::Core::TextCheck",
                                                "invalid regular expression at %1: %2")
                        .arg(c.m_regex.patternErrorOffset())
                        .arg(c.m_regex.errorString()));
    return c;
}

TextCheck TextCheck::validJson()
{
    TextCheck c;
    c.m_kind = Kind::ValidJson;
    return c;
}

Result<TextCheck> TextCheck::jsonSchema(const QJsonValue& schema)
{
    auto validator = JsonSchemaValidator::create(schema);
    if (!validator)
        return fail(validator.error());
    TextCheck c;
    c.m_kind = Kind::JsonSchema;
    c.m_schema = *std::move(validator);
    return c;
}

TextCheck TextCheck::length(std::optional<qint64> min, std::optional<qint64> max, LengthUnit unit)
{
    TextCheck c;
    c.m_kind = Kind::Length;
    c.m_min = min;
    c.m_max = max;
    c.m_unit = unit;
    return c;
}

TextCheck TextCheck::citations(int minimum, bool allVerified)
{
    TextCheck c;
    c.m_kind = Kind::Citations;
    c.m_min = qMax(0, minimum);
    c.m_allVerified = allVerified;
    return c;
}

CheckResult TextCheck::run(const QString& text) const { return run(text, CitationReport{}); }

CheckResult TextCheck::run(const QString& text, const CitationReport& citations) const
{
    switch (m_kind) {
    case Kind::Citations: {
        if (!citations.checked)
            return {false,
                    QCoreApplication::translate("Cb::Core::TextCheck",
                                                "citations were not checked for this answer")};
        const qint64 minimum = m_min.value_or(0);
        if (citations.total() < minimum)
            return {false, QCoreApplication::translate("Cb::Core::TextCheck",
                                                       "%n citation(s), fewer than %1", nullptr,
                                                       citations.total())
                               .arg(minimum)};
        if (m_allVerified && citations.notFound() > 0)
            return {false, citations.summary()};
        return {true, citations.summary()};
    }
    case Kind::Contains: {
        const qsizetype at = text.indexOf(m_needle, 0, m_case);
        if (at < 0)
            return {false,
                    QCoreApplication::translate("Cb::Core::TextCheck", "does not contain \"%1\"")
                        .arg(shortened(m_needle))};
        return {true, QCoreApplication::translate("Cb::Core::TextCheck", "contains \"%1\" at %2")
                          .arg(shortened(m_needle))
                          .arg(at)};
    }
    case Kind::Regex: {
        const auto m = m_regex.match(text);
        if (!m.hasMatch())
            return {false, QCoreApplication::translate("Cb::Core::TextCheck", "no match for /%1/")
                               .arg(m_regex.pattern())};
        return {true, QCoreApplication::translate("Cb::Core::TextCheck", "matched \"%1\" at %2")
                          .arg(shortened(m.captured(0)))
                          .arg(m.capturedStart(0))};
    }
    case Kind::ValidJson:
    case Kind::JsonSchema:
        return runJson(text);
    case Kind::Length: {
        const qint64 n = measure(text, m_unit);
        const int count = int(qMin<qint64>(n, std::numeric_limits<int>::max()));
        // One whole sentence per unit and outcome: the unit is never a word spliced in.
        const bool words = m_unit == LengthUnit::Words;
        if (m_min && n < *m_min)
            return {false,
                    (words ? QCoreApplication::translate(
                                 "Cb::Core::TextCheck", "%n word(s), fewer than %1", nullptr, count)
                           : QCoreApplication::translate("Cb::Core::TextCheck",
                                                         "%n character(s), fewer than %1", nullptr,
                                                         count))
                        .arg(*m_min)};
        if (m_max && n > *m_max)
            return {false,
                    (words ? QCoreApplication::translate("Cb::Core::TextCheck",
                                                         "%n word(s), more than %1", nullptr, count)
                           : QCoreApplication::translate("Cb::Core::TextCheck",
                                                         "%n character(s), more than %1", nullptr,
                                                         count))
                        .arg(*m_max)};
        return {true, words ? QCoreApplication::translate("Cb::Core::TextCheck", "%n word(s)",
                                                          nullptr, count)
                            : QCoreApplication::translate("Cb::Core::TextCheck", "%n character(s)",
                                                          nullptr, count)};
    }
    }
    return {false, QCoreApplication::translate("Cb::Core::TextCheck", "unknown check")};
}

CheckResult TextCheck::runJson(const QString& text) const
{
    bool fenced = false;
    const QByteArray body = unfenced(text, &fenced).toUtf8();
    const QString note =
        fenced ? QCoreApplication::translate("Cb::Core::TextCheck", " (code fence removed)")
               : QString();
    QString error;
    const auto value = parseAnyJson(body, &error);
    if (!value)
        return {false, error + note};
    if (m_kind == Kind::ValidJson)
        return {true, QCoreApplication::translate("Cb::Core::TextCheck", "valid JSON %1")
                              .arg(typeName(*value)) +
                          note};
    const QStringList violations = m_schema->validate(*value);
    if (!violations.isEmpty())
        return {false, QCoreApplication::translate("Cb::Core::TextCheck", "schema: %1")
                               .arg(violations.join(QStringLiteral("; "))) +
                           note};
    return {true, QCoreApplication::translate("Cb::Core::TextCheck", "matches the schema") + note};
}

} // namespace Cb::Core
