#pragma once

#include "formats/importers/transcriptcue.h"

#include <QStringList>

namespace Cb::Formats {

// Parses WebVTT and SRT text into cues. Drops what is noise for a reader: the WEBVTT header,
// NOTE/STYLE/REGION blocks, cue numbers and identifiers, cue settings, end times, inline tags
// (<c>, <i>, <b>, <font>, karaoke timestamps), ASS override codes ({\an8}). Keeps the speaker
// of <v Name> tags or of a "Name:" prefix. Blocks without a readable timing line are skipped
// and counted in a note. Stateless; thread-safe.
class SubtitleParser
{
public:
    struct Parsed
    {
        TranscriptCues cues;
        QStringList notes;
    };

    static Parsed parseVtt(const QString& text);
    static Parsed parseSrt(const QString& text);

    // "01:02:03.456", "02:03.456" or "01:02:03,456" in milliseconds, -1 when malformed.
    static qint64 parseTimestamp(const QString& text);

private:
    static Parsed parseBlocks(const QString& text, bool vtt);
};

} // namespace Cb::Formats
