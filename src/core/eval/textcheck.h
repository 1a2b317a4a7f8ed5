#pragma once

#include "core/common/result.h"
#include "core/eval/citationreport.h"
#include "core/eval/jsonschemavalidator.h"

#include <QRegularExpression>
#include <QString>

#include <optional>

namespace Cb::Core {

struct CheckResult
{
    bool passed = false;
    QString reason; // for people: why it passed or failed, e.g. "no match for /\bTODO\b/"
};

// One automatic check on a model's answer: contains, regex, valid JSON, JSON matching a
// schema, or length bounds. Build with the factories (those that compile something return a
// Result so a bad regex or schema is reported when the check is defined, not at run time);
// run() is const and thread-safe.
//
// The JSON checks accept an answer wrapped in a single Markdown code fence (```json ... ```),
// since chat models add one even when asked not to; the reason says when a fence was removed.
class TextCheck
{
public:
    enum class Kind
    {
        Contains,
        Regex,
        ValidJson,
        JsonSchema,
        Length,
        Citations
    };
    enum class LengthUnit
    {
        Characters,
        Words
    };

    static TextCheck contains(const QString& needle, Qt::CaseSensitivity cs = Qt::CaseInsensitive);
    static Result<TextCheck> regex(const QString& pattern, bool caseInsensitive = false);
    static TextCheck validJson();
    static Result<TextCheck> jsonSchema(const QJsonValue& schema);
    // Characters are Unicode code points; words are runs of non-whitespace.
    static TextCheck length(std::optional<qint64> min, std::optional<qint64> max,
                            LengthUnit unit = LengthUnit::Characters);

    // On the answer's checked citations (CitationChecker, stored with the call): at least
    // `minimum` of them, and with allVerified every one verified. An answer whose citations
    // were never checked fails, saying so.
    static TextCheck citations(int minimum, bool allVerified);

    Kind kind() const { return m_kind; }
    CheckResult run(const QString& text) const;
    // The same with the answer's citations, which the Citations check needs.
    CheckResult run(const QString& text, const CitationReport& citations) const;

private:
    TextCheck() = default;
    CheckResult runJson(const QString& text) const;

    Kind m_kind = Kind::Contains;
    QString m_needle;
    Qt::CaseSensitivity m_case = Qt::CaseInsensitive;
    QRegularExpression m_regex;
    std::optional<JsonSchemaValidator> m_schema;
    std::optional<qint64> m_min;
    std::optional<qint64> m_max;
    LengthUnit m_unit = LengthUnit::Characters;
    bool m_allVerified = false;
};

} // namespace Cb::Core
