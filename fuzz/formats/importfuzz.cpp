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

// No unpaired surrogates: such text cannot be saved as UTF-8 without loss. (A round trip through
// fromUtf8 would not do as the check: it drops a leading U+FEFF, which is legitimate text.)
bool wellFormed(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate()) {
            if (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate())
                return false;
            ++i;
        } else if (text.at(i).isLowSurrogate()) {
            return false;
        }
    }
    return true;
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
    // The same bytes read as a footnotes part, whose notes the document then refers to.
    Formats::DocxNotes notes;
    const auto read = Formats::DocxConverter::readNotes(
        xml, Formats::DocxNotes::Kind::Footnote, styles ? *styles : Formats::DocxStyles(),
        numbering ? *numbering : Formats::DocxNumbering(), QStringLiteral("notes"), notes,
        Core::CancelToken());
    check(read || !read.error().message.isEmpty(),
          QStringLiteral("docx xml: notes error without a message"));
    auto out = Formats::DocxConverter::convert(xml, styles ? *styles : Formats::DocxStyles(),
                                               numbering ? *numbering : Formats::DocxNumbering(),
                                               rels ? *rels : Formats::DocxRelationships(),
                                               Core::CancelToken(), notes);
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
