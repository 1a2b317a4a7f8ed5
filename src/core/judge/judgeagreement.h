#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Cb::Core {

struct VoteSample;

// How far a judge model can be trusted: its consistent verdicts against the human panel's, on
// the items (the same pair of calls) both judged. Per item the humans' verdict is their
// majority: the outcome most of them gave, with sides normalised to the pair (so "left wins"
// seen from either side counts the same). When two or more outcomes share the highest count
// there is no majority: the item is left out (counted in splitItems) rather than broken by
// a rule that would invent a verdict. Humans are every vote that is not a judge's (panel
// members and the person at the keyboard). Categories: first wins, second wins, tie,
// both_bad. Cohen's kappa (Agreement::cohenKappa) and raw agreement over those items.
// Formulas: docs/STATISTICS.md, "Judge model". A plain value; compute() is pure.
struct JudgeAgreement
{
    QString judge{};     // provider:model
    int items = 0;       // judged consistently by the judge and with a human majority
    int splitItems = 0;  // judged by both, but the humans had no majority
    std::optional<double> kappa{};
    std::optional<double> agreement{}; // share of items where the verdicts match; nullopt at 0
    int consistent = 0;   // the judge's votes (consistent pairs) in scope
    int inconsistent = 0; // the judge's pairs discarded by the swap rule
    int unparseable = 0;  // pairs with an ordering the judge gave no verdict for

    // `votes` may hold every vote of the scope; only the judge rater's (judgeRaterId) and the
    // humans' (VoteSample::judge false) are used. inconsistent/unparseable come from the
    // judge's raw verdicts (JudgeVerdictStore::tally).
    static JudgeAgreement compute(const QList<VoteSample>& votes, qint64 judgeRaterId, const QString& judge,
                                  int inconsistent, int unparseable = 0);

    // {"judge","items","kappa"(null when undefined),"agreement"(null at 0 items),"inconsistent",
    //  "consistent","unparseable","split_items"}
    QJsonObject toJson() const;
    // "judge openai:o3: 12 consistent, 3 inconsistent; agrees with the humans on 9 of 10 items
    //  (90%), κ = 0.78"
    QString summaryLine() const;
};

} // namespace Cb::Core
