#include "core/providers/streammapper.h"

#include "core/providers/httperrorclassifier.h"

namespace Cb::Core {

std::optional<QJsonDocument> StreamMapper::parseData(const SseEvent& event, ProviderKind kind,
                                                     const QString& apiKey, bool& terminated,
                                                     QList<StreamEvent>& out)
{
    if (event.data.isEmpty())
        return QJsonDocument(QJsonObject());
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(event.data.toUtf8(), &error);
    if (error.error == QJsonParseError::NoError)
        return doc;
    terminated = true;
    // Redact before cutting: a cut could leave a key prefix the redaction no longer recognises.
    QString sample = HttpErrorClassifier::redact(event.data, apiKey).left(60);
    for (QChar& c : sample)
        if (!c.isPrint())
            c = QChar(0xFFFD);
    out << StreamEvent::failed(
        Error(ErrorCode::Parse, providerDisplayName(kind) +
                                    QStringLiteral(" sent a stream event that is not valid JSON (") +
                                    error.errorString() + QStringLiteral(" at byte ") +
                                    QString::number(error.offset) + QStringLiteral("): \"") +
                                    sample + QStringLiteral("\".")));
    return std::nullopt;
}

} // namespace Cb::Core
