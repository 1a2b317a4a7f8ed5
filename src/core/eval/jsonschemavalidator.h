#pragma once

#include "core/common/result.h"

#include <QJsonValue>
#include <QStringList>

namespace Cb::Core {

// Validates JSON values against a subset of JSON Schema draft 2020-12, enough for checking
// structured model answers:
//   type (incl. "integer" and type arrays), enum, const,
//   properties, required, additionalProperties (false or a schema),
//   items (one schema for every element), minItems, maxItems,
//   minLength, maxLength (in code points), pattern (unanchored, as the spec says),
//   minimum, maximum, exclusiveMinimum, exclusiveMaximum,
//   allOf, anyOf, oneOf, not, and boolean schemas.
// Annotations ($schema, $id, title, description, default, examples, format, $comment) are
// ignored, as 2020-12 does by default. Keywords that change validation but are not
// implemented ($ref, if/then/else, patternProperties, prefixItems, ...) make create() fail,
// so a schema never silently passes more than it should.
//
// A value: create once, validate from any thread.
class JsonSchemaValidator
{
public:
    static Result<JsonSchemaValidator> create(const QJsonValue& schema);

    // Empty when valid; otherwise one message per violation, each starting with the JSON
    // Pointer of the offending value ("/items/0/name: ...", "(root): ...").
    QStringList validate(const QJsonValue& instance) const;

private:
    explicit JsonSchemaValidator(QJsonValue schema) : m_schema(std::move(schema)) {}

    QJsonValue m_schema;
};

} // namespace Cb::Core
