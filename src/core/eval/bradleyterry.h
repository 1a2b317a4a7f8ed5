#pragma once

#include "core/eval/vote.h"
#include "core/eval/wilsoninterval.h"

#include <QList>
#include <QStringList>

namespace Cb::Core {

// Bradley–Terry ranking of several models from pairwise votes: P(i beats j) = p_i / (p_i + p_j).
//
// Fitted with the MM (Zermelo / Hunter 2004) iteration
//     p_i ← (W_i + a) / ( Σ_j n_ij / (p_i + p_j) + 2a / (p_i + 1) )
// where W_i counts wins (ties and both-bad as half a win for each side), n_ij the comparisons
// of i and j, and a the prior: every model also plays a virtual opponent of strength 1, a
// games won and a lost. The prior keeps a model with zero wins at a small positive strength
// (the plain MLE would be 0) and ties models nobody compared to the reference, so the fit is
// always defined. prior = 0 gives the plain maximum-likelihood fit.
//
// Strengths are reported normalised to sum 1. Confidence intervals come from a bootstrap:
// resample the votes with replacement, refit, take percentiles. The RNG is a seeded
// std::mt19937_64 with its own index mapping, so the same seed gives the same intervals on
// every platform. Pure functions over values; any thread.
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
    };

    struct Fit
    {
        QList<Entry> entries; // ordered by rank, then name
        int iterations = 0;
        bool converged = false;
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
};

} // namespace Cb::Core
