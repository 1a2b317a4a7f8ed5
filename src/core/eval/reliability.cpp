#include "core/eval/reliability.h"

#include <QMap>
#include <QStringList>

namespace Cb::Core {

QString ReliabilityStats::kOfK() const
{
    return QStringLiteral("%1/%2").arg(passes).arg(attempts);
}

QString ReliabilityStats::label() const
{
    QStringList notes;
    if (refused > 0)
        notes << QStringLiteral("%1 refused").arg(refused);
    if (unjudged > 0)
        notes << QStringLiteral("%1 unjudged").arg(unjudged);
    if (notes.isEmpty())
        return kOfK();
    return kOfK() + QStringLiteral(" (") + notes.join(QStringLiteral(", ")) + QLatin1Char(')');
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
        }
    }
    if (s.attempts > 0) {
        s.runs = 1;
        s.runsAllPassed = s.allPassed() ? 1 : 0;
    }
    s.passRate = winRate(s.passes, s.fails, 0, TiePolicy::Exclude, z);
    return s;
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
            total.runs += r.runs;
            total.runsAllPassed += r.runsAllPassed;
        }
        total.passRate = winRate(total.passes, total.fails, 0, TiePolicy::Exclude, z);
        out.append(total);
    }
    return out;
}

} // namespace Cb::Core
