#pragma once

#include <QList>
#include <QString>

namespace Cb::Formats {

// One timed piece of a subtitle or transcript file, with markup already removed.
struct TranscriptCue
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString speaker; // from <v Name> or a "Name:" prefix; empty when unknown
    QString text;    // plain text; lines of one cue joined by spaces
};

using TranscriptCues = QList<TranscriptCue>;

} // namespace Cb::Formats
