#include "core/judge/judgepairs.h"
#include "core/judge/judgeprompt.h"
#include "core/judge/judgeverdict.h"

#include <gtest/gtest.h>

using namespace Cb::Core;
using K = JudgeVerdict::Kind;

TEST(JudgeVerdict, StrictJson_verdictAndReason)
{
    const JudgeVerdict v = JudgeVerdict::parse(QStringLiteral(R"({"verdict": "B", "reason": "B cites the spec."})"));
    EXPECT_EQ(v.kind, K::B);
    EXPECT_EQ(v.reason, QStringLiteral("B cites the spec."));
    EXPECT_EQ(JudgeVerdict::parse(QStringLiteral(R"({"verdict":"tie"})")).kind, K::Tie);
    EXPECT_EQ(JudgeVerdict::parse(QStringLiteral(R"({"verdict":"both_bad","reason":"x"})")).kind, K::BothBad);
    EXPECT_EQ(JudgeVerdict::parse(QStringLiteral(R"({"verdict":"Both bad"})")).kind, K::BothBad);
}

TEST(JudgeVerdict, JsonInFenceAfterProse_lastVerdictObjectWins)
{
    const QString reply = QStringLiteral(
        "Let me compare. A draft might be {\"verdict\": \"B\"}, but on reflection:\n"
        "```json\n{\"verdict\": \"A\", \"reason\": \"A {handles} the edge case\"}\n```\n");
    const JudgeVerdict v = JudgeVerdict::parse(reply);
    EXPECT_EQ(v.kind, K::A);
    EXPECT_EQ(v.reason, QStringLiteral("A {handles} the edge case"));
}

TEST(JudgeVerdict, PlainLastLine_fallbackAccepted)
{
    EXPECT_EQ(JudgeVerdict::parse(QStringLiteral("A is shorter but B is right.\nVERDICT: B\n\n")).kind, K::B);
    EXPECT_EQ(JudgeVerdict::parse(QStringLiteral("Reasoning...\n**Verdict:** A")).kind, K::A);
    EXPECT_EQ(JudgeVerdict::parse(QStringLiteral("tie")).kind, K::Tie);
    EXPECT_EQ(JudgeVerdict::parse(QStringLiteral("Neither is usable.\nboth bad.")).kind, K::BothBad);
    const JudgeVerdict v = JudgeVerdict::parse(QStringLiteral("B handles nulls.\nA"));
    EXPECT_EQ(v.kind, K::A);
    EXPECT_EQ(v.reason, QStringLiteral("B handles nulls."));
}

TEST(JudgeVerdict, AnythingElse_unparseableNeverGuessed)
{
    for (const QString& reply : {QString(), QStringLiteral("   \n"), QStringLiteral("I prefer the first answer."),
                                 QStringLiteral("A or B, hard to say"), QStringLiteral(R"({"verdict":"C"})"),
                                 QStringLiteral(R"({"verdict": 1})"), QStringLiteral("VERDICT: maybe"),
                                 QStringLiteral("{\"verdict\": \"A\"")}) {
        EXPECT_EQ(JudgeVerdict::parse(reply).kind, K::Unparseable) << reply.toStdString();
    }
    EXPECT_EQ(JudgeVerdict::name(K::Unparseable), QStringLiteral("unparseable"));
}

TEST(JudgeConsistency, SwapRule_onlySameAnswerInBothOrdersCounts)
{
    using C = JudgeConsistency::Kind;
    EXPECT_EQ(JudgeConsistency::combine(K::A, K::B).outcome, QStringLiteral("left"));
    EXPECT_EQ(JudgeConsistency::combine(K::B, K::A).outcome, QStringLiteral("right"));
    EXPECT_EQ(JudgeConsistency::combine(K::Tie, K::Tie).outcome, QStringLiteral("tie"));
    EXPECT_EQ(JudgeConsistency::combine(K::BothBad, K::BothBad).outcome, QStringLiteral("both_bad"));
    // Position followers and mixed answers.
    for (auto [ab, ba] : {std::pair{K::A, K::A}, {K::B, K::B}, {K::A, K::Tie}, {K::Tie, K::BothBad},
                          {K::BothBad, K::B}}) {
        EXPECT_EQ(JudgeConsistency::combine(ab, ba).kind, C::Inconsistent);
        EXPECT_TRUE(JudgeConsistency::combine(ab, ba).outcome.isEmpty());
    }
    EXPECT_EQ(JudgeConsistency::combine(K::A, K::Unparseable).kind, C::Unparseable);
    EXPECT_EQ(JudgeConsistency::combine(K::Unparseable, K::B).kind, C::Unparseable);
}

