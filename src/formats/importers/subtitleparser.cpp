#include "formats/importers/subtitleparser.h"

#include <QCoreApplication>

#include "formats/importers/htmlentities.h"

#include <QRegularExpression>

namespace Cb::Formats {

namespace {

QStringList splitBlocks(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    static const QRegularExpression blankLines(QStringLiteral("\\n[ \\t]*\\n"));
    return text.split(blankLines, Qt::SkipEmptyParts);
}

bool isVttMetaBlock(const QString& firstLine)
{
    for (const char* keyword : {"NOTE", "STYLE", "REGION"}) {
        const QString k = QString::fromLatin1(keyword);
        if (firstLine == k || firstLine.startsWith(k + QLatin1Char(' ')) ||
            firstLine.startsWith(k + QLatin1Char('\t')))
            return true;
    }
    return false;
}

// Removes markup from one payload and pulls out the speaker of the first <v> tag.
QString cleanPayload(const QString& payload, QString& speaker)
{
    static const QRegularExpression voice(QStringLiteral("<v(?:\\.[^\\s>]*)?\\s+([^>]+)>"));
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression assCodes(QStringLiteral("\\{\\\\[^}]*\\}"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString text = payload;
    // Most cues carry no markup; the regular expressions only run where they can match.
    if (text.contains(QLatin1Char('<'))) {
        if (const auto m = voice.match(payload); m.hasMatch())
            speaker = HtmlEntities::decode(m.captured(1).trimmed());
        text.remove(tags);
    }
    if (text.contains(QLatin1Char('{')))
        text.remove(assCodes);
    text = HtmlEntities::decode(text);
    text.remove(QChar(0x200E));
    text.remove(QChar(0x200F));
    return text.replace(spaces, QStringLiteral(" ")).trimmed();
}

// "Alice Smith: hello" → speaker "Alice Smith". Only short, capitalised names count, so an
// ordinary sentence with a colon is left alone.
void splitSpeakerPrefix(QString& text, QString& speaker)
{
    static const QRegularExpression prefix(
        QStringLiteral("^(?:- )?((?:\\p{Lu}[\\p{L}.'\\-]*)(?: "
                       "\\p{Lu}[\\p{L}.'\\-]*){0,3}|\\p{Lu}{2,}(?: \\p{Lu}{2,}){0,3}):\\s+(.+)$"));
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 1 || colon > 42)
        return;
    const auto m = prefix.match(text);
    if (m.hasMatch() && m.captured(1).size() <= 40) {
        speaker = m.captured(1);
        text = m.captured(2);
    }
}

} // namespace

qint64 SubtitleParser::parseTimestamp(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:(\\d+):)?(\\d{1,2}):(\\d{1,2})(?:[.,](\\d{1,3}))?$"));
    const auto m = re.match(text.trimmed());
    // Hours beyond seven digits (over a thousand years) would overflow the milliseconds.
    if (!m.hasMatch() || m.captured(1).size() > 7)
        return -1;
    const qint64 h = m.captured(1).toLongLong();
    const qint64 min = m.captured(2).toLongLong();
    const qint64 s = m.captured(3).toLongLong();
    QString fraction = m.captured(4);
    while (!fraction.isEmpty() && fraction.size() < 3)
        fraction += QLatin1Char('0');
    if (min > 59 || s > 59)
        return -1;
    return ((h * 60 + min) * 60 + s) * 1000 + fraction.toLongLong();
}

SubtitleParser::Parsed SubtitleParser::parseBlocks(const QString& text, bool vtt)
{
    Parsed parsed;
    int unreadable = 0;
    const QStringList blocks = splitBlocks(text);
    for (qsizetype b = 0; b < blocks.size(); ++b) {
        QStringList lines = blocks.at(b).split(QLatin1Char('\n'));
        if (vtt && b == 0 && lines.first().startsWith(QStringLiteral("WEBVTT")))
            continue;
        if (vtt && isVttMetaBlock(lines.first().trimmed()))
            continue;
        // The timing line is the first or, after a cue number / identifier, the second line.
        qsizetype timing = -1;
        for (qsizetype i = 0; i < qMin<qsizetype>(2, lines.size()); ++i) {
            if (lines.at(i).contains(QStringLiteral("-->"))) {
                timing = i;
                break;
            }
        }
        if (timing < 0) {
            ++unreadable;
            continue;
        }
        const QString timingLine = lines.at(timing);
        const qsizetype arrow = timingLine.indexOf(QStringLiteral("-->"));
        TranscriptCue cue;
        cue.startMs = parseTimestamp(timingLine.left(arrow));
        // Cue settings (align:start position:10%) follow the end time; only the time counts.
        cue.endMs =
            parseTimestamp(timingLine.mid(arrow + 3).trimmed().section(QLatin1Char(' '), 0, 0));
        if (cue.startMs < 0) {
            ++unreadable;
            continue;
        }
        const QString payload = lines.mid(timing + 1).join(QLatin1Char('\n'));
        cue.text = cleanPayload(payload, cue.speaker);
        if (cue.speaker.isEmpty())
            splitSpeakerPrefix(cue.text, cue.speaker);
        if (!cue.text.isEmpty())
            parsed.cues.append(cue);
    }
    if (unreadable > 0)
        parsed.notes << QCoreApplication::translate("Cb::Formats::SubtitleParser", "%1 block(s) without a readable timing line were skipped.")
                            .arg(unreadable);
    return parsed;
}

SubtitleParser::Parsed SubtitleParser::parseVtt(const QString& text)
{
    Parsed parsed = parseBlocks(text, true);
    if (!text.startsWith(QStringLiteral("WEBVTT")) &&
        !text.startsWith(QStringLiteral("\uFEFFWEBVTT")))
        parsed.notes.prepend(
            QCoreApplication::translate("Cb::Formats::SubtitleParser", "The file does not start with the WEBVTT signature; read anyway."));
    return parsed;
}

SubtitleParser::Parsed SubtitleParser::parseSrt(const QString& text)
{
    return parseBlocks(text, false);
}

} // namespace Cb::Formats
