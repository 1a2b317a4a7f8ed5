#pragma once

#include <QJsonObject>

namespace Cb::Core {

// Gemini function declarations take an OpenAPI 3.0 subset, not JSON Schema (PROTOCOLS.md
// §12.4): unknown keys such as additionalProperties are a 400. Converts a schema in the
// project's strict subset: keeps only the keys Gemini's Schema knows, turns a type list
// ["string","null"] into type "string" + nullable true (several non-null types become
// anyOf), and recurses through properties, items and anyOf. Pure.
QJsonObject toGeminiSchema(const QJsonObject& schema);

} // namespace Cb::Core