TEST(JudgePrompt, Render_fillsEachPlaceholderOnceWithoutRecursing)
{
    const QString out = JudgePrompt::render(QStringLiteral("T={{task}} A={{answer_a}} B={{answer_b}} {{other}}"),
                                            QStringLiteral("goal"), QStringLiteral("says {{answer_b}}"),
                                            QStringLiteral("b"));
    EXPECT_EQ(out, QStringLiteral("T=goal A=says {{answer_b}} B=b {{other}}"));
    const QString def = JudgePrompt::render(JudgePrompt::defaultTemplate(), QStringLiteral("t"), QStringLiteral("x"),
                                            QStringLiteral("y"));
    EXPECT_TRUE(def.contains(QStringLiteral("## Answer A\n\nx\n\n## Answer B\n\ny")));
}

TEST(JudgePrompt, Validate_missingAnswerPlaceholderNamed)
{
    EXPECT_TRUE(JudgePrompt::validate(JudgePrompt::defaultTemplate()).has_value());
    auto bad = JudgePrompt::validate(QStringLiteral("{{task}} {{answer_b}}"));
    ASSERT_FALSE(bad.has_value());
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("{{answer_a}}")));
}

// A Korean interface gets the judge prompt written for Korean: the same placeholders and JSON
// verdict words (the parser reads them), the reason asked for in Korean.
TEST(JudgePrompt, Korean_keepsPlaceholdersAndVerdictWords_asksForAKoreanReason)
{
    const QString ko = JudgePrompt::defaultTemplate(QStringLiteral("ko"));
    EXPECT_NE(ko, JudgePrompt::defaultTemplate());
    EXPECT_EQ(JudgePrompt::defaultTemplate(QStringLiteral("en")), JudgePrompt::defaultTemplate());
    EXPECT_TRUE(JudgePrompt::validate(ko).has_value());
    const QString rendered = JudgePrompt::render(ko, QStringLiteral("t"), QStringLiteral("x"), QStringLiteral("y"));
    EXPECT_TRUE(rendered.contains(QStringLiteral("## 답변 A\n\nx\n\n## 답변 B\n\ny"))) << rendered.toStdString();
    for (const char* word : {"\"verdict\"", "\"reason\"", "\"tie\"", "\"both_bad\"", "한국어"})
        EXPECT_TRUE(ko.contains(QString::fromUtf8(word))) << word;
    EXPECT_EQ(JudgeVerdict::parse(QStringLiteral("{\"verdict\": \"both_bad\", \"reason\": \"둘 다 일정이 없습니다.\"}")).kind,
              JudgeVerdict::Kind::BothBad);
}

TEST(JudgePairs, FromRun_differentModelsSameRepeatAnsweredOnly)
{
    RunRecord run;
    run.id = 7;
    run.packGoal = QStringLiteral("Goal");
    qint64 id = 1;
    auto add = [&](const QString& provider, const QString& model, int repeat, CallStatus status, const QString& text) {
        CallRecord c;
        c.id = id++;
        c.provider = provider;
        c.model = model;
        c.repeatIndex = repeat;
        c.status = status;
        c.text = text;
        run.calls.append(c);
    };
    add(QStringLiteral("openai"), QStringLiteral("gpt-4.1"), 0, CallStatus::Done, QStringLiteral("x0"));
    add(QStringLiteral("openai"), QStringLiteral("gpt-4.1"), 1, CallStatus::Done, QStringLiteral("x1"));
    add(QStringLiteral("openai-compatible"), QStringLiteral("gpt-4.1"), 0, CallStatus::Done, QStringLiteral("y0"));
    add(QStringLiteral("openai-compatible"), QStringLiteral("gpt-4.1"), 1, CallStatus::Failed, QStringLiteral("y1"));
    const QList<JudgePair> pairs = JudgePairs::fromRun(run);
    // Same bare model name, different providers: two identities; repeat 1 of one failed.
    ASSERT_EQ(pairs.size(), 1);
    const QSet<qint64> ids{pairs[0].leftCallId, pairs[0].rightCallId};
    EXPECT_EQ(ids, (QSet<qint64>{1, 3}));
    EXPECT_EQ(pairs[0].task, QStringLiteral("Goal"));
    EXPECT_EQ(pairs[0].leftText, run.call(pairs[0].leftCallId)->text);
    // Seeded by the run: the same orientation every time.
    EXPECT_EQ(JudgePairs::fromRun(run)[0].leftCallId, pairs[0].leftCallId);
}
