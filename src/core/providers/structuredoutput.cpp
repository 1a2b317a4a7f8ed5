#include "core/providers/structuredoutput.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Cb::Core {

namespace StructuredOutput {

QString schemaName(const ProviderRequest& r)
{
    return r.responseSchemaName.isEmpty() ? QStringLiteral("answer") : r.responseSchemaName;
}

QJsonObject responsesText(const ProviderRequest& r)
{
    return QJsonObject{{QStringLiteral("format"), QJsonObject{{QStringLiteral("type"), QStringLiteral("json_schema")},
                                                              {QStringLiteral("name"), schemaName(r)},
                                                              {QStringLiteral("schema"), r.responseSchema},
                                                              {QStringLiteral("strict"), true}}}};
}

QJsonObject chatResponseFormat(const ProviderRequest& r)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("json_schema")},
                       {QStringLiteral("json_schema"), QJsonObject{{QStringLiteral("name"), schemaName(r)},
                                                                   {QStringLiteral("schema"), r.responseSchema},
                                                                   {QStringLiteral("strict"), true}}}};
}

void addGeminiFields(const ProviderRequest& r, QJsonObject& gen)
{
    gen.insert(QStringLiteral("responseMimeType"), QStringLiteral("application/json"));
    // responseJsonSchema takes JSON Schema as written (additionalProperties, type arrays);
    // the older responseSchema is an OpenAPI 3.0 subset that rejects additionalProperties with
    // a 400, as parameters vs parametersJsonSchema do for tools (PROTOCOLS.md §12.4).
    gen.insert(QStringLiteral("responseJsonSchema"), r.responseSchema);
}

QString anthropicInstructions(const ProviderRequest& r)
{
    const QString schema =
        QString::fromUtf8(QJsonDocument(r.responseSchema).toJson(QJsonDocument::Indented)).trimmed();
    const QString ask = QStringLiteral("Answer with one JSON value and nothing else: no prose before or after it, "
                                       "no Markdown code fence. It must match this JSON Schema (\"") +
                        schemaName(r) + QStringLiteral("\"):\n") + schema;
    return r.instructions.isEmpty() ? ask : r.instructions + QStringLiteral("\n\n") + ask;
}

Result<QJsonValue> parseAnswer(const QString& text)
{
    const QString trimmed = text.trimmed();
    QJsonParseError error{};
    QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        static const QRegularExpression fence(QStringLiteral("```(?:json)?[ \\t]*\\n(.*?)\\n[ \\t]*```"),
                                              QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch m = fence.match(trimmed);
        QJsonParseError inner{};
        if (m.hasMatch())
            doc = QJsonDocument::fromJson(m.captured(1).toUtf8(), &inner);
        if (!m.hasMatch() || inner.error != QJsonParseError::NoError)
            return fail(ErrorCode::Parse,
                        QCoreApplication::translate("Cb::Core::StructuredOutput", "the answer is not JSON (%1 at offset %2)")
                            .arg(error.errorString())
                            .arg(error.offset));
    }
    if (doc.isObject())
        return QJsonValue(doc.object());
    return QJsonValue(doc.array());
}

} // namespace StructuredOutput

} // namespace Cb::Core
