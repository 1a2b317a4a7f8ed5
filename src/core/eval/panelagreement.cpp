#include "core/eval/panelagreement.h"

#include "core/eval/agreement.h"

#include <algorithm>
#include <map>
#include <set>

namespace Cb::Core {

int PanelAgreement::scaleValue(const RatedVote& v)
{
    if (!v.pairwise() || v.vote.modelA == v.vote.modelB || v.aCall == v.bCall)
        return 0;
    const bool aFirst = v.vote.modelA < v.vote.modelB;
    switch (v.vote.outcome) {
    case Vote::Outcome::AWins:
        return aFirst ? 1 : 3;
    case Vote::Outcome::BWins:
        return aFirst ? 3 : 1;
    case Vote::Outcome::Tie:
    case Vote::Outcome::BothBad:
        break;
    }
    return 2;
}

PanelAgreement PanelAgreement::compute(const QList<RatedVote>& votes)
{
    // item (low call, high call) → rater → latest value. std::map keeps both in a stable order.
    std::map<std::pair<qint64, qint64>, std::map<qint64, int>> items;
    for (const RatedVote& v : votes) {
        const int value = scaleValue(v);
        if (v.judge || value == 0)
            continue;
        items[{std::min(v.aCall, v.bCall), std::max(v.aCall, v.bCall)}][v.raterId] = value;
    }
    PanelAgreement a;
    QList<QList<int>> units;
    QList<QList<int>> counts; // per shared item: raters per category
    std::set<qint64> raters;
    std::set<size_t> sizes;
    for (const auto& [item, byRater] : items) {
        QList<int> unit;
        QList<int> row(3, 0);
        for (const auto& [rater, value] : byRater) {
            unit.append(value);
            ++row[value - 1];
        }
        units.append(unit);
        if (byRater.size() < 2)
            continue;
        ++a.itemsMultiRated;
        counts.append(row);
        sizes.insert(byRater.size());
        for (const auto& [rater, value] : byRater)
            raters.insert(rater);
    }
    a.raters = int(raters.size());
    if (a.itemsMultiRated == 0) {
        const QString none = QStringLiteral("no item was judged by more than one rater");
        a.alphaNote = a.cohenNote = a.fleissNote = none;
        return a;
    }
    const QString noVariation = QStringLiteral("undefined: every shared judgement was the same");
    a.krippendorffAlpha = Agreement::krippendorffAlpha(units, Agreement::Metric::Ordinal);
    if (!a.krippendorffAlpha)
        a.alphaNote = noVariation;

    if (a.raters == 2) {
        const qint64 first = *raters.begin();
        const qint64 second = *raters.rbegin();
        QList<std::pair<int, int>> pairs;
        for (const auto& [item, byRater] : items)
            if (byRater.count(first) && byRater.count(second))
                pairs.append({byRater.at(first), byRater.at(second)});
        a.cohenKappa = Agreement::cohenKappa(pairs);
        if (!a.cohenKappa)
            a.cohenNote = noVariation;
    } else {
        a.cohenNote = QStringLiteral("needs exactly two raters; %1 raters shared items").arg(a.raters);
    }

    a.fewestRaters = int(*sizes.begin());
    a.mostRaters = int(*sizes.rbegin());
    if (sizes.size() == 1) {
        a.fleissKappa = Agreement::fleissKappa(counts);
        if (!a.fleissKappa)
            a.fleissNote = noVariation;
    } else {
        a.fleissNote = QStringLiteral("needs the same number of raters on every shared item; they had %1 to %2")
                           .arg(*sizes.begin())
                           .arg(*sizes.rbegin());
    }
    return a;
}

} // namespace Cb::Core
