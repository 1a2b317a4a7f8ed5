#include "formats/export/reportharness.h"

#include "core/eval/packcoverage.h"

namespace Cb::Formats {

using namespace Cb::Core;

std::optional<ReportTable> ReportHarness::coverageTable(const RunRecord& run, const ReportText& text)
{
    const ReportLanguage& l = text.language();
    const PackCoverage coverage = PackCoverage::build(run);
    if (!coverage.hasData())
        return std::nullopt;
    ReportTable t;
    t.heading = l.translate("Report", "Pack coverage");
    t.header = {l.translate("Report", "Section"), l.translate("Report", "Item"), l.translate("Report", "Read by"),
                l.translate("Report", "Cited by"), l.translate("Report", "Citations verified")};
    t.numericColumns = {4};
    QStringList unused;
    for (const PackCoverage::Item& item : coverage.items) {
        const QString dash = QStringLiteral("—");
        t.rows.append({item.section, item.title,
                       item.readBy.isEmpty() ? dash : item.readBy.join(QStringLiteral(", ")),
                       item.citedBy.isEmpty() ? dash : item.citedBy.join(QStringLiteral(", ")),
                       item.citations == 0
                           ? dash
                           : l.translate("Report", "%1 of %2").arg(item.verified).arg(item.citations)});
        if (!item.used())
            unused.append(item.title);
    }
    t.note = unused.isEmpty()
                 ? l.translate("Report", "Every item was read or cited by at least one answer.")
                 : l.translate("Report", "%1 of %2 items used by no answer: %3.")
                       .arg(unused.size())
                       .arg(coverage.items.size())
                       .arg(unused.join(QStringLiteral(", ")));
    return t;
}

QString ReportHarness::toolTrailMarkdown(const CallRecord& call, const ReportText& text)
{
    if (call.toolTrail.isEmpty())
        return {};
    const ReportLanguage& l = text.language();
    QString out = QStringLiteral("**") + l.translate("Report", "Tool trail") + QStringLiteral("** — ") +
                  l.translate("Report", "%n calls", "tool calls", int(call.toolTrail.size())) +
                  QStringLiteral("\n\n");
    for (int i = 0; i < call.toolTrail.size(); ++i) {
        const ToolTrailEntry& s = call.toolTrail[i];
        QString what = s.summary.simplified();
        if (what.isEmpty())
            what = s.name + QLatin1Char('(') + s.arguments.simplified() + QLatin1Char(')');
        what.replace(QLatin1Char('*'), QStringLiteral("\\*"));
        what.replace(QLatin1Char('_'), QStringLiteral("\\_"));
        out += QStringLiteral("%1. ").arg(i + 1) + // rounds count from 1 (ToolTrailEntry)
               l.translate("Report", "round %1: %2 — %3 bytes").arg(s.round).arg(what, text.number(s.resultBytes)) +
               (s.isError ? l.translate("Report", " (error)", "tool call") : QString()) + QLatin1Char('\n');
    }
    return out;
}

} // namespace Cb::Formats
