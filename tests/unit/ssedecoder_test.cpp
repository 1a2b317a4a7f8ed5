#include "core/providers/ssedecoder.h"

#include <gtest/gtest.h>

#include <random>

using namespace Cb::Core;

namespace {

QList<SseEvent> decodeWhole(const QByteArray& stream)
{
    SseDecoder d;
    return d.feed(stream);
}

QList<SseEvent> decodeByteByByte(const QByteArray& stream)
{
    SseDecoder d;
    QList<SseEvent> all;
    for (qsizetype i = 0; i < stream.size(); ++i)
        all += d.feed(QByteArrayView(stream.constData() + i, 1));
    return all;
}

QList<SseEvent> decodeRandomChunks(const QByteArray& stream, unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> len(1, 17);
    SseDecoder d;
    QList<SseEvent> all;
    qsizetype i = 0;
    while (i < stream.size()) {
        const qsizetype n = std::min<qsizetype>(len(rng), stream.size() - i);
        all += d.feed(QByteArrayView(stream.constData() + i, n));
        i += n;
    }
    return all;
}

bool sameEvents(const QList<SseEvent>& a, const QList<SseEvent>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].event != b[i].event || a[i].data != b[i].data || a[i].id != b[i].id)
            return false;
    }
    return true;
}

// Every stream below is also decoded byte by byte and in random chunks; all must agree.
void expectChunkingInvariant(const QByteArray& stream)
{
    const auto whole = decodeWhole(stream);
    EXPECT_TRUE(sameEvents(whole, decodeByteByByte(stream))) << stream.constData();
    for (unsigned seed = 1; seed <= 5; ++seed)
        EXPECT_TRUE(sameEvents(whole, decodeRandomChunks(stream, seed))) << seed;
}

} // namespace

TEST(SseDecoder_lfFraming, dispatchesEventsWithNames)
{
    const QByteArray s = "event: response.created\ndata: {\"a\":1}\n\n"
                         "event: response.completed\ndata: {\"b\":2}\n\n";
    const auto ev = decodeWhole(s);
    ASSERT_EQ(ev.size(), 2);
    EXPECT_EQ(ev[0].event, QStringLiteral("response.created"));
    EXPECT_EQ(ev[0].data, QStringLiteral("{\"a\":1}"));
    EXPECT_EQ(ev[1].event, QStringLiteral("response.completed"));
    expectChunkingInvariant(s);
}

TEST(SseDecoder_crlfFraming, geminiStyleStreamDecodes)
{
    const QByteArray s = "data: {\"x\":1}\r\n\r\ndata: {\"x\":2}\r\n\r\n";
    const auto ev = decodeWhole(s);
    ASSERT_EQ(ev.size(), 2);
    EXPECT_EQ(ev[0].data, QStringLiteral("{\"x\":1}"));
    EXPECT_TRUE(ev[0].event.isEmpty());
    expectChunkingInvariant(s);
}

TEST(SseDecoder_crOnlyFraming, treatsCrAsLineBreak)
{
    const QByteArray s = "data: one\r\rdata: two\r\r";
    const auto ev = decodeWhole(s);
    ASSERT_EQ(ev.size(), 2);
    EXPECT_EQ(ev[1].data, QStringLiteral("two"));
    expectChunkingInvariant(s);
}

TEST(SseDecoder_crAtChunkEndLfAtNextStart, isOneLineBreak)
{
    SseDecoder d;
    EXPECT_TRUE(d.feed("data: a\r").isEmpty());
    EXPECT_TRUE(d.feed("\n").isEmpty()); // same break as the CR: no blank line yet
    const auto ev = d.feed("\r\n");
    ASSERT_EQ(ev.size(), 1);
    EXPECT_EQ(ev[0].data, QStringLiteral("a"));
    EXPECT_FALSE(d.hasPendingData());
}

TEST(SseDecoder_crThenCrAcrossChunks, isBlankLine)
{
    SseDecoder d;
    EXPECT_TRUE(d.feed("data: a\r").isEmpty());
    const auto ev = d.feed("\rdata: b\r\n\r\n");
    ASSERT_EQ(ev.size(), 2);
    EXPECT_EQ(ev[0].data, QStringLiteral("a"));
    EXPECT_EQ(ev[1].data, QStringLiteral("b"));
}

TEST(SseDecoder_mixedLineEndings, allRecognised)
{
    const QByteArray s = "data: a\r\ndata: b\ndata: c\r\r\ndata: d\n\r\n";
    const auto ev = decodeWhole(s);
    ASSERT_EQ(ev.size(), 2);
    EXPECT_EQ(ev[0].data, QStringLiteral("a\nb\nc"));
    EXPECT_EQ(ev[1].data, QStringLiteral("d"));
    expectChunkingInvariant(s);
}

TEST(SseDecoder_utf8SplitAcrossReads, decodesAfterLineSplitting)
{
    const QByteArray s = QStringLiteral("data: Grüße 🙂 日本\n\n").toUtf8();
    for (qsizetype cut = 1; cut < s.size(); ++cut) {
        SseDecoder d;
        auto ev = d.feed(s.first(cut));
        ev += d.feed(s.sliced(cut));
        ASSERT_EQ(ev.size(), 1) << cut;
        EXPECT_EQ(ev[0].data, QStringLiteral("Grüße 🙂 日本")) << cut;
    }
    expectChunkingInvariant(s);
}

