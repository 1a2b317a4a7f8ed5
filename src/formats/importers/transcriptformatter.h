#pragma once

#include "formats/importers/transcriptcue.h"

namespace Cb::Formats {

// Turns cues into readable lines "[00:01:23] Alice: text", one paragraph per turn. Consecutive
// cues of one named speaker merge into one paragraph until the speaker changes, a pause longer
// than `maxGapMs` occurs or the paragraph passes `maxParagraphChars`; then a new timestamp
// starts. Cues without a speaker name are never merged (they may be different people): each is
// one line "[00:01:23] text", consecutive ones on consecutive lines. Rolling captions (a cue
// repeating the end of the previous one) are not duplicated.
// Stateless; thread-safe.
class TranscriptFormatter
{
public:
    struct Options
    {
        qint64 maxGapMs = 10000;
        int maxParagraphChars = 600;
    };

    static QString format(const TranscriptCues& cues, const Options& options);
    static QString format(const TranscriptCues& cues) { return format(cues, Options()); }
    static QString timestamp(qint64 ms);
};

} // namespace Cb::Formats
