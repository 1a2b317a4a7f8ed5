#include "formats/importers/htmlimporter.h"

#include <QCoreApplication>

#include "core/importing/sourcefile.h"
#include "core/importing/textdecoder.h"
#include "formats/importers/htmltomarkdown.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace Cb::Formats {

using namespace Cb::Core;

QStringList HtmlImporter::suffixes() const
{
    return {QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("xhtml")};
}

QByteArray HtmlImporter::declaredCharset(const QByteArray& bytes)
{
    static const QRegularExpression re(
        QStringLiteral("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(QString::fromLatin1(bytes.left(4096)));
    return m.hasMatch() ? m.captured(1).toLower().toLatin1() : QByteArray();
}

Result<ImportedDocument> HtmlImporter::importFile(const QString& path, const ImportOptions& options,
                                                  const CancelToken& cancel) const
{
    auto loaded = SourceFile::loadText(path, options.maxFileBytes);
    if (!loaded)
        return fail(loaded.error());
    ImportedDocument doc = loaded->document;
    doc.format = QStringLiteral("html");

    QString html;
    const QByteArray charset = declaredCharset(loaded->bytes);
    const bool hasBom = loaded->bytes.startsWith("\xEF\xBB\xBF") ||
                        loaded->bytes.startsWith("\xFF\xFE") ||
                        loaded->bytes.startsWith("\xFE\xFF");
    if (hasBom || charset.isEmpty() || charset == "utf-8" || charset == "utf8") {
        const TextDecoder::Decoded decoded = TextDecoder::decode(loaded->bytes);
        html = decoded.text;
        doc.notes += decoded.notes;
    } else {
        // Browsers read "iso-8859-1" and "us-ascii" as windows-1252; Latin-1 is the close fit Qt
        // has.
        const bool latin = charset == "iso-8859-1" || charset == "latin1" ||
                           charset == "windows-1252" || charset == "us-ascii" ||
                           charset == "cp1252";
        QStringDecoder decoder(latin ? QByteArray("ISO-8859-1").constData() : charset.constData());
        if (decoder.isValid()) {
            html = decoder.decode(loaded->bytes);
        } else {
            const TextDecoder::Decoded decoded = TextDecoder::decode(loaded->bytes);
            html = decoded.text;
            doc.notes << QCoreApplication::translate("Cb::Formats::HtmlImporter", "Unknown charset \"%1\"; read as UTF-8.")
                             .arg(QString::fromLatin1(charset));
            doc.notes += decoded.notes;
        }
    }
    const HtmlToMarkdown::Output out = HtmlToMarkdown::convert(html, cancel);
    if (out.cancelled || cancel.isCancelled())
        return fail(CancelToken::cancelledError());
    doc.text = out.markdown;
    doc.notes += out.notes;
    return doc;
}

} // namespace Cb::Formats