TEST(SseDecoder_comments, areIgnoredAndCounted)
{
    const QByteArray s = ": OPENROUTER PROCESSING\n\n: keep-alive\ndata: x\n\n:\n\n";
    SseDecoder d;
    const auto ev = d.feed(s);
    ASSERT_EQ(ev.size(), 1);
    EXPECT_EQ(ev[0].data, QStringLiteral("x"));
    EXPECT_EQ(d.commentCount(), 3);
    expectChunkingInvariant(s);
}

TEST(SseDecoder_multiLineData, joinedWithNewline)
{
    const QByteArray s = "data: first\ndata:second\ndata:  third\ndata\n\n";
    const auto ev = decodeWhole(s);
    ASSERT_EQ(ev.size(), 1);
    // One leading space stripped, never more; a bare "data" adds an empty line.
    EXPECT_EQ(ev[0].data, QStringLiteral("first\nsecond\n third\n"));
    expectChunkingInvariant(s);
}

TEST(SseDecoder_unterminatedFinalEvent, isNotDispatched)
{
    SseDecoder d;
    const auto ev = d.feed("data: complete\n\ndata: cut");
    ASSERT_EQ(ev.size(), 1);
    EXPECT_TRUE(d.hasPendingData());
    SseDecoder d2;
    EXPECT_TRUE(d2.feed("event: x\ndata: y\n").isEmpty());
    EXPECT_TRUE(d2.hasPendingData());
}

TEST(SseDecoder_blankLinesWithoutFields, dispatchNothing)
{
    SseDecoder d;
    EXPECT_TRUE(d.feed("\n\n\r\n\r\r").isEmpty());
    EXPECT_FALSE(d.hasPendingData());
}

TEST(SseDecoder_eventWithoutData, isDispatched)
{
    const auto ev = decodeWhole("event: ping\n\n");
    ASSERT_EQ(ev.size(), 1);
    EXPECT_EQ(ev[0].event, QStringLiteral("ping"));
    EXPECT_TRUE(ev[0].data.isEmpty());
}

TEST(SseDecoder_idAndRetryFields, trackedIdIgnoredWithNul)
{
    SseDecoder d;
    auto ev = d.feed("id: 7\nretry: 1500\ndata: a\n\n");
    ASSERT_EQ(ev.size(), 1);
    EXPECT_EQ(ev[0].id, QStringLiteral("7"));
    EXPECT_EQ(d.retryMs().value_or(-1), 1500);
    static const char withNul[] = "id: 8\0x\nretry: soon\ndata: b\n\n";
    ev = d.feed(QByteArrayView(withNul, sizeof(withNul) - 1));
    ASSERT_EQ(ev.size(), 1);
    EXPECT_EQ(ev[0].id, QStringLiteral("7"));
    EXPECT_EQ(d.retryMs().value_or(-1), 1500);
}

TEST(SseDecoder_unknownFieldsAndNoColon, ignored)
{
    const auto ev = decodeWhole("foo: bar\nevent\ndata: z\n\n");
    ASSERT_EQ(ev.size(), 1);
    EXPECT_TRUE(ev[0].event.isEmpty()); // "event" without colon = empty value
    EXPECT_EQ(ev[0].data, QStringLiteral("z"));
}

TEST(SseDecoder_leadingBom, stripped)
{
    const auto ev = decodeWhole("\xEF\xBB\xBF"
                                "data: a\n\n");
    ASSERT_EQ(ev.size(), 1);
    EXPECT_EQ(ev[0].data, QStringLiteral("a"));
}

TEST(SseDecoder_doneSentinel, isPlainData)
{
    const auto ev = decodeWhole("data: {\"a\":1}\n\ndata: [DONE]\n\n");
    ASSERT_EQ(ev.size(), 2);
    EXPECT_EQ(ev[1].data, QStringLiteral("[DONE]"));
}

TEST(SseDecoder_hugeEvent, assembledAcrossManyReads)
{
    QByteArray payload(3 * 1024 * 1024, 'x');
    for (qsizetype i = 0; i < payload.size(); i += 1000)
        payload[i] = 'y';
    const QByteArray s = "event: response.completed\r\ndata: " + payload + "\r\n\r\n";
    SseDecoder d;
    QList<SseEvent> ev;
    for (qsizetype i = 0; i < s.size(); i += 4093)
        ev += d.feed(QByteArrayView(s).sliced(i, std::min<qsizetype>(4093, s.size() - i)));
    ASSERT_EQ(ev.size(), 1);
    EXPECT_EQ(ev[0].data.size(), payload.size());
    EXPECT_EQ(ev[0].data.toLatin1(), payload);
}

TEST(SseDecoder_emptyFeed, isHarmless)
{
    SseDecoder d;
    EXPECT_TRUE(d.feed(QByteArrayView()).isEmpty());
    d.feed("data: a\r");
    EXPECT_TRUE(d.feed(QByteArrayView()).isEmpty());
    const auto ev = d.feed("\n\n");
    ASSERT_EQ(ev.size(), 1);
}

TEST(SseDecoder_reset, dropsPendingState)
{
    SseDecoder d;
    d.feed("data: partial");
    d.reset();
    EXPECT_FALSE(d.hasPendingData());
    EXPECT_TRUE(d.feed("\n\n").isEmpty());
}
