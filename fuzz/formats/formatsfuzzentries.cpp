#include "fuzz/formats/formatsfuzzentries.h"

namespace Cb::Fuzz {

QList<NamedEntry> formatsEntries()
{
    return {
        {"docx", &fuzzDocx},
        {"docxxml", &fuzzDocxXml},
        {"html", &fuzzHtml},
        {"subtitles", &fuzzSubtitles},
    };
}

} // namespace Cb::Fuzz
