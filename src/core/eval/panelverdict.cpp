#include "core/eval/panelverdict.h"

#include "core/compare/modelidentity.h"
#include "core/eval/panelstats.h"

#include <cmath>

namespace Cb::Core {

namespace {

QString percent(double v) { return QString::number(std::lround(v * 100.0)); }

// Two decimals, and never "-0.00" for a value that rounds to zero.
QString twoDecimals(double v) { return QString::number(std::round(v * 100.0) / 100.0 + 0.0, 'f', 2); }

QString count(int n, const char* one, const char* many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QString::fromUtf8(n == 1 ? one : many));
}

// How many raters judged the pair (first, second).
int ratersOf(const PanelStats& stats, const PairStats& pair)
{
    int n = 0;
    for (const PanelStats::Rater& r : stats.raters)
        for (const PairStats& p : r.pairs)
            if (p.first == pair.first && p.second == pair.second)
                ++n;
    return n;
}

} // namespace

QString PanelVerdict::band(double coefficient)
{
    const double a = std::round(coefficient * 100.0) / 100.0;
    const char* words = a < 0       ? "less than chance"
                        : a <= 0.20 ? "slight"
                        : a <= 0.40 ? "fair"
                        : a <= 0.60 ? "moderate"
                        : a <= 0.80 ? "substantial"
                                    : "almost perfect";
    return QString::fromUtf8(words) + QStringLiteral(" agreement");
}

QString PanelVerdict::agreementLine(const PanelStats& stats)
{
    const PanelAgreement& a = stats.agreement;
    if (a.itemsMultiRated == 0)
        return QStringLiteral("Agreement: no answer pair was judged by more than one rater");
    const auto value = [](const std::optional<double>& v, const QString& note) {
        return v ? twoDecimals(*v) : QStringLiteral("not given (%1)").arg(note);
    };
    return QStringLiteral("Agreement over %1 judged by more than one rater (%2): Krippendorff's α (ordinal) %3, "
                          "Cohen's κ %4, Fleiss' κ %5")
        .arg(count(a.itemsMultiRated, "answer pair", "answer pairs"), count(a.raters, "rater", "raters"),
             value(a.krippendorffAlpha, a.alphaNote) +
                 (a.krippendorffAlpha ? QStringLiteral(" (%1)").arg(band(*a.krippendorffAlpha)) : QString()),
             value(a.cohenKappa, a.cohenNote),
             value(a.fleissKappa, a.fleissNote));
}

QString PanelVerdict::of(const PanelStats& stats)
{
    if (stats.pairs.isEmpty())
        return QStringLiteral("No human judgements yet");
    // The most-judged pair speaks for the panel; ties go to the first in table order.
    const PairStats* top = &stats.pairs.first();
    QStringList models;
    for (const PairStats& p : stats.pairs) {
        if (p.votes > top->votes)
            top = &p;
        models << p.first << p.second;
    }
    models.removeDuplicates();
    const QString first = ModelIdentity::shortLabel(top->first, models);
    const QString second = ModelIdentity::shortLabel(top->second, models);
    const WinRate& r = top->rate;
    const QString judgements = count(top->votes, "judgement", "judgements");
    QString line;
    if (std::lround(r.rate * 100.0) == 50) {
        line = QStringLiteral("%1 and %2 preferred equally: %3% of %4 (95% CI %5–%6%)")
                   .arg(first, second, percent(r.rate), judgements, percent(r.ci.low), percent(r.ci.high));
    } else {
        const bool firstWins = r.rate > 0.5;
        line = QStringLiteral("%1 preferred in %2% of %3 (95% CI %4–%5%)")
                   .arg(firstWins ? first : second, percent(firstWins ? r.rate : 1.0 - r.rate), judgements,
                        percent(firstWins ? r.ci.low : 1.0 - r.ci.high),
                        percent(firstWins ? r.ci.high : 1.0 - r.ci.low));
    }
    const int raters = ratersOf(stats, *top);
    line += QStringLiteral(", ") + count(raters, "rater", "raters");
    const PanelAgreement& a = stats.agreement;
    if (a.krippendorffAlpha)
        line += QStringLiteral(", α = %1 (%2)")
                    .arg(twoDecimals(*a.krippendorffAlpha), band(*a.krippendorffAlpha));
    else if (raters == 1 && a.itemsMultiRated == 0)
        line += QStringLiteral(" (no agreement to measure)");
    else
        line += QStringLiteral(", agreement not measured (%1)").arg(a.alphaNote);
    if (stats.pairs.size() > 1)
        line += QStringLiteral("; the most-judged of %1 model pairs").arg(stats.pairs.size());
    return line;
}

} // namespace Cb::Core
