#pragma once

#include "core/eval/vote.h"
#include "core/eval/wilsoninterval.h"

#include <QList>
#include <QStringList>

namespace Cb::Core {

// Bradley–Terry ranking of several models from pairwise votes: P(i beats j) = p_i / (p_i + p_j).
//
// Ties and both-bad votes count as half a win for each side. A prior a (Options::prior) adds a
// virtual opponent of strength 1 that every model beat a times and lost to a times; it keeps a
// model with zero wins at a small positive strength (the plain MLE is 0) and anchors models
// nobody compared, so the fit is always defined. prior = 0 gives the plain MLE.
//
// Fitted with Zermelo's fixed-point iteration in the form of Newman (2023, "Efficient
// computation of rankings from pairwise comparisons"), which has the same fixed point as the
// classic MM update p_i ← W_i / Σ_j n_ij/(p_i+p_j) but converges in tens of sweeps, not
// thousands:
//     p_i ← (Σ_j w_ij p_j/(p_i+p_j) + a/(p_i+1)) / (Σ_j w_ji/(p_i+p_j) + a/(p_i+1))
// swept in place, with the overall scale solved exactly after each sweep (see the .cpp).
// Stops when no normalised strength moves by more than Options::tolerance.
//
// Strengths are reported normalised to sum 1. Confidence intervals come from a bootstrap:
// resample the votes with replacement, refit, take percentiles (linear interpolation). The
// RNG is a seeded std::mt19937_64 with its own index mapping, so the same seed gives the same
// intervals on every platform. Pure functions over values, any thread; 1000 resamples of
// ~2000 votes take about half a second, so run them through QtConcurrent, not on the GUI thread.
class BradleyTerry
{
public:
    struct Options
    {
        double prior = 0.5;
        double tolerance = 1e-10; // max change of a normalised strength between iterations
        int maxIterations = 10000;
    };

    struct Entry
    {
        QString model;
        double strength = 0.0; // normalised: all entries sum to 1
        double wins = 0.0;     // ties counted as halves
        int comparisons = 0;
        int rank = 0;          // 1 = strongest; equal strengths share a rank
        Interval ci{0.0, 0.0}; // bootstrap percentile interval of strength; [0,0] if not run
        // Models linked by votes, directly or through others, share a group (1, 2, ...; the
        // group of the strongest model is 1). Across groups only the prior relates strengths.
        int group = 1;
    };

    struct Fit
    {
        QList<Entry> entries; // ordered by rank, then name
        int iterations = 0;
        bool converged = false;
        int groups = 0; // connected groups of models; more than 1 means some never met

        bool connected() const { return groups <= 1; }
    };

    static Fit fit(const QList<Vote>& votes, const Options& options);
    static Fit fit(const QList<Vote>& votes) { return fit(votes, Options{}); }

    // fit() plus percentile intervals over `resamples` bootstrap refits.
    static Fit fitWithBootstrap(const QList<Vote>& votes, const Options& options, int resamples,
                                quint64 seed, double confidence = 0.95);

    // Fits a model list and a win matrix directly: wins[i][j] = (fractional) wins of i over j.
    // Returns normalised strengths in the order of `wins`.
    static QList<double> fitMatrix(const QList<QList<double>>& wins, const Options& options,
                                   int* iterations = nullptr, bool* converged = nullptr);
    // Adds one vote between models a and b to such a matrix: a win counts 1, a tie or a
    // both-bad vote half to each side.
    static void addOutcome(QList<QList<double>>& wins, qsizetype a, qsizetype b, Vote::Outcome outcome);
};

} // namespace Cb::Core
