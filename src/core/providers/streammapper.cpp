#include "core/providers/streammapper.h"

#include "core/providers/httperrorclassifier.h"

#include <QCoreApplication>

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
        Error(ErrorCode::Parse,
              QCoreApplication::translate(
                  "Cb::Core::StreamMapper",
                  "%1 sent a stream event that is not valid JSON (%2 at byte %3): \"%4\".")
                  .arg(providerDisplayName(kind), error.errorString(),
                       QString::number(error.offset), sample)));
    return std::nullopt;
}

} // namespace Cb::Core
