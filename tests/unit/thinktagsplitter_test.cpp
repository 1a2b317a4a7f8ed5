#include "core/providers/thinktagsplitter.h"

#include <gtest/gtest.h>

using namespace Cb::Core;

namespace {

std::pair<QString, QString> run(const QStringList& deltas)
{
    ThinkTagSplitter s;
    QString text, reasoning;
    auto take = [&](const QList<ThinkTagSplitter::Piece>& pieces) {
        for (const auto& p : pieces)
            (p.reasoning ? reasoning : text) += p.text;
    };
    for (const QString& d : deltas)
        take(s.feed(d));
    take(s.flush());
    return {text, reasoning};
}

} // namespace

TEST(ThinkTagSplitter_wholeTags, splitReasoningFromAnswer)
{
    const auto [text, reasoning] = run({QStringLiteral("<think>plan</think>\n\nAnswer")});
    EXPECT_EQ(reasoning, QStringLiteral("plan"));
    EXPECT_EQ(text, QStringLiteral("Answer"));
}

TEST(ThinkTagSplitter_tagsSplitAtEveryPosition, sameResult)
{
    const QString full = QStringLiteral("<think>a<b</think>x < y <thin");
    for (qsizetype cut = 1; cut < full.size(); ++cut) {
        const auto [text, reasoning] = run({full.left(cut), full.mid(cut)});
        EXPECT_EQ(reasoning, QStringLiteral("a<b")) << cut;
        EXPECT_EQ(text, QStringLiteral("x < y <thin")) << cut;
    }
    QStringList chars;
    for (QChar c : full)
        chars << QString(c);
    const auto [text, reasoning] = run(chars);
    EXPECT_EQ(reasoning, QStringLiteral("a<b"));
    EXPECT_EQ(text, QStringLiteral("x < y <thin"));
}

TEST(ThinkTagSplitter_noTags, passesTextThrough)
{
    const auto [text, reasoning] = run({QStringLiteral("plain "), QStringLiteral("<b>bold</b>")});
    EXPECT_EQ(text, QStringLiteral("plain <b>bold</b>"));
    EXPECT_TRUE(reasoning.isEmpty());
}

TEST(ThinkTagSplitter_unclosedThink, staysReasoning)
{
    const auto [text, reasoning] = run({QStringLiteral("<think>still going</thi")});
    EXPECT_EQ(reasoning, QStringLiteral("still going</thi"));
    EXPECT_TRUE(text.isEmpty());
}
