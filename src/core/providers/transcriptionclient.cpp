#include "core/providers/transcriptionclient.h"

#include <QCoreApplication>

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace Cb::Core {

namespace {

void addField(QByteArray& body, const QByteArray& boundary, const QByteArray& name,
              const QString& value)
{
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" +
            value.toUtf8() + "\r\n";
}

// Quotes in a filename would break the Content-Disposition header.
QByteArray safeFileName(const QString& name)
{
    QByteArray out = name.toUtf8();
    out.replace('"', '_').replace('\r', '_').replace('\n', '_');
    return out;
}

} // namespace

TranscriptionClient::TranscriptionClient(QNetworkAccessManager* nam, const ProviderOptions& options)
    : m_nam(nam), m_options(options)
{
}

QByteArray TranscriptionClient::contentTypeFor(const QString& suffix)
{
    const QString s = suffix.toLower();
    if (s == QStringLiteral("mp3") || s == QStringLiteral("mpga") || s == QStringLiteral("mpeg"))
        return "audio/mpeg";
    if (s == QStringLiteral("m4a") || s == QStringLiteral("mp4"))
        return "audio/mp4";
    if (s == QStringLiteral("wav"))
        return "audio/wav";
    if (s == QStringLiteral("flac"))
        return "audio/flac";
    if (s == QStringLiteral("ogg") || s == QStringLiteral("oga"))
        return "audio/ogg";
    if (s == QStringLiteral("webm"))
        return "audio/webm";
    return {};
}

VoidResult TranscriptionClient::checkUpload(const QFileInfo& info)
{
    if (!info.exists())
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("Cb::Core::TranscriptionClient", "Audio file not found: ") + info.filePath());
    if (contentTypeFor(info.suffix()).isEmpty())
        return fail(
            ErrorCode::Unsupported,
            QStringLiteral(
                "Transcription accepts flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav or webm, not '.") +
                info.suffix() + QStringLiteral("'."));
    if (info.size() > maxUploadBytes)
        return fail(
            ErrorCode::TooLarge,
            QCoreApplication::translate("Cb::Core::TranscriptionClient", "%1 is %2 MB; the transcription API accepts at most 25 MB per file. "
                           "Split the recording into shorter parts.")
                .arg(info.fileName())
                .arg(double(info.size()) / (1024.0 * 1024.0), 0, 'f', 1));
    return {};
}

Result<HttpCall> TranscriptionClient::buildCall(const TranscriptionRequest& r,
                                                const QByteArray& boundary)
{
    const QFileInfo info(r.filePath);
    if (auto checked = checkUpload(info); !checked)
        return fail(checked.error());
    const QByteArray type = contentTypeFor(info.suffix());
    QFile f(r.filePath);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, QCoreApplication::translate("Cb::Core::TranscriptionClient", "Cannot read ") + r.filePath +
                                       QStringLiteral(": ") + f.errorString());
    HttpCall c;
    QString base = r.baseUrl.isEmpty() ? QStringLiteral("https://api.openai.com/v1") : r.baseUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    c.url = QUrl(base + QStringLiteral("/audio/transcriptions"));
    if (!r.apiKey.isEmpty())
        c.addHeader("Authorization", "Bearer " + r.apiKey.toUtf8());
    c.addHeader("Content-Type", "multipart/form-data; boundary=" + boundary);
    QByteArray& body = c.body;
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" +
            safeFileName(info.fileName()) + "\"\r\nContent-Type: " + type + "\r\n\r\n";
    body += f.readAll();
    body += "\r\n";
    addField(body, boundary, "model", r.model);
    addField(body, boundary, "response_format", QStringLiteral("json"));
    if (!r.language.isEmpty())
        addField(body, boundary, "language", r.language);
    if (!r.prompt.isEmpty())
        addField(body, boundary, "prompt", r.prompt);
    body += "--" + boundary + "--\r\n";
    return c;
}

Result<QVariant> TranscriptionClient::parseResult(const QByteArray& body)
{
    const QJsonValue text = QJsonDocument::fromJson(body).object().value(QStringLiteral("text"));
    if (!text.isString())
        return fail(ErrorCode::Parse, QCoreApplication::translate("Cb::Core::TranscriptionClient", "The transcription reply has no text."));
    return QVariant(text.toString());
}

ApiCall* TranscriptionClient::transcribe(const TranscriptionRequest& request, QObject* parent)
{
    const QByteArray boundary = "cb-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    return new ApiCall(m_nam, ProviderKind::OpenAiResponses, request.model, request.apiKey,
                       buildCall(request, boundary), &TranscriptionClient::parseResult, m_options,
                       parent);
}

} // namespace Cb::Core
