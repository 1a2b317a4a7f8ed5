#include "ui/stats/reliabilitytext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace Cb::Ui::ReliabilityText {

namespace {

// The context lupdate gives these strings: the namespace they are written in.
QString tr(const char* text, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Cb::Ui::ReliabilityText", text, comment, n);
}

} // namespace

QString label(const Core::ReliabilityStats& stats)
{
    QStringList notes;
    if (stats.refused > 0)
        notes << tr("%n refused", nullptr, stats.refused);
    if (stats.failedCalls > 0)
        notes << tr("%n call(s) failed", nullptr, stats.failedCalls);
    if (stats.unjudged > 0)
        notes << tr("%n unjudged", nullptr, stats.unjudged);
    if (notes.isEmpty())
        return stats.kOfK();
    return tr("%1 (%2)").arg(stats.kOfK(), notes.join(tr(", ")));
}

QString passAtK(const Core::PassAtK& k)
{
    QString text = tr("pass^%1: %2 of %3 runs").arg(k.k).arg(k.allPassed).arg(k.runs);
    if (k.rate.defined())
        text += tr(", %1% (%2–%3%)")
                    .arg(qRound(k.rate.rate * 100))
                    .arg(qRound(k.rate.ci.low * 100))
                    .arg(qRound(k.rate.ci.high * 100));
    QStringList apart;
    if (k.withUnjudged > 0)
        apart << tr("%n not fully judged", nullptr, k.withUnjudged);
    if (k.withFailedCall > 0)
        apart << tr("%n with a failed call", nullptr, k.withFailedCall);
    if (!apart.isEmpty())
        text += tr("; apart: %1").arg(apart.join(tr(", ")));
    return text;
}

QString passAtK(const Core::ReliabilityStats& stats, const QString& separator)
{
    QStringList labels;
    for (const Core::PassAtK& k : stats.passAtK)
        labels << passAtK(k);
    return labels.join(separator);
}

} // namespace Cb::Ui::ReliabilityText
