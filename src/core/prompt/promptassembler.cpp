#include "core/prompt/promptassembler.h"

#include "core/pack/pack.h"

namespace Cb::Core {

namespace {
QString escapeAttribute(QString s)
{
    s.replace(QLatin1Char('&'), QLatin1String("&amp;"));
    s.replace(QLatin1Char('"'), QLatin1String("&quot;"));
    s.replace(QLatin1Char('<'), QLatin1String("&lt;"));
    s.replace(QLatin1Char('>'), QLatin1String("&gt;"));
    return s;
}
} // namespace

AssembledPrompt PromptAssembler::assemble(const Pack& pack, const QHash<QString, QString>&, QDate date)
{
    AssembledPrompt out;
    out.templateName = QStringLiteral("report-generator");
    out.instructions =
        QStringLiteral("You are a senior planner. Read all the context documents carefully and write a "
                       "concrete plan that achieves the goal: target metrics, a timeline, priorities with "
                       "owners, and explicit exclusions. Today is %1.")
            .arg(date.toString(Qt::ISODate));
    QString& in = out.input;
    for (int s = 0; s < pack.sections.size(); ++s) {
        const PackSection& section = pack.sections[s];
        for (const PackItem& item : section.items) {
            if (!item.enabled)
                continue;
            const qsizetype start = in.size();
            in += QStringLiteral("<document title=\"%1\" section=\"%2\"")
                      .arg(escapeAttribute(item.title), escapeAttribute(section.name));
            if (!item.sourcePath.isEmpty())
                in += QStringLiteral(" source=\"%1\"").arg(escapeAttribute(item.sourcePath));
            in += QStringLiteral(">\n") + item.text;
            if (!item.text.endsWith(QLatin1Char('\n')))
                in += QLatin1Char('\n');
            in += QStringLiteral("</document>\n\n");
            out.segments.append({PromptSegment::Part::Input, item.id, s, start, in.size() - start});
        }
    }
    const qsizetype goalStart = in.size();
    in += QStringLiteral("<goal>\n") + pack.goal + QStringLiteral("\n</goal>\n");
    out.segments.append({PromptSegment::Part::Input, {}, -1, goalStart, in.size() - goalStart});
    return out;
}

} // namespace Cb::Core
