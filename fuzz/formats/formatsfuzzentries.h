#pragma once

#include "fuzz/core/corefuzzentries.h"

namespace Cb::Fuzz {

// Fuzz entries over cb_formats (the importers of untrusted documents). The file-based ones go
// through Importer::importFile on a scratch file so size checks, sniffing and charset handling
// are exercised too. Never crash, hang or leak; a refusal must carry a message.

// A .docx container (SafeZipReader limits + converter), with small limits so a fuzzed bomb
// cannot exhaust memory. Every imported text must be well-formed Unicode (no lone surrogates
// from numeric entities or broken encodings) so it survives a save as UTF-8.
int fuzzDocx(const uint8_t* data, size_t size);
// The bytes as document.xml, styles.xml, numbering.xml and document.xml.rels.
int fuzzDocxXml(const uint8_t* data, size_t size);
// An .html file to Markdown.
int fuzzHtml(const uint8_t* data, size_t size);
// The bytes as a .vtt and as an .srt file: cues have sane times.
int fuzzSubtitles(const uint8_t* data, size_t size);

QList<NamedEntry> formatsEntries();

} // namespace Cb::Fuzz
