#include "core/judge/judgeagreement.h"

#include <QLocale>

#include <QCoreApplication>

#include "core/eval/agreement.h"
#include "core/history/evaluationdata.h"

#include <QMap>

#include <array>
#include <tuple>

namespace Cb::Core {

namespace {

enum Category
{
    FirstWins,
    SecondWins,
    Tie,
    BothBad,
    CategoryCount
};

using ItemKey = std::tuple<qint64, qint64, qint64>; // run, lower call id, higher call id

ItemKey keyOf(const VoteSample& v)
{
    return {v.runId, std::min(v.leftCallId, v.rightCallId), std::max(v.leftCallId, v.rightCallId)};
}

// The vote's outcome as seen from the pair's lower call id ("first").
std::optional<Category> categoryOf(const VoteSample& v)
{
    const bool leftIsFirst = v.leftCallId <= v.rightCallId;
    if (v.outcome == QLatin1String("left"))
        return leftIsFirst ? FirstWins : SecondWins;
    if (v.outcome == QLatin1String("right"))
        return leftIsFirst ? SecondWins : FirstWins;
    if (v.outcome == QLatin1String("tie"))
        return Tie;
    if (v.outcome == QLatin1String("both_bad"))
        return BothBad;
    return std::nullopt;
}

} // namespace

JudgeAgreement JudgeAgreement::compute(const QList<VoteSample>& votes, qint64 judgeRaterId, const QString& judge,
                                       int inconsistent, int unparseable)
{
    JudgeAgreement out;
    out.judge = judge;
    out.inconsistent = inconsistent;
    out.unparseable = unparseable;
    QMap<ItemKey, Category> judged; // the judge's latest vote per item (it keeps one)
    QMap<ItemKey, std::array<int, CategoryCount>> humans;
    for (const VoteSample& v : votes) {
        const auto category = categoryOf(v);
        if (!category)
            continue;
        if (v.judge) {
            if (v.raterId != judgeRaterId)
                continue;
            if (!judged.contains(keyOf(v)))
                ++out.consistent;
            judged.insert(keyOf(v), *category);
        } else {
            auto it = humans.find(keyOf(v));
            if (it == humans.end())
                it = humans.insert(keyOf(v), std::array<int, CategoryCount>{});
            ++(*it)[*category];
        }
    }
    QList<std::pair<int, int>> pairs;
    int same = 0;
    for (auto it = judged.cbegin(); it != judged.cend(); ++it) {
        const auto h = humans.constFind(it.key());
        if (h == humans.cend())
            continue;
        const std::array<int, CategoryCount>& counts = *h;
        const int top = *std::max_element(counts.cbegin(), counts.cend());
        if (std::count(counts.cbegin(), counts.cend(), top) > 1) {
            ++out.splitItems;
            continue;
        }
        const int majority = int(std::max_element(counts.cbegin(), counts.cend()) - counts.cbegin());
        pairs.append({it.value(), majority});
        if (it.value() == majority)
            ++same;
    }
    out.items = int(pairs.size());
    if (out.items > 0) {
        out.agreement = double(same) / out.items;
        out.kappa = Agreement::cohenKappa(pairs);
    }
    return out;
}

QJsonObject JudgeAgreement::toJson() const
{
    return {{QStringLiteral("judge"), judge},
            {QStringLiteral("items"), items},
            {QStringLiteral("kappa"), kappa ? QJsonValue(*kappa) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("agreement"), agreement ? QJsonValue(*agreement) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("inconsistent"), inconsistent},
            {QStringLiteral("consistent"), consistent},
            {QStringLiteral("unparseable"), unparseable},
            {QStringLiteral("split_items"), splitItems}};
}

QString JudgeAgreement::summaryLine() const
{
    // In the interface language: the Stats and Judge dialogs and the command line print it.
    const auto tr = [](const char* text) { return QCoreApplication::translate("Cb::Core::JudgeAgreement", text); };
    QString line = tr("judge %1: %2 consistent, %3 inconsistent (discarded)")
                       .arg(judge)
                       .arg(consistent)
                       .arg(inconsistent);
    if (unparseable > 0)
        line += tr(", %1 unparseable").arg(unparseable);
    if (items == 0 || !agreement)
        return line + tr("; no item judged by both the judge and a human majority");
    line += tr("; agrees with the human majority on %1 of %2 items (%3%)")
                .arg(qRound(*agreement * items))
                .arg(items)
                .arg(qRound(*agreement * 100));
    line += kappa ? tr(", κ = %1").arg(QLocale().toString(*kappa, 'f', 2)) : tr(", κ undefined");
    return line;
}

} // namespace Cb::Core
