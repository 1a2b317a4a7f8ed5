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
    QStringList paragraphs;
    QString current;
    QString currentSpeaker;
    QString lastText;
    qint64 lastEnd = -1;
    auto flush = [&] {
        if (!current.isEmpty())
            paragraphs << current;
        current.clear();
    };
    for (const TranscriptCue& cue : cues) {
        const bool sameSpeaker = !current.isEmpty() && cue.speaker == currentSpeaker;
        const bool shortPause = lastEnd < 0 || cue.startMs - lastEnd <= options.maxGapMs;
        const QString text = sameSpeaker ? withoutRepeatedStart(lastText, cue.text) : cue.text;
        lastText = cue.text;
        lastEnd = qMax(cue.endMs, cue.startMs);
        if (text.isEmpty())
            continue;
        if (sameSpeaker && shortPause &&
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
    return paragraphs.join(QStringLiteral("\n\n"));
}

} // namespace Cb::Formats
