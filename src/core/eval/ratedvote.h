#pragma once

#include "core/eval/vote.h"

#include <QString>

namespace Cb::Core {

// A vote with who cast it and what was judged, for panel statistics (PanelStats). A plain value.
struct RatedVote
{
    Vote vote;
    qint64 raterId = 0;  // 0 = the person at the keyboard
    QString rater{};     // the name typed for the rater; empty for the person at the keyboard (RaterName)
    bool judge = false;  // cast by a judge model: kept apart from every human statistic
    // The two answers judged: call ids of vote.modelA's and vote.modelB's answers. Votes on the
    // same two calls are one item whatever side each answer was shown on. 0 for ranking votes.
    qint64 aCall = 0;
    qint64 bCall = 0;
    // For votes a ranking implied: that ranking's id. Its votes are one judgement (one rater-item).
    qint64 rankingId = 0;

    bool pairwise() const { return rankingId == 0 && aCall != 0 && bCall != 0; }
};

} // namespace Cb::Core
