#include "formats/importers/transcriptformatter.h"

#include <QStringList>

namespace Cb::Formats {

namespace {

// Auto-generated captions repeat the previous line at the start of the next cue.
QString withoutRepeatedStart(const QString& previous, const QString& text)
{
    if (previous.isEmpty())
        return text;
    if (text == previous || previous.endsWith(text))
        return QString();
    for (qsizetype len = qMin(previous.size(), text.size()); len >= 8; --len) {
        if (previous.endsWith(text.left(len)) && (len == text.size() || text.at(len).isSpace()))
            return text.mid(len).trimmed();
    }
    return text;
}

} // namespace

QString TranscriptFormatter::timestamp(qint64 ms)
{
    const qint64 totalSeconds = ms / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(totalSeconds / 3600, 2, 10, QLatin1Char('0'))
        .arg((totalSeconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(totalSeconds % 60, 2, 10, QLatin1Char('0'));
}

QString TranscriptFormatter::format(const TranscriptCues& cues, const Options& options)
{
    // Entries: a turn of a named speaker (paragraph) or one unnamed cue (line). Unnamed cues are
    // never merged: without a name, nothing says two cues are the same person's.
    QString out;
    QString current;
    QString currentSpeaker;
    QString lastText;
    qint64 lastEnd = -1;
    bool previousUnnamed = false;
    auto flush = [&] {
        if (current.isEmpty())
            return;
        const bool unnamed = currentSpeaker.isEmpty();
        if (!out.isEmpty())
            out += unnamed && previousUnnamed ? QStringLiteral("\n") : QStringLiteral("\n\n");
        out += current;
        previousUnnamed = unnamed;
        current.clear();
    };
    bool first = true;
    for (const TranscriptCue& cue : cues) {
        // Rolling captions repeat the previous cue's end; kept once, for either kind of cue.
        const bool sameSpeaker = !first && cue.speaker == currentSpeaker;
        const QString text = sameSpeaker ? withoutRepeatedStart(lastText, cue.text) : cue.text;
        const bool shortPause = lastEnd < 0 || cue.startMs - lastEnd <= options.maxGapMs;
        lastText = cue.text;
        lastEnd = qMax(cue.endMs, cue.startMs);
        first = false;
        if (text.isEmpty())
            continue;
        if (sameSpeaker && !cue.speaker.isEmpty() && !current.isEmpty() && shortPause &&
            current.size() + text.size() <= options.maxParagraphChars) {
            current += QLatin1Char(' ') + text;
            continue;
        }
        flush();
        currentSpeaker = cue.speaker;
        current = QLatin1Char('[') + timestamp(cue.startMs) + QStringLiteral("] ");
        if (!cue.speaker.isEmpty())
            current += cue.speaker + QStringLiteral(": ");
        current += text;
    }
    flush();
    return out;
}

} // namespace Cb::Formats
