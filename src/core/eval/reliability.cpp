#include "core/eval/reliability.h"

#include <QMap>

#include <algorithm>
#include <QStringList>

namespace Cb::Core {

QString ReliabilityStats::kOfK() const
{
    return QStringLiteral("%1/%2").arg(passes).arg(attempts);
}

QString ReliabilityStats::label(const ReportLanguage& l) const
{
    QStringList notes;
    if (refused > 0)
        notes << l.translate("Report", "%1 refused").arg(refused);
    if (failedCalls > 0)
        notes << l.translate("Report", "%1 call(s) failed").arg(failedCalls);
    if (unjudged > 0)
        notes << l.translate("Report", "%1 unjudged").arg(unjudged);
    if (notes.isEmpty())
        return kOfK();
    return l.translate("Report", "%1 (%2)", "k-of-k and its notes")
        .arg(kOfK(), notes.join(l.translate("Report", ", ", "list separator")));
}

ReliabilityStats Reliability::summarize(const QString& model,
                                        const QList<Attempt::Verdict>& verdicts, double z)
{
    ReliabilityStats s;
    s.model = model;
    for (Attempt::Verdict v : verdicts) {
        ++s.attempts;
        switch (v) {
        case Attempt::Verdict::Pass:
            ++s.passes;
            break;
        case Attempt::Verdict::Fail:
            ++s.fails;
            break;
        case Attempt::Verdict::Unjudged:
            ++s.unjudged;
            break;
        case Attempt::Verdict::Refused:
            ++s.refused;
            break;
        case Attempt::Verdict::CallFailed:
            ++s.failedCalls;
            break;
        }
    }
    if (s.attempts > 0) {
        s.runs = 1;
        s.runsAllPassed = s.allPassed() ? 1 : 0;
        PassAtK k;
        k.k = s.attempts;
        if (s.failedCalls > 0)
            k.withFailedCall = 1;
        else if (s.unjudged > 0)
            k.withUnjudged = 1;
        else
            k.runs = 1, k.allPassed = s.allPassed() ? 1 : 0;
        k.rate = winRate(k.allPassed, k.runs - k.allPassed, 0, TiePolicy::Exclude, z);
        s.passAtK = {k};
    }
    s.passRate = winRate(s.passes, s.fails, 0, TiePolicy::Exclude, z);
    return s;
}

QString ReliabilityStats::passAtKLabel(const QString& separator, const ReportLanguage& language) const
{
    QStringList labels;
    for (const PassAtK& k : passAtK)
        labels << k.label(language);
    return labels.join(separator);
}

QString PassAtK::label(const ReportLanguage& l) const
{
    QString text = l.translate("Report", "pass^%1: %2 of %3 runs").arg(k).arg(allPassed).arg(runs);
    if (rate.defined())
        text += l.translate("Report", ", %1% (%2–%3%)")
                    .arg(qRound(rate.rate * 100))
                    .arg(qRound(rate.ci.low * 100))
                    .arg(qRound(rate.ci.high * 100));
    QStringList apart;
    if (withUnjudged > 0)
        apart << l.translate("Report", "%1 not fully judged").arg(withUnjudged);
    if (withFailedCall > 0)
        apart << l.translate("Report", "%1 with a failed call").arg(withFailedCall);
    if (!apart.isEmpty())
        text += l.translate("Report", "; apart: %1").arg(apart.join(l.translate("Report", ", ", "list separator")));
    return text;
}

QList<ReliabilityStats> Reliability::perModel(const QList<Attempt>& attempts, double z)
{
    QMap<QString, QMap<QString, QList<Attempt::Verdict>>> byModelAndRun;
    for (const Attempt& a : attempts)
        byModelAndRun[a.model][a.runId].append(a.verdict);

    QList<ReliabilityStats> out;
    for (auto model = byModelAndRun.cbegin(); model != byModelAndRun.cend(); ++model) {
        ReliabilityStats total;
        total.model = model.key();
        for (const QList<Attempt::Verdict>& run : model.value()) {
            const ReliabilityStats r = summarize(model.key(), run, z);
            total.attempts += r.attempts;
            total.passes += r.passes;
            total.fails += r.fails;
            total.unjudged += r.unjudged;
            total.refused += r.refused;
            total.failedCalls += r.failedCalls;
            for (const PassAtK& k : r.passAtK) {
                auto same = std::find_if(total.passAtK.begin(), total.passAtK.end(),
                                         [&](const PassAtK& t) { return t.k == k.k; });
                if (same == total.passAtK.end()) {
                    total.passAtK.append(k);
                    continue;
                }
                same->runs += k.runs;
                same->allPassed += k.allPassed;
                same->withUnjudged += k.withUnjudged;
                same->withFailedCall += k.withFailedCall;
            }
            total.runs += r.runs;
            total.runsAllPassed += r.runsAllPassed;
        }
        total.passRate = winRate(total.passes, total.fails, 0, TiePolicy::Exclude, z);
        std::sort(total.passAtK.begin(), total.passAtK.end(),
                  [](const PassAtK& a, const PassAtK& b) { return a.k < b.k; });
        for (PassAtK& k : total.passAtK)
            k.rate = winRate(k.allPassed, k.runs - k.allPassed, 0, TiePolicy::Exclude, z);
        out.append(total);
    }
    return out;
}

} // namespace Cb::Core
