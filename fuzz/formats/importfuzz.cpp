#include "core/importing/canceltoken.h"
#include "formats/importers/docxconverter.h"
#include "formats/importers/docximporter.h"
#include "formats/importers/htmlimporter.h"
#include "formats/importers/transcriptimporter.h"
#include "fuzz/formats/formatsfuzzentries.h"
#include "fuzz/formats/scratchfile.h"

namespace Cb::Fuzz {

namespace {

using Core::ImportedDocument;
using Core::Result;

Core::ImportOptions smallLimits()
{
    Core::ImportOptions o;
    o.maxFileBytes = 4LL * 1024 * 1024;
    o.maxArchiveEntries = 200;
    o.maxArchiveEntryBytes = 4LL * 1024 * 1024;
    o.maxArchiveTotalBytes = 16LL * 1024 * 1024;
    return o;
}

bool wellFormed(const QString& text)
{
    return QString::fromUtf8(text.toUtf8()) == text;
}

void checkImported(const Result<ImportedDocument>& doc, const QString& what)
{
    if (!doc) {
        check(!doc.error().message.isEmpty(), what + QStringLiteral(": refused without a message"));
        return;
    }
    check(wellFormed(doc->text), what + QStringLiteral(": text is not well-formed Unicode"));
    for (const QString& note : doc->notes)
        check(wellFormed(note), what + QStringLiteral(": a note is not well-formed Unicode"));
}

Result<ImportedDocument> importBytes(const Formats::Importer& importer, const QString& suffix,
                                     const uint8_t* data, size_t size)
{
    const QString path = ScratchFile::write(suffix, data, size);
    return importer.importFile(path, smallLimits(), Core::CancelToken());
}

} // namespace

int fuzzDocx(const uint8_t* data, size_t size)
{
    checkImported(importBytes(Formats::DocxImporter(), QStringLiteral("docx"), data, size),
                  QStringLiteral("docx"));
    return 0;
}

int fuzzDocxXml(const uint8_t* data, size_t size)
{
    const QByteArray xml(reinterpret_cast<const char*>(data), qsizetype(size));
    auto styles = Formats::DocxStyles::parse(xml);
    auto numbering = Formats::DocxNumbering::parse(xml);
    auto rels = Formats::DocxRelationships::parse(xml);
    auto out = Formats::DocxConverter::convert(
        xml, styles ? *styles : Formats::DocxStyles(),
        numbering ? *numbering : Formats::DocxNumbering(),
        rels ? *rels : Formats::DocxRelationships(), Core::CancelToken());
    if (out)
        check(wellFormed(out->markdown), QStringLiteral("docx xml: markdown is not well-formed"));
    else
        check(!out.error().message.isEmpty(), QStringLiteral("docx xml: error without a message"));
    return 0;
}

int fuzzHtml(const uint8_t* data, size_t size)
{
    checkImported(importBytes(Formats::HtmlImporter(), QStringLiteral("html"), data, size),
                  QStringLiteral("html"));
    return 0;
}

int fuzzSubtitles(const uint8_t* data, size_t size)
{
    const Formats::TranscriptImporter importer;
    for (const QString& suffix : {QStringLiteral("vtt"), QStringLiteral("srt")})
        checkImported(importBytes(importer, suffix, data, size), suffix);
    return 0;
}

} // namespace Cb::Fuzz
