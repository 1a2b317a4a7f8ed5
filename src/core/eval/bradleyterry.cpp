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

// A vote reduced to model indices, so resampling needs no string hashing.
struct IndexedVote
{
    qsizetype a = 0;
    qsizetype b = 0;
    Vote::Outcome outcome = Vote::Outcome::Tie;
};

QList<IndexedVote> indexVotes(const QList<Vote>& votes, const QStringList& models)
{
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < models.size(); ++i)
        index.insert(models.at(i), i);
    QList<IndexedVote> out;
    out.reserve(votes.size());
    for (const Vote& v : votes) {
        if (v.modelA != v.modelB)
            out.append({index.value(v.modelA), index.value(v.modelB), v.outcome});
    }
    return out;
}

void addVote(Matrix& wins, const IndexedVote& v) { BradleyTerry::addOutcome(wins, v.a, v.b, v.outcome); }

Matrix emptyMatrix(qsizetype m)
{
    return Matrix(m, QList<double>(m, 0.0));
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
    const quint64 limit =
        std::numeric_limits<quint64>::max() - std::numeric_limits<quint64>::max() % range;
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

// Summing the stationarity equations of the prior-augmented likelihood gives
// Σ p_i / (p_i + 1) = m / 2 at the optimum. The per-model sweeps fix the ratios quickly but move
// the overall scale only slowly (thousands of sweeps with many votes), so solve for the scale
// directly after each sweep: it leaves the fixed point unchanged and removes the slow mode.
void rescaleToPriorOptimum(QList<double>& p)
{
    const auto total = [&](double logScale) {
        const double scale = std::exp(logScale);
        double sum = 0.0;
        for (double x : p)
            sum += scale * x / (scale * x + 1.0);
        return sum;
    };
    const double target = double(p.size()) / 2.0;
    double lo = -60.0;
    double hi = 60.0;
    for (int i = 0; i < 80; ++i) {
        const double mid = (lo + hi) / 2.0;
        (total(mid) < target ? lo : hi) = mid;
    }
    const double scale = std::exp((lo + hi) / 2.0);
    for (double& x : p)
        x *= scale;
}

} // namespace

void BradleyTerry::addOutcome(Matrix& wins, qsizetype a, qsizetype b, Vote::Outcome outcome)
{
    switch (outcome) {
    case Vote::Outcome::AWins:
        wins[a][b] += 1.0;
        break;
    case Vote::Outcome::BWins:
        wins[b][a] += 1.0;
        break;
    case Vote::Outcome::Tie:
    case Vote::Outcome::BothBad:
        wins[a][b] += 0.5;
        wins[b][a] += 0.5;
        break;
    }
}

QList<double> BradleyTerry::fitMatrix(const Matrix& wins, const Options& options, int* iterations,
                                      bool* converged)
{
    const qsizetype m = wins.size();
    QList<double> p(m, 1.0);
    const double a = std::max(0.0, options.prior);
    bool done = m == 0;
    int iteration = 0;
    QList<double> previous = p;
    normalise(previous);
    while (!done && iteration < options.maxIterations) {
        ++iteration;
        // Updated in place (Gauss-Seidel): each model sees the others' newest strengths.
        for (qsizetype i = 0; i < m; ++i) {
            // The virtual opponent (strength 1) won a and lost a games against everyone.
            double numerator = a / (p[i] + 1.0);
            double denominator = a / (p[i] + 1.0);
            for (qsizetype j = 0; j < m; ++j) {
                if (j == i)
                    continue;
                const double sum = p[i] + p[j];
                numerator += wins[i][j] * p[j] / sum;
                denominator += wins[j][i] / sum;
            }
            if (denominator > 0)
                p[i] = numerator / denominator;
            else if (numerator > 0)
                p[i] = 1e6; // never lost: unbounded MLE, capped (only possible with prior 0)
        }
        // Without the prior the scale is free; pin it so the iteration cannot drift.
        if (a == 0)
            normalise(p);
        else
            rescaleToPriorOptimum(p);
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

namespace {

// Connected components of the "has a vote between" graph, numbered in the entries' (rank) order.
int assignGroups(QList<BradleyTerry::Entry>& entries, const QStringList& models, const QList<QList<double>>& wins)
{
    QList<int> component(models.size(), 0);
    int groups = 0;
    for (BradleyTerry::Entry& e : entries) {
        const qsizetype start = models.indexOf(e.model);
        if (component[start] == 0) {
            ++groups;
            QList<qsizetype> stack{start};
            component[start] = groups;
            while (!stack.isEmpty()) {
                const qsizetype i = stack.takeLast();
                for (qsizetype j = 0; j < models.size(); ++j)
                    if (component[j] == 0 && wins[i][j] + wins[j][i] > 0) {
                        component[j] = groups;
                        stack.append(j);
                    }
            }
        }
        e.group = component[start];
    }
    return groups;
}

} // namespace

BradleyTerry::Fit BradleyTerry::fit(const QList<Vote>& votes, const Options& options)
{
    const QStringList models = modelsOf(votes);
    Matrix wins = emptyMatrix(models.size());
    for (const IndexedVote& v : indexVotes(votes, models))
        addVote(wins, v);
    Fit result;
    const QList<double> strengths = fitMatrix(wins, options, &result.iterations, &result.converged);
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
    result.groups = assignGroups(result.entries, models, wins);
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
    const QList<IndexedVote> indexed = indexVotes(votes, models);
    if (indexed.isEmpty())
        return result;
    std::mt19937_64 rng(seed);
    QList<QList<double>> samples(models.size());
    for (int r = 0; r < resamples; ++r) {
        // Over the full model list, so indices line up even if a model drew no votes.
        Matrix wins = emptyMatrix(models.size());
        for (qsizetype k = 0; k < indexed.size(); ++k)
            addVote(wins, indexed.at(drawIndex(rng, indexed.size())));
        const QList<double> s = fitMatrix(wins, options);
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
