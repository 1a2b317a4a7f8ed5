#include "core/eval/bradleyterry.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

namespace Cb::Core {

namespace {

using Matrix = QList<QList<double>>;

QStringList modelsOf(const QList<Vote>& votes)
{
    QStringList models;
    for (const Vote& v : votes) {
        if (v.modelA == v.modelB)
            continue;
        models << v.modelA << v.modelB;
    }
    models.removeDuplicates();
    models.sort();
    return models;
}

Matrix winMatrix(const QList<Vote>& votes, const QStringList& models)
{
    QHash<QString, int> index;
    for (int i = 0; i < models.size(); ++i)
        index.insert(models.at(i), i);
    Matrix wins(models.size(), QList<double>(models.size(), 0.0));
    for (const Vote& v : votes) {
        if (v.modelA == v.modelB)
            continue;
        const int a = index.value(v.modelA);
        const int b = index.value(v.modelB);
        switch (v.outcome) {
        case Vote::Outcome::AWins: wins[a][b] += 1.0; break;
        case Vote::Outcome::BWins: wins[b][a] += 1.0; break;
        case Vote::Outcome::Tie:
        case Vote::Outcome::BothBad:
            wins[a][b] += 0.5;
            wins[b][a] += 0.5;
            break;
        }
    }
    return wins;
}

void normalise(QList<double>& p)
{
    double sum = 0.0;
    for (double x : p)
        sum += x;
    if (sum > 0)
        for (double& x : p)
            x /= sum;
}

// Unbiased index in [0, n) from mt19937_64's standard-defined output (rejection sampling);
// std::uniform_int_distribution differs between standard libraries.
qsizetype drawIndex(std::mt19937_64& rng, qsizetype n)
{
    const quint64 range = quint64(n);
    const quint64 limit = std::numeric_limits<quint64>::max() - std::numeric_limits<quint64>::max() % range;
    quint64 x = rng();
    while (x >= limit)
        x = rng();
    return qsizetype(x % range);
}

// Linear interpolation between order statistics (the "type 7" percentile).
double percentile(QList<double> sorted, double q)
{
    if (sorted.isEmpty())
        return 0.0;
    const double pos = q * double(sorted.size() - 1);
    const auto lo = qsizetype(std::floor(pos));
    const auto hi = std::min(lo + 1, sorted.size() - 1);
    return sorted.at(lo) + (pos - double(lo)) * (sorted.at(hi) - sorted.at(lo));
}

} // namespace

QList<double> BradleyTerry::fitMatrix(const Matrix& wins, const Options& options,
                                      int* iterations, bool* converged)
{
    const qsizetype m = wins.size();
    QList<double> p(m, 1.0);
    QList<double> totalWins(m, 0.0);
    for (qsizetype i = 0; i < m; ++i)
        for (qsizetype j = 0; j < m; ++j)
            totalWins[i] += wins[i][j];
    const double a = std::max(0.0, options.prior);
    bool done = m == 0;
    int iteration = 0;
    QList<double> previous = p;
    normalise(previous);
    while (!done && iteration < options.maxIterations) {
        ++iteration;
        QList<double> next(m, 0.0);
        for (qsizetype i = 0; i < m; ++i) {
            double denominator = a > 0 ? 2.0 * a / (p[i] + 1.0) : 0.0;
            for (qsizetype j = 0; j < m; ++j) {
                const double games = wins[i][j] + wins[j][i];
                if (j != i && games > 0)
                    denominator += games / (p[i] + p[j]);
            }
            next[i] = denominator > 0 ? (totalWins[i] + a) / denominator : p[i];
        }
        p = next;
        // Without the prior the scale is free; pin it so the iteration cannot drift.
        if (a == 0)
            normalise(p);
        QList<double> shares = p;
        normalise(shares);
        double change = 0.0;
        for (qsizetype i = 0; i < m; ++i)
            change = std::max(change, std::abs(shares[i] - previous[i]));
        previous = shares;
        done = change < options.tolerance;
    }
    if (iterations)
        *iterations = iteration;
    if (converged)
        *converged = done;
    return previous;
}

BradleyTerry::Fit BradleyTerry::fit(const QList<Vote>& votes, const Options& options)
{
    const QStringList models = modelsOf(votes);
    const Matrix wins = winMatrix(votes, models);
    Fit result;
    const QList<double> strengths =
        fitMatrix(wins, options, &result.iterations, &result.converged);
    for (int i = 0; i < models.size(); ++i) {
        Entry e;
        e.model = models.at(i);
        e.strength = strengths.at(i);
        for (int j = 0; j < models.size(); ++j) {
            e.wins += wins[i][j];
            e.comparisons += int(std::lround(wins[i][j] + wins[j][i]));
        }
        result.entries.append(e);
    }
    std::stable_sort(result.entries.begin(), result.entries.end(),
                     [](const Entry& x, const Entry& y) { return x.strength > y.strength; });
    for (int i = 0; i < result.entries.size(); ++i) {
        // Strengths equal to rounding noise share a rank (e.g. symmetric data).
        const bool sameAsPrevious =
            i > 0 && std::abs(result.entries[i].strength - result.entries[i - 1].strength) < 1e-9;
        result.entries[i].rank = sameAsPrevious ? result.entries[i - 1].rank : i + 1;
    }
    return result;
}

BradleyTerry::Fit BradleyTerry::fitWithBootstrap(const QList<Vote>& votes, const Options& options,
                                                 int resamples, quint64 seed, double confidence)
{
    Fit result = fit(votes, options);
    if (votes.isEmpty() || resamples <= 0)
        return result;
    const QStringList models = modelsOf(votes);
    std::mt19937_64 rng(seed);
    QList<QList<double>> samples(models.size());
    QList<Vote> resample(votes.size());
    for (int r = 0; r < resamples; ++r) {
        for (qsizetype k = 0; k < votes.size(); ++k)
            resample[k] = votes.at(drawIndex(rng, votes.size()));
        // Fit over the full model list so indices line up even if a model drew no votes.
        const QList<double> s = fitMatrix(winMatrix(resample, models), options);
        for (qsizetype i = 0; i < models.size(); ++i)
            samples[i].append(s.at(i));
    }
    const double tail = (1.0 - std::clamp(confidence, 0.0, 1.0)) / 2.0;
    for (Entry& e : result.entries) {
        QList<double> s = samples.at(models.indexOf(e.model));
        std::sort(s.begin(), s.end());
        e.ci = {percentile(s, tail), percentile(s, 1.0 - tail)};
    }
    return result;
}

} // namespace Cb::Core
