#include "core/eval/panelverdict.h"

#include "core/compare/modelidentity.h"
#include "core/eval/panelstats.h"

#include <cmath>

namespace Cb::Core {

namespace {

QString percent(double v) { return QString::number(std::lround(v * 100.0)); }

// Two decimals, and never "-0.00" for a value that rounds to zero.
QString twoDecimals(double v) { return QString::number(std::round(v * 100.0) / 100.0 + 0.0, 'f', 2); }

// Counts spelled out per form rather than with %n, so the untranslated English source (the
// default language, which `stats` prints) reads "1 rater", "2 raters".
QString raters(int n, const ReportLanguage& l)
{
    return n == 1 ? l.translate("Report", "1 rater") : l.translate("Report", "%1 raters").arg(n);
}

QString judgements(int n, const ReportLanguage& l)
{
    return n == 1 ? l.translate("Report", "1 judgement") : l.translate("Report", "%1 judgements").arg(n);
}

QString answerPairs(int n, const ReportLanguage& l)
{
    return n == 1 ? l.translate("Report", "1 answer pair") : l.translate("Report", "%1 answer pairs").arg(n);
}

// Why a coefficient is not given, from the figures PanelAgreement kept; the same reasons as its
// English notes, in `l`.
QString noVariation(const ReportLanguage& l)
{
    return l.translate("Report", "undefined: every shared judgement was the same");
}

QString alphaNote(const PanelAgreement& a, const ReportLanguage& l)
{
    return a.itemsMultiRated == 0 ? l.translate("Report", "no item was judged by more than one rater") : noVariation(l);
}

QString cohenNote(const PanelAgreement& a, const ReportLanguage& l)
{
    if (a.itemsMultiRated == 0)
        return alphaNote(a, l);
    return a.raters == 2 ? noVariation(l)
                         : l.translate("Report", "needs exactly two raters; %1 raters shared items").arg(a.raters);
}

QString fleissNote(const PanelAgreement& a, const ReportLanguage& l)
{
    if (a.itemsMultiRated == 0)
        return alphaNote(a, l);
    return a.fewestRaters == a.mostRaters
               ? noVariation(l)
               : l.translate("Report", "needs the same number of raters on every shared item; they had %1 to %2")
                     .arg(a.fewestRaters)
                     .arg(a.mostRaters);
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

QString PanelVerdict::band(double coefficient, const ReportLanguage& l)
{
    const double a = std::round(coefficient * 100.0) / 100.0;
    return a < 0       ? l.translate("Report", "less than chance agreement")
           : a <= 0.20 ? l.translate("Report", "slight agreement")
           : a <= 0.40 ? l.translate("Report", "fair agreement")
           : a <= 0.60 ? l.translate("Report", "moderate agreement")
           : a <= 0.80 ? l.translate("Report", "substantial agreement")
                       : l.translate("Report", "almost perfect agreement");
}

QString PanelVerdict::agreementLine(const PanelStats& stats, const ReportLanguage& l)
{
    const PanelAgreement& a = stats.agreement;
    if (a.itemsMultiRated == 0)
        return l.translate("Report", "Agreement: no answer pair was judged by more than one rater");
    const auto value = [&l](const std::optional<double>& v, const QString& note) {
        return v ? twoDecimals(*v) : l.translate("Report", "not given (%1)").arg(note);
    };
    return l.translate("Report", "Agreement over %1 judged by more than one rater (%2): Krippendorff's α (ordinal) %3, "
                                 "Cohen's κ %4, Fleiss' κ %5")
        .arg(answerPairs(a.itemsMultiRated, l), raters(a.raters, l),
             value(a.krippendorffAlpha, alphaNote(a, l)) +
                 (a.krippendorffAlpha ? QStringLiteral(" (%1)").arg(band(*a.krippendorffAlpha, l)) : QString()),
             value(a.cohenKappa, cohenNote(a, l)), value(a.fleissKappa, fleissNote(a, l)));
}

QString PanelVerdict::of(const PanelStats& stats, const ReportLanguage& l)
{
    if (stats.pairs.isEmpty())
        return l.translate("Report", "No human judgements yet");
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
    const QString judged = judgements(top->votes, l);
    QString line;
    if (std::lround(r.rate * 100.0) == 50) {
        line = l.translate("Report", "%1 and %2 preferred equally: %3% of %4 (95% CI %5–%6%)")
                   .arg(first, second, percent(r.rate), judged, percent(r.ci.low), percent(r.ci.high));
    } else {
        const bool firstWins = r.rate > 0.5;
        line = l.translate("Report", "%1 preferred in %2% of %3 (95% CI %4–%5%)")
                   .arg(firstWins ? first : second, percent(firstWins ? r.rate : 1.0 - r.rate), judged,
                        percent(firstWins ? r.ci.low : 1.0 - r.ci.high),
                        percent(firstWins ? r.ci.high : 1.0 - r.ci.low));
    }
    const int count = ratersOf(stats, *top);
    line += l.translate("Report", ", %1", "verdict: raters").arg(raters(count, l));
    const PanelAgreement& a = stats.agreement;
    if (a.krippendorffAlpha)
        line += l.translate("Report", ", α = %1 (%2)")
                    .arg(twoDecimals(*a.krippendorffAlpha), band(*a.krippendorffAlpha, l));
    else if (count == 1 && a.itemsMultiRated == 0)
        line += l.translate("Report", " (no agreement to measure)");
    else
        line += l.translate("Report", ", agreement not measured (%1)").arg(alphaNote(a, l));
    if (stats.pairs.size() > 1)
        line += l.translate("Report", "; the most-judged of %1 model pairs").arg(stats.pairs.size());
    return line;
}

} // namespace Cb::Core
