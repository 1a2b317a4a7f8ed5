#include "formats/export/reportharness.h"

#include "core/eval/packcoverage.h"

namespace Cb::Formats {

using namespace Cb::Core;

std::optional<ReportTable> ReportHarness::coverageTable(const RunRecord& run)
{
    const PackCoverage coverage = PackCoverage::build(run);
    if (!coverage.hasData())
        return std::nullopt;
    ReportTable t;
    t.heading = QStringLiteral("Pack coverage");
    t.header = {QStringLiteral("Section"), QStringLiteral("Item"), QStringLiteral("Read by"),
                QStringLiteral("Cited by"), QStringLiteral("Citations verified")};
    t.numericColumns = {4};
    QStringList unused;
    for (const PackCoverage::Item& item : coverage.items) {
        const QString dash = QStringLiteral("—");
        t.rows.append({item.section, item.title,
                       item.readBy.isEmpty() ? dash : item.readBy.join(QStringLiteral(", ")),
                       item.citedBy.isEmpty() ? dash : item.citedBy.join(QStringLiteral(", ")),
                       item.citations == 0
                           ? dash
                           : QStringLiteral("%1 of %2").arg(item.verified).arg(item.citations)});
        if (!item.used())
            unused.append(item.title);
    }
    t.note = unused.isEmpty()
                 ? QStringLiteral("Every item was read or cited by at least one answer.")
                 : QStringLiteral("%1 of %2 items used by no answer: %3.")
                       .arg(unused.size())
                       .arg(coverage.items.size())
                       .arg(unused.join(QStringLiteral(", ")));
    return t;
}

QString ReportHarness::toolTrailMarkdown(const CallRecord& call)
{
    if (call.toolTrail.isEmpty())
        return {};
    QString out = QStringLiteral("**Tool trail** — %1 %2\n\n")
                      .arg(call.toolTrail.size())
                      .arg(call.toolTrail.size() == 1 ? QStringLiteral("call")
                                                      : QStringLiteral("calls"));
    for (int i = 0; i < call.toolTrail.size(); ++i) {
        const ToolTrailEntry& s = call.toolTrail[i];
        QString what = s.summary.simplified();
        if (what.isEmpty())
            what = s.name + QLatin1Char('(') + s.arguments.simplified() + QLatin1Char(')');
        what.replace(QLatin1Char('*'), QStringLiteral("\\*"));
        what.replace(QLatin1Char('_'), QStringLiteral("\\_"));
        out += QStringLiteral("%1. round %2: %3 — %4 bytes%5\n")
                   .arg(i + 1)
                   .arg(s.round + 1)
                   .arg(what)
                   .arg(s.resultBytes)
                   .arg(s.isError ? QStringLiteral(" (error)") : QString());
    }
    return out;
}

} // namespace Cb::Formats
