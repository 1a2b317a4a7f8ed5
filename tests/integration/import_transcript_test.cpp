#include "formats/importers/importerregistry.h"
#include "formats/importers/subtitleparser.h"
#include "formats/importers/transcriptformatter.h"
#include "importtestfiles.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Formats;

namespace {

Result<ImportedDocument> importBytes(const QTemporaryDir& dir, const QString& name,
                                     const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    ImportTestFiles::writeFile(path, bytes);
    return ImporterRegistry().importFile(path, ImportOptions());
}

} // namespace

TEST(ImportTranscript_vtt, keepsSpeakersAndStartTimesDropsNoise)
{
    QTemporaryDir dir;
    const QByteArray vtt =
        "WEBVTT - meeting\n"
        "Kind: captions\n\n"
        "NOTE recorded on Monday\nsecond note line\n\n"
        "STYLE\n::cue { color: red }\n\n"
        "1\n00:00:01.000 --> 00:00:03.500 align:start position:10%\n"
        "<v Alice>Hello <b>everyone</b>.</v>\n\n"
        "2\n00:00:03.600 --> 00:00:05.000\n<v Alice>Let us start &amp; be quick.\n\n"
        "intro-3\n00:01:23.000 --> 00:01:25.000\n<v.loud Bob Stone>I <c.yellow>have</c> a "
        "question\nabout <00:01:24.000>dates.\n\n"
        "01:02:03.250 --> 01:02:04.000\n<v Alice>Sure.\n";
    const auto doc = importBytes(dir, QStringLiteral("meeting.vtt"), vtt);
    ASSERT_TRUE(doc) << doc.error().message.toStdString();
    EXPECT_EQ(doc->format, QStringLiteral("vtt"));
    EXPECT_EQ(doc->text,
              QStringLiteral("[00:00:01] Alice: Hello everyone. Let us start & be quick.\n\n"
                             "[00:01:23] Bob Stone: I have a question about dates.\n\n"
                             "[01:02:03] Alice: Sure."));
    EXPECT_TRUE(doc->notes.isEmpty()) << doc->notes.join(QLatin1Char('|')).toStdString();
}

TEST(ImportTranscript_srt, dropsCueNumbersAndTags)
{
    QTemporaryDir dir;
    const QByteArray srt =
        "1\r\n00:00:00,500 --> 00:00:02,000\r\n<i>Welcome</i> to the show\r\n\r\n"
        "2\r\n00:00:02,100 --> 00:00:04,000\r\n{\\an8}It is raining\r\nagain.\r\n\r\n"
        "3\r\n00:00:30,000 --> 00:00:32,000\r\nANNA: Who is there?\r\n\r\n"
        "4\r\n00:00:32,500 --> 00:00:33,000\r\nANNA: Hello?\r\n";
    const auto doc = importBytes(dir, QStringLiteral("show.srt"), srt);
    ASSERT_TRUE(doc) << doc.error().message.toStdString();
    EXPECT_EQ(doc->format, QStringLiteral("srt"));
    // No speaker: one line per cue with its time; ANNA's two cues make one turn.
    EXPECT_EQ(doc->text, QStringLiteral("[00:00:00] Welcome to the show\n"
                                        "[00:00:02] It is raining again.\n\n"
                                        "[00:00:30] ANNA: Who is there? Hello?"));
}

TEST(ImportTranscript_vttWithoutSignature, readAnywayWithNote)
{
    QTemporaryDir dir;
    const auto doc =
        importBytes(dir, QStringLiteral("odd.vtt"), "00:05.000 --> 00:06.000\nShort form time\n");
    ASSERT_TRUE(doc);
    EXPECT_EQ(doc->text, QStringLiteral("[00:00:05] Short form time"));
    ASSERT_FALSE(doc->notes.isEmpty());
    EXPECT_TRUE(doc->notes.first().contains(QStringLiteral("WEBVTT")));
}

TEST(ImportTranscript_garbageBlocks, skippedAndCounted)
{
    const auto parsed = SubtitleParser::parseSrt(
        QStringLiteral("hello there\n\n1\n00:00:01,000 --> 00:00:02,000\nok\n"));
    ASSERT_EQ(parsed.cues.size(), 1);
    EXPECT_EQ(parsed.cues.first().text, QStringLiteral("ok"));
    ASSERT_EQ(parsed.notes.size(), 1);
    EXPECT_TRUE(parsed.notes.first().startsWith(QStringLiteral("1 block(s)")));
}

TEST(SubtitleParser_timestamps, parseAllForms)
{
    EXPECT_EQ(SubtitleParser::parseTimestamp(QStringLiteral("01:02:03.456")), 3723456);
    EXPECT_EQ(SubtitleParser::parseTimestamp(QStringLiteral("00:00:01,5")), 1500);
    EXPECT_EQ(SubtitleParser::parseTimestamp(QStringLiteral("02:03.004")), 123004);
    EXPECT_EQ(SubtitleParser::parseTimestamp(QStringLiteral("12:75:00.000")), -1);
    EXPECT_EQ(SubtitleParser::parseTimestamp(QStringLiteral("soon")), -1);
}

TEST(TranscriptFormatter_rollingCaptions, notDuplicated)
{
    TranscriptCues cues;
    cues.append({0, 2000, QString(), QStringLiteral("the quick brown fox")});
    cues.append({2000, 4000, QString(), QStringLiteral("the quick brown fox jumps over")});
    cues.append({4000, 6000, QString(), QStringLiteral("jumps over")});
    EXPECT_EQ(TranscriptFormatter::format(cues),
              QStringLiteral("[00:00:00] the quick brown fox\n[00:00:02] jumps over"));
}

TEST(TranscriptFormatter_longTurn, splitsWithNewTimestamp)
{
    TranscriptCues cues;
    for (int i = 0; i < 4; ++i)
        cues.append(
            {i * 1000, i * 1000 + 900, QStringLiteral("Al"), QString(40, QLatin1Char('a' + i))});
    TranscriptFormatter::Options options;
    options.maxParagraphChars = 100;
    const QString text = TranscriptFormatter::format(cues, options);
    EXPECT_EQ(text.count(QStringLiteral("Al: ")), 2);
    EXPECT_TRUE(text.contains(QStringLiteral("\n\n[00:00:02] Al: ccc")));
}

TEST(ImportTranscript_cuesWithoutSpeakers, oneLinePerCueNeverMerged)
{
    QTemporaryDir dir;
    // Two voices answering each other, no names: merging would run them together.
    const QByteArray vtt = "WEBVTT\n\n"
                           "00:00:01.000 --> 00:00:02.000\nAre you coming?\n\n"
                           "00:00:02.100 --> 00:00:03.000\nNo.\n\n"
                           "00:00:03.100 --> 00:00:04.000\nWhy not?\n\n"
                           "00:00:04.100 --> 00:00:05.000\n<v Host>Let me explain.\n\n"
                           "00:00:05.100 --> 00:00:06.000\n<v Host>It is late.\n\n"
                           "00:00:06.100 --> 00:00:07.000\nOh.\n";
    const auto doc = importBytes(dir, QStringLiteral("voices.vtt"), vtt);
    ASSERT_TRUE(doc) << doc.error().message.toStdString();
    EXPECT_EQ(doc->text, QStringLiteral("[00:00:01] Are you coming?\n"
                                        "[00:00:02] No.\n"
                                        "[00:00:03] Why not?\n\n"
                                        "[00:00:04] Host: Let me explain. It is late.\n\n"
                                        "[00:00:06] Oh."));
}
