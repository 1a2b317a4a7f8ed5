#include "core/importing/sourcefile.h"

#include "core/importing/binarysniffer.h"
#include "core/importing/textdecoder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace Cb::Core {

Result<SourceFile::Info> SourceFile::inspect(const QString& path, qint64 maxBytes)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("Cb::Core::SourceFile", "File not found: %1").arg(path));
    if (fi.isDir())
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Cb::Core::SourceFile", "%1 is a folder, not a file").arg(path));
    if (!fi.isFile())
        return fail(ErrorCode::Unsupported,
                    QCoreApplication::translate("Cb::Core::SourceFile", "%1 is not a regular file").arg(path));
    if (!fi.isReadable())
        return fail(ErrorCode::Io, QCoreApplication::translate("Cb::Core::SourceFile", "%1 is not readable").arg(path));
    if (fi.size() > maxBytes) {
        return fail(ErrorCode::TooLarge,
                    QCoreApplication::translate("Cb::Core::SourceFile", "%1 is %2, over the import limit of %3; it was not read")
                        .arg(fi.fileName(), humanSize(fi.size()), humanSize(maxBytes)));
    }
    Info info;
    info.absolutePath = fi.absoluteFilePath();
    info.fileName = fi.fileName();
    info.suffix = fi.suffix().toLower();
    info.size = fi.size();
    info.modified = fi.lastModified();
    return info;
}

Result<QByteArray> SourceFile::readAll(const Info& info, qint64 maxBytes)
{
    QFile file(info.absolutePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("Cb::Core::SourceFile", "Cannot open %1: %2")
                        .arg(info.fileName, file.errorString()));
    // One byte past the limit tells a file that grew since inspect() from one at the limit.
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes) {
        return fail(ErrorCode::TooLarge,
                    QCoreApplication::translate("Cb::Core::SourceFile", "%1 grew over the import limit of %2 while reading")
                        .arg(info.fileName, humanSize(maxBytes)));
    }
    if (file.error() != QFileDevice::NoError)
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("Cb::Core::SourceFile", "Cannot read %1: %2")
                        .arg(info.fileName, file.errorString()));
    return bytes;
}

Result<SourceFile::Loaded> SourceFile::loadText(const QString& path, qint64 maxBytes)
{
    auto info = inspect(path, maxBytes);
    if (!info)
        return fail(info.error());
    auto bytes = readAll(*info, maxBytes);
    if (!bytes)
        return fail(bytes.error());
    if (const auto kind = BinarySniffer::binaryKind(bytes->left(BinarySniffer::kSniffBytes)))
        return fail(
            ErrorCode::Unsupported,
            QCoreApplication::translate("Cb::Core::SourceFile", "%1 is a binary file (%2), not text").arg(info->fileName, *kind));
    Loaded loaded;
    loaded.info = *info;
    loaded.bytes = *bytes;
    loaded.document =
        documentFor(*info, QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex());
    if (bytes->isEmpty())
        loaded.document.notes << QCoreApplication::translate("Cb::Core::SourceFile", "The file is empty.");
    return loaded;
}

Result<SourceFile::Loaded> SourceFile::loadDecodedText(const QString& path, qint64 maxBytes,
                                                       const CancelToken& cancel)
{
    auto loaded = loadText(path, maxBytes);
    if (!loaded)
        return loaded;
    if (cancel.isCancelled())
        return fail(CancelToken::cancelledError());
    TextDecoder::Decoded decoded = TextDecoder::decode(loaded->bytes);
    loaded->text = std::move(decoded.text);
    loaded->document.notes += decoded.notes;
    return loaded;
}

Result<QByteArray> SourceFile::sha256Hex(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("Cb::Core::SourceFile", "Cannot open %1: %2")
                        .arg(path, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("Cb::Core::SourceFile", "Cannot read %1: %2")
                        .arg(path, file.errorString()));
    return hash.result().toHex();
}

ImportedDocument SourceFile::documentFor(const Info& info, const QByteArray& sha256Hex)
{
    ImportedDocument doc;
    doc.title = info.fileName;
    doc.sourcePath = info.absolutePath;
    doc.modified = info.modified;
    doc.sizeBytes = info.size;
    doc.sha256 = sha256Hex;
    return doc;
}

QString SourceFile::humanSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace Cb::Core
