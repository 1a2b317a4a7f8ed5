#pragma once

#include <QList>

#include <optional>
#include <utility>

namespace Cb::Core {

// Inter-rater agreement for rating panels: how much several people judging the same items agree
// beyond what chance would give. Pure functions over values; any thread. Each returns nullopt
// where the coefficient is undefined (no item judged twice, or no variation at all to agree on).
// Formulas and tie rules: docs/STATISTICS.md, "Agreement between raters".
namespace Agreement {

// How far apart two values of a scale are (Krippendorff's difference functions).
enum class Metric
{
    Nominal,  // same or different
    Ordinal,  // by the ranks between them, weighted by how often those values occur
    Interval, // squared difference of the values
};

// Krippendorff's alpha, 1 − D_o / D_e over the coincidence matrix. `units` holds, per item, the
// values the raters gave it (one per rater; a rater who skipped the item gives nothing). Items
// with fewer than two values are not pairable and are left out, as the method prescribes.
std::optional<double> krippendorffAlpha(const QList<QList<int>>& units, Metric metric);

// Fleiss' kappa. `counts` holds, per item, how many raters put it in each category (all rows the
// same length). Items may have different numbers of raters (Fleiss' P_i per item, averaged over
// items with two or more; category shares over those items' ratings); items rated once are left
// out.
std::optional<double> fleissKappa(const QList<QList<int>>& counts);

// Cohen's kappa for two raters: `pairs` holds (first rater's category, second rater's category)
// for each item both rated.
std::optional<double> cohenKappa(const QList<std::pair<int, int>>& pairs);

} // namespace Agreement

} // namespace Cb::Core
