#include "formats/importers/docximporter.h"

#include <QCoreApplication>

#include "core/importing/binarysniffer.h"
#include "core/importing/sourcefile.h"
#include "formats/importers/docxconverter.h"
#include "formats/importers/safezipreader.h"

namespace Cb::Formats {

using namespace Cb::Core;

namespace {

// Optional parts: a missing one is fine, a malformed or oversized one is an error.
template <typename Part> Result<Part> parseOptional(const SafeZipReader& zip, const QString& name)
{
    if (!zip.contains(name))
        return Part();
    auto bytes = zip.read(name);
    if (!bytes)
        return fail(bytes.error());
    return Part::parse(*bytes);
}

} // namespace

QStringList DocxImporter::suffixes() const
{
    return {QStringLiteral("docx"), QStringLiteral("docm")};
}

Result<ImportedDocument> DocxImporter::importFile(const QString& path, const ImportOptions& options,
                                                  const CancelToken& cancel) const
{
    auto info = SourceFile::inspect(path, options.maxFileBytes);
    if (!info)
        return fail(info.error());
    const QByteArray head = BinarySniffer::readHead(info->absolutePath);
    if (head.startsWith(QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))) {
        return fail(
            ErrorCode::Unsupported,
            QStringLiteral(
                "%1 is password-protected or a legacy Word file; save it as an unprotected .docx")
                .arg(info->fileName));
    }
    auto sha = SourceFile::sha256Hex(info->absolutePath);
    if (!sha)
        return fail(sha.error());
    auto zip = SafeZipReader::open(info->absolutePath, options);
    if (!zip)
        return fail(zip.error());
    const QString mainPart = QStringLiteral("word/document.xml");
    if (!zip->contains(mainPart))
        return fail(
            ErrorCode::Parse,
            QCoreApplication::translate("Cb::Formats::DocxImporter", "%1 is not a Word document (no %2)").arg(info->fileName, mainPart));

    auto styles = parseOptional<DocxStyles>(*zip, QStringLiteral("word/styles.xml"));
    if (!styles)
        return fail(styles.error());
    auto numbering = parseOptional<DocxNumbering>(*zip, QStringLiteral("word/numbering.xml"));
    if (!numbering)
        return fail(numbering.error());
    auto rels =
        parseOptional<DocxRelationships>(*zip, QStringLiteral("word/_rels/document.xml.rels"));
    if (!rels)
        return fail(rels.error());
    auto documentXml = zip->read(mainPart);
    if (!documentXml)
        return fail(documentXml.error());
    if (cancel.isCancelled())
        return fail(CancelToken::cancelledError());

    DocxNotes notes;
    const std::pair<DocxNotes::Kind, QString> noteParts[] = {
        {DocxNotes::Kind::Footnote, QStringLiteral("word/footnotes.xml")},
        {DocxNotes::Kind::Endnote, QStringLiteral("word/endnotes.xml")}};
    for (const auto& [kind, part] : noteParts) {
        if (!zip->contains(part))
            continue;
        auto bytes = zip->read(part);
        if (!bytes)
            return fail(bytes.error());
        auto read =
            DocxConverter::readNotes(*bytes, kind, *styles, *numbering, part, notes, cancel);
        if (!read) {
            Error error = read.error();
            if (error.code == ErrorCode::Parse)
                error.message = info->fileName + QStringLiteral(": ") + error.message;
            return fail(error);
        }
    }

    auto converted =
        DocxConverter::convert(*documentXml, *styles, *numbering, *rels, cancel, notes);
    if (!converted) {
        Error error = converted.error();
        if (error.code == ErrorCode::Parse)
            error.message = info->fileName + QStringLiteral(": ") + error.message;
        return fail(error);
    }
    ImportedDocument doc = SourceFile::documentFor(*info, *sha);
    doc.format = QStringLiteral("docx");
    doc.text = converted->markdown;
    doc.notes = converted->notes;
    if (doc.text.isEmpty())
        doc.notes << QCoreApplication::translate("Cb::Formats::DocxImporter", "The document has no text.");
    return doc;
}

} // namespace Cb::Formats
