#include "core/eval/agreement.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace Cb::Core {

namespace {

constexpr double kUndefined = 1e-12; // a denominator this small means nothing varied

// Coincidence matrix of Krippendorff's method: every ordered pair of values within a unit adds
// 1/(m_u − 1), so each pairable unit contributes its m_u values once in total.
QMap<int, QMap<int, double>> coincidences(const QList<QList<int>>& units)
{
    QMap<int, QMap<int, double>> o;
    for (const QList<int>& unit : units) {
        const qsizetype m = unit.size();
        if (m < 2)
            continue;
        for (qsizetype i = 0; i < m; ++i)
            for (qsizetype j = 0; j < m; ++j)
                if (i != j)
                    o[unit[i]][unit[j]] += 1.0 / double(m - 1);
    }
    return o;
}

} // namespace

std::optional<double> Agreement::krippendorffAlpha(const QList<QList<int>>& units, Metric metric)
{
    const QMap<int, QMap<int, double>> o = coincidences(units);
    const QList<int> values = o.keys(); // sorted: the order an ordinal scale needs
    QMap<int, double> marginal;
    double n = 0;
    for (int c : values)
        for (int k : values) {
            marginal[c] += o[c].value(k);
            n += o[c].value(k);
        }
    if (n < 2)
        return std::nullopt;
    const auto distance = [&](int c, int k) -> double {
        switch (metric) {
        case Metric::Nominal:
            return c == k ? 0.0 : 1.0;
        case Metric::Interval:
            return double(c - k) * double(c - k);
        case Metric::Ordinal: {
            // (Σ_{g from c to k} n_g − (n_c + n_k)/2)²
            const int low = std::min(c, k);
            const int high = std::max(c, k);
            double between = 0;
            for (int g : values)
                if (g >= low && g <= high)
                    between += marginal.value(g);
            between -= (marginal.value(low) + marginal.value(high)) / 2.0;
            return between * between;
        }
        }
        return 0.0;
    };
    double observed = 0;
    double expected = 0;
    for (int c : values)
        for (int k : values) {
            const double d = distance(c, k);
            observed += o[c].value(k) * d;
            expected += marginal.value(c) * marginal.value(k) * d;
        }
    if (expected < kUndefined)
        return std::nullopt;
    return 1.0 - (n - 1.0) * observed / expected;
}

std::optional<double> Agreement::fleissKappa(const QList<QList<int>>& counts)
{
    if (counts.isEmpty())
        return std::nullopt;
    const qsizetype categories = counts.first().size();
    QList<double> categoryTotals(categories, 0.0);
    double ratings = 0;
    double agreementSum = 0;
    int items = 0;
    for (const QList<int>& row : counts) {
        if (row.size() != categories)
            return std::nullopt;
        double raters = 0;
        double squares = 0;
        for (int x : row) {
            raters += x;
            squares += double(x) * x;
        }
        if (raters < 2)
            continue;
        for (qsizetype j = 0; j < categories; ++j)
            categoryTotals[j] += row[j];
        ratings += raters;
        agreementSum += (squares - raters) / (raters * (raters - 1));
        ++items;
    }
    if (items == 0)
        return std::nullopt;
    const double observed = agreementSum / items;
    double chance = 0;
    for (double total : categoryTotals)
        chance += (total / ratings) * (total / ratings);
    if (1.0 - chance < kUndefined)
        return std::nullopt;
    return (observed - chance) / (1.0 - chance);
}

std::optional<double> Agreement::cohenKappa(const QList<std::pair<int, int>>& pairs)
{
    if (pairs.isEmpty())
        return std::nullopt;
    QMap<int, double> first;
    QMap<int, double> second;
    double agree = 0;
    for (const auto& [a, b] : pairs) {
        first[a] += 1;
        second[b] += 1;
        agree += a == b ? 1 : 0;
    }
    const double n = double(pairs.size());
    double chance = 0;
    for (auto it = first.cbegin(); it != first.cend(); ++it)
        chance += (it.value() / n) * (second.value(it.key()) / n);
    if (1.0 - chance < kUndefined)
        return std::nullopt;
    return (agree / n - chance) / (1.0 - chance);
}

} // namespace Cb::Core
