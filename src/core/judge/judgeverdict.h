#pragma once

#include <QString>

namespace Cb::Core {

// What a judge model said about one ordering of a pair ("Answer A" / "Answer B"), parsed from
// its reply. Unparseable is recorded as such and never guessed into a verdict. A plain value.
struct JudgeVerdict
{
    enum class Kind
    {
        A,
        B,
        Tie,
        BothBad,
        Unparseable,
    };

    Kind kind = Kind::Unparseable;
    QString reason{};

    // The judge's reply: a JSON object {"verdict": "A"|"B"|"tie"|"both_bad", "reason": "..."}
    // (also inside a ```json fence or after prose: the last object that has a "verdict"), or
    // else a last non-empty line "VERDICT: A" / "A" / "tie" / "both bad". Anything else, or a
    // verdict word outside that set, is Unparseable.
    static JudgeVerdict parse(const QString& reply);

    // "A", "B", "tie", "both_bad", "unparseable": as stored in judge_verdicts.verdict.
    static QString name(Kind kind);
    QString name() const { return name(kind); }
};

// The two orderings of one pair combined by the position-swap rule. With left = the answer
// shown as A first (order "ab") and right = the one shown as A second (order "ba"): left wins
// when "ab" says A and "ba" says B; right wins when "ab" says B and "ba" says A; tie and
// both_bad need the same word in both. Anything else is Inconsistent (the judge followed the
// position, not the answer); an unparseable side makes the pair Unparseable.
struct JudgeConsistency
{
    enum class Kind
    {
        Consistent,
        Inconsistent,
        Unparseable,
    };

    Kind kind = Kind::Unparseable;
    QString outcome{}; // when Consistent: "left", "right", "tie" or "both_bad" (votes.outcome)

    static JudgeConsistency combine(const JudgeVerdict& ab, const JudgeVerdict& ba);
    static JudgeConsistency combine(JudgeVerdict::Kind ab, JudgeVerdict::Kind ba);
};

} // namespace Cb::Core
