#pragma once

#include "core/eval/ratedvote.h"

#include <QList>

#include <optional>

namespace Cb::Core {

// How much a panel's raters agreed on the items several of them judged. An item is one pair of
// calls (the same two call ids, whatever side each answer was shown on); a rater's value for it
// is their latest vote on it, on the ordinal scale
//     1 = the first answer better, 2 = no preference (tie or both bad), 3 = the second better,
// where "first" is the answer of the model whose key sorts first (the pair tables' model A), so
// every item of one model pair is read from the same side. Votes implied by rankings and votes
// comparing a model with itself are not items. Formulas: docs/STATISTICS.md.
struct PanelAgreement
{
    int itemsMultiRated = 0; // items with values from two or more raters
    int raters = 0;          // distinct raters among those items
    std::optional<double> krippendorffAlpha; // ordinal metric
    std::optional<double> cohenKappa;        // only when exactly two raters shared items
    std::optional<double> fleissKappa;       // only when every shared item had the same number of raters
    QString alphaNote{}; // why alpha is undefined; empty when it is given
    QString cohenNote{};
    QString fleissNote{};
    // The fewest and most raters on a shared item: Fleiss' κ needs them equal. The notes above
    // are the English source text; PanelVerdict words them again in a report's language.
    int fewestRaters = 0;
    int mostRaters = 0;

    // The scale value of a vote for its item (1, 2 or 3); 0 when the vote is not an item's.
    static int scaleValue(const RatedVote& v);
    // Pure; any thread. `votes` should be human votes only (judge votes are ignored here too).
    static PanelAgreement compute(const QList<RatedVote>& votes);
};

} // namespace Cb::Core
