#pragma once

#include "core/common/result.h"
#include "core/providers/apicall.h"
#include "core/providers/httpcall.h"
#include "core/providers/provideroptions.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QPointer>

namespace Cb::Core {

struct TranscriptionRequest
{
    QString baseUrl; // OpenAI-style, with version; empty = https://api.openai.com/v1
    QString apiKey;  // never logged or put into messages
    QString filePath;
    QString model = QStringLiteral("gpt-4o-mini-transcribe");
    QString language; // ISO-639-1, optional
    QString prompt;   // optional spelling hints
};

// Audio transcription client (POST {base}/audio/transcriptions, multipart/form-data,
// PROTOCOLS.md §8). Files over 25 MB or with an unsupported extension are refused before any
// upload. transcribe() returns an ApiCall that finishes with the transcript as a QString.
// The file is read when the call is built (bounded by the 25 MB limit). GUI thread only.
class TranscriptionClient
{
public:
    static constexpr qint64 maxUploadBytes = 25LL * 1024 * 1024;

    TranscriptionClient(QNetworkAccessManager* nam, const ProviderOptions& options = {});

    ApiCall* transcribe(const TranscriptionRequest& request, QObject* parent = nullptr);

    // Refuses, before anything is read or sent, a missing file, an unsupported suffix or a file
    // over maxUploadBytes, with a message that names the file and the limit.
    static VoidResult checkUpload(const QFileInfo& file);

    // Pure parts, exposed for tests.
    static Result<HttpCall> buildCall(const TranscriptionRequest& request,
                                      const QByteArray& boundary);
    static QByteArray contentTypeFor(const QString& suffix);
    static Result<QVariant> parseResult(const QByteArray& body);

private:
    QPointer<QNetworkAccessManager> m_nam;
    ProviderOptions m_options;
};

} // namespace Cb::Core
