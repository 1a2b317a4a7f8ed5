#include "core/eval/rateritembootstrap.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <random>
#include <tuple>

namespace Cb::Core {

namespace {

struct IndexedVote
{
    qsizetype a = 0;
    qsizetype b = 0;
    Vote::Outcome outcome = Vote::Outcome::Tie;
};

using Cluster = QList<IndexedVote>;

// What a vote is about, for grouping: (rater, ranking or low call, high call).
using ClusterKey = std::tuple<qint64, qint64, qint64, qint64>;

ClusterKey keyOf(const RatedVote& v, qsizetype index)
{
    if (v.rankingId != 0)
        return {v.raterId, 1, v.rankingId, 0};
    if (v.pairwise())
        return {v.raterId, 2, std::min(v.aCall, v.bCall), std::max(v.aCall, v.bCall)};
    return {v.raterId, 3, qint64(index), 0}; // nothing says what it was about: a block of its own
}

void addVote(QList<QList<double>>& wins, const IndexedVote& v)
{
    BradleyTerry::addOutcome(wins, v.a, v.b, v.outcome);
}

// The same unbiased mapping as BradleyTerry's bootstrap, so singleton blocks reproduce it.
qsizetype drawIndex(std::mt19937_64& rng, qsizetype n)
{
    const quint64 range = quint64(n);
    const quint64 limit = std::numeric_limits<quint64>::max() - std::numeric_limits<quint64>::max() % range;
    quint64 x = rng();
    while (x >= limit)
        x = rng();
    return qsizetype(x % range);
}

double percentile(const QList<double>& sorted, double q)
{
    if (sorted.isEmpty())
        return 0.0;
    const double pos = q * double(sorted.size() - 1);
    const auto lo = qsizetype(std::floor(pos));
    const auto hi = std::min(lo + 1, sorted.size() - 1);
    return sorted.at(lo) + (pos - double(lo)) * (sorted.at(hi) - sorted.at(lo));
}

// Human votes between different models, grouped into rater-items in order of first appearance.
QList<Cluster> clustersOf(const QList<RatedVote>& votes, QStringList& models)
{
    for (const RatedVote& v : votes)
        if (!v.judge && v.vote.modelA != v.vote.modelB)
            models << v.vote.modelA << v.vote.modelB;
    models.removeDuplicates();
    models.sort();
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < models.size(); ++i)
        index.insert(models.at(i), i);
    std::map<ClusterKey, qsizetype> position;
    QList<Cluster> clusters;
    for (qsizetype i = 0; i < votes.size(); ++i) {
        const RatedVote& v = votes.at(i);
        if (v.judge || v.vote.modelA == v.vote.modelB)
            continue;
        const auto [it, added] = position.emplace(keyOf(v, i), clusters.size());
        if (added)
            clusters.append(Cluster{});
        clusters[it->second].append({index.value(v.vote.modelA), index.value(v.vote.modelB), v.vote.outcome});
    }
    return clusters;
}

} // namespace

int RaterItemBootstrap::raterItems(const QList<RatedVote>& votes)
{
    QStringList models;
    return int(clustersOf(votes, models).size());
}

BradleyTerry::Fit RaterItemBootstrap::fit(const QList<RatedVote>& votes, const BradleyTerry::Options& options,
                                          int resamples, quint64 seed, double confidence)
{
    QList<Vote> plain;
    for (const RatedVote& v : votes)
        if (!v.judge)
            plain.append(v.vote);
    BradleyTerry::Fit result = BradleyTerry::fit(plain, options);
    QStringList models;
    const QList<Cluster> clusters = clustersOf(votes, models);
    if (clusters.isEmpty() || resamples <= 0)
        return result;
    std::mt19937_64 rng(seed);
    QList<QList<double>> samples(models.size());
    for (int r = 0; r < resamples; ++r) {
        QList<QList<double>> wins(models.size(), QList<double>(models.size(), 0.0));
        for (qsizetype k = 0; k < clusters.size(); ++k)
            for (const IndexedVote& v : clusters.at(drawIndex(rng, clusters.size())))
                addVote(wins, v);
        const QList<double> s = BradleyTerry::fitMatrix(wins, options);
        for (qsizetype i = 0; i < models.size(); ++i)
            samples[i].append(s.at(i));
    }
    const double tail = (1.0 - std::clamp(confidence, 0.0, 1.0)) / 2.0;
    for (BradleyTerry::Entry& e : result.entries) {
        QList<double> s = samples.at(models.indexOf(e.model));
        std::sort(s.begin(), s.end());
        e.ci = {percentile(s, tail), percentile(s, 1.0 - tail)};
    }
    return result;
}

} // namespace Cb::Core
