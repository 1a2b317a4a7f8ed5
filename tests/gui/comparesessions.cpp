#include "gui/comparesessions.h"

#include "ui/compare/columnarea.h"
#include "ui/compare/comparepanel.h"
#include "ui/compare/outputcolumn.h"

#include <QJsonObject>

namespace Cb::Test {

QString samplePlan(int variant)
{
    QString md = QStringLiteral("# Launch plan for the %1 release\n\n").arg(variant % 2 ? QStringLiteral("spring")
                                                                                       : QStringLiteral("summer"));
    md += QStringLiteral("The team ships the **reporting module** first, then the importer. "
                         "This plan assumes %1 engineers and a fixed date.\n\n")
              .arg(2 + variant % 3);
    md += QStringLiteral("## Goals\n\n- Ship the report export by week %1\n- Keep p95 latency under 200 ms\n"
                         "- Document every public endpoint\n\n")
              .arg(4 + variant);
    md += QStringLiteral("## Timeline\n\n| Week | Milestone | Owner |\n|---|---|---|\n| 1 | Design review | Dana |\n"
                         "| 3 | Beta | Lee |\n| %1 | Release | Sam |\n\n")
              .arg(6 + variant);
    if (variant % 2 == 0)
        md += QStringLiteral("## Budget\n\nTotal cost stays below $%1k, mostly compute for load tests.\n\n")
                  .arg(20 + variant);
    md += QStringLiteral("## Risks\n\n1. The vendor API changes its rate limits.\n2. Hiring slips by a month.\n"
                         "3. Migration of legacy data takes longer than planned.\n\n");
    md += QStringLiteral("```bash\n./deploy.sh --stage beta --replicas %1\n```\n\n").arg(2 + variant);
    if (variant % 3 == 1)
        md += QStringLiteral("## Open questions\n\n- Who signs off the security review?\n\n");
    md += QStringLiteral("In short: cut scope before moving the date.\n");
    return md;
}

Core::RunRecord compareRun(const QStringList& models, int repeats, bool finished)
{
    Core::RunRecord run;
    run.id = 1;
    run.packTitle = QStringLiteral("Launch");
    run.templateName = QStringLiteral("report-generator");
    qint64 id = 1;
    int variant = 0;
    for (int r = 0; r < repeats; ++r) {
        for (const QString& model : models) {
            Core::CallRecord c;
            c.id = id++;
            c.runId = run.id;
            c.provider = QStringLiteral("openai");
            c.model = model;
            c.repeatIndex = r;
            c.params = QJsonObject{{QStringLiteral("effort"), QStringLiteral("high")}};
            c.startedAt = QDateTime::currentDateTimeUtc().addSecs(-30);
            if (finished) {
                c.status = Core::CallStatus::Done;
                c.text = samplePlan(variant++);
                c.usage = QJsonObject{{QStringLiteral("input_tokens"), 41250},
                                      {QStringLiteral("output_tokens"), 2100 + 300 * r}};
                c.costUsd = model.endsWith(QLatin1String("-pro")) ? 1.35 : 0.11;
                c.totalMs = model.endsWith(QLatin1String("-pro")) ? 182000 : 41000;
            } else {
                c.status = Core::CallStatus::Streaming;
            }
            run.calls.append(c);
        }
    }
    return run;
}

QStringList shownTitles(Ui::ComparePanel& panel)
{
    QStringList out;
    for (Ui::OutputColumn* c : panel.columnArea()->shownColumns())
        out << c->title();
    return out;
}

} // namespace Cb::Test
