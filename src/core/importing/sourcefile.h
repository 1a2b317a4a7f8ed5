#pragma once

#include "core/common/result.h"
#include "core/importing/canceltoken.h"
#include "core/importing/importeddocument.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Cb::Core {

// Safe access to one file that is about to be imported. inspect() checks existence, type and
// size from metadata only, so a 2 GB file is refused without reading a byte; readAll() reads at
// most the limit even when the file grows meanwhile. Stateless and thread-safe.
class SourceFile
{
public:
    struct Info
    {
        QString absolutePath;
        QString fileName;
        QString suffix; // lower-case complete suffix's last part: "md", "json"
        qint64 size = 0;
        QDateTime modified;
    };

    // A text file read whole: metadata checked, bytes read, document prefilled (title, path,
    // size, time, hash). Binary content is refused as "binary file (kind)"; an empty file gets
    // a note. Decoding is the caller's, since formats such as HTML pick their own charset.
    struct Loaded
    {
        Info info;
        QByteArray bytes;
        ImportedDocument document;
        QString text; // filled by loadDecodedText() only
    };

    static Result<Info> inspect(const QString& path, qint64 maxBytes);
    static Result<Loaded> loadText(const QString& path, qint64 maxBytes);
    // loadText() plus TextDecoder (BOM, UTF-8 repair); decoding notes go into the document.
    // Fails with ErrorCode::Cancelled when `cancel` fired while the file was read.
    static Result<Loaded> loadDecodedText(const QString& path, qint64 maxBytes,
                                          const CancelToken& cancel);
    static Result<QByteArray> readAll(const Info& info, qint64 maxBytes);
    static Result<QByteArray> sha256Hex(const QString& path);

    // A document with the file's metadata filled in; text and format are the caller's.
    static ImportedDocument documentFor(const Info& info, const QByteArray& sha256Hex);

    static QString humanSize(qint64 bytes);
};

} // namespace Cb::Core
