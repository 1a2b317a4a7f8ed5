#pragma once

#include "core/eval/bradleyterry.h"
#include "core/eval/pairwisetable.h"
#include "core/eval/panelagreement.h"
#include "core/eval/ratedvote.h"
#include "core/eval/reliability.h"

#include <QList>

namespace Cb::Core {

// Statistics of a rating panel over the votes of a run, an experiment or the filtered history:
// pooled and per-rater win rates (Wilson), position bias, inter-rater agreement, Bradley–Terry
// with a rater-item bootstrap, k-of-k, and a verdict in words. Human votes only: votes of a
// judge model are counted apart (`judge`) and never pooled with the panel. A plain value;
// compute() is pure and runs on any thread (the bootstrap makes it slow with many votes).
// Formulas and tie rules: docs/STATISTICS.md, "Panel statistics".
struct PanelStats
{
    struct Rater
    {
        qint64 id = 0;  // 0 = the person at the keyboard
        QString name{}; // as typed; empty for the person at the keyboard. Shown through RaterName.
        int votes = 0;          // pairwise votes plus votes implied by their rankings
        int rankings = 0;
        QList<PairStats> pairs; // this rater's own table
        PositionBias bias;      // this rater's left-side win rate
    };

    // Votes of judge models, kept out of everything above. The judge's own statistics (its
    // agreement with the panel) belong here.
    struct Judge
    {
        int votes = 0;
        QStringList names{};
    };

    struct Options
    {
        int resamples = 1000; // 0: Bradley–Terry without intervals
        quint64 seed = 20260101;
    };

    QList<PairStats> pairs; // pooled over human raters
    QList<Rater> raters;    // by English name (RaterName), then id: the same order in every language
    PositionBias bias;      // pooled
    PanelAgreement agreement;
    BradleyTerry::Fit bradleyTerry; // intervals from RaterItemBootstrap
    int raterItems = 0;             // the bootstrap's resampling units
    int resamples = 0;              // bootstrap refits behind the intervals (0: none)
    quint64 seed = 0;
    QList<ReliabilityStats> reliability; // k-of-k per model
    Judge judge;
    QString verdict{}; // PanelVerdict::of(*this)

    int humanVotes() const;

    static PanelStats compute(const QList<RatedVote>& votes, const QList<Attempt>& attempts,
                              const Options& options);
    static PanelStats compute(const QList<RatedVote>& votes, const QList<Attempt>& attempts)
    {
        return compute(votes, attempts, Options{});
    }
};

} // namespace Cb::Core
