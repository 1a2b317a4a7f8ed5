#pragma once

#include "core/providers/providerkind.h"

#include <QStringList>

#include <memory>

class QTemporaryFile;

namespace Cb::Core {

// A provider's size limits for one batch.
struct BatchLimits
{
    qint64 maxRequests = 0;
    qint64 maxBytes = 0; // of the payload the provider measures (JSONL file / request body)
};

// One batch ready to send: its request body lives in a temporary file (deleted with the last
// copy of this value), never in memory. customIds are in file order, so OpenAI's 1-based
// validation line numbers map back to requests.
struct BatchFile
{
    ProviderKind kind = ProviderKind::OpenAiResponses;
    QString model; // OpenAI: the one model of every line
    QStringList customIds;
    qint64 payloadBytes = 0;
    QByteArray contentType; // of the whole body (multipart for OpenAI uploads)
    std::shared_ptr<QTemporaryFile> file;

    QString path() const;
};

} // namespace Cb::Core
