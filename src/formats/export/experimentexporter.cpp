#include "formats/export/experimentexporter.h"

#include "core/experiment/experimentcellstate.h"
#include "core/models/billedusage.h"
#include "formats/export/csvrunwriter.h"
#include "formats/export/secretredactor.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace Cb::Formats {

namespace {

using namespace Cb::Core;

// One exported line: a call as recorded, or a planned call that has no record yet.
struct Line
{
    const ExperimentCase* kase = nullptr;
    QString model;
    int repeat = 0;
    const CallRecord* call = nullptr;
};

QList<Line> linesOf(const ExperimentRecord& record, const QHash<qint64, const RunRecord*>& runs)
{
    QList<Line> out;
    for (const ExperimentCase& c : record.cases) {
        const RunRecord* run = runs.value(c.runId);
        for (const PlannedModel& m : record.plan.models)
            for (int k = 0; k < record.plan.repeats; ++k) {
                Line line{&c, m.key(), k, nullptr};
                if (run)
                    for (const CallRecord& call : run->calls)
                        if (call.modelKey() == line.model && call.repeatIndex == k)
                            line.call = &call;
                out << line;
            }
    }
    return out;
}

QString stateOf(const Line& l)
{
    return ExperimentCellStates::name(l.call ? ExperimentCellStates::of(*l.call) : ExperimentCellState::Queued);
}

QString costText(const Line& l)
{
    return l.call && l.call->costUsd ? QString::number(*l.call->costUsd, 'f', 6) : QString();
}

QString billing(const Line& l)
{
    return l.call && !l.call->batchCustomId.isEmpty() ? QStringLiteral("batch") : QStringLiteral("live");
}

BilledUsage usageOf(const Line& l)
{
    return l.call ? BilledUsage::fromRecorded(l.call->provider, l.call->usage) : BilledUsage{};
}

QString packName(const ExperimentCase& c) { return QFileInfo(c.packPath).fileName(); }

QByteArray json(const ExperimentRecord& record, const QList<Line>& lines)
{
    QJsonArray cases;
    for (const ExperimentCase& c : record.cases)
        cases.append(QJsonObject{{QStringLiteral("case"), c.position},
                                 {QStringLiteral("pack"), c.packPath},
                                 {QStringLiteral("pack_sha256"), c.packHash},
                                 {QStringLiteral("goal"), SecretRedactor::redactText(c.goal)},
                                 {QStringLiteral("run_id"), c.runId}});
    QJsonArray batches;
    for (const ExperimentBatch& b : record.batches)
        batches.append(QJsonObject{{QStringLiteral("provider"), b.provider},
                                   {QStringLiteral("id"), b.batchId},
                                   {QStringLiteral("model"), b.model},
                                   {QStringLiteral("status"), b.status},
                                   {QStringLiteral("requests"), b.customIds.size()}});
    QJsonArray calls;
    double total = 0;
    for (const Line& l : lines) {
        const BilledUsage u = usageOf(l);
        QJsonObject o{{QStringLiteral("case"), l.kase->position},
                      {QStringLiteral("model"), l.model},
                      {QStringLiteral("repeat"), l.repeat},
                      {QStringLiteral("state"), stateOf(l)},
                      {QStringLiteral("billing"), billing(l)},
                      {QStringLiteral("cost_usd"), l.call && l.call->costUsd ? QJsonValue(*l.call->costUsd) : QJsonValue()},
                      {QStringLiteral("input_tokens"), u.inputTokens},
                      {QStringLiteral("output_tokens"), u.outputTokens},
                      {QStringLiteral("reasoning_tokens"), u.reasoningTokens},
                      {QStringLiteral("text"), l.call ? l.call->text : QString()}};
        if (l.call) {
            o.insert(QStringLiteral("call_id"), l.call->id);
            o.insert(QStringLiteral("judgement"), l.call->judgement);
            if (!l.call->errorMessage.isEmpty())
                o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), l.call->errorCode},
                                                              {QStringLiteral("message"), l.call->errorMessage}});
            total += l.call->costUsd.value_or(0);
        }
        calls.append(o);
    }
    const QJsonObject root{{QStringLiteral("experiment_id"), record.id},
                           {QStringLiteral("name"), SecretRedactor::redactText(record.name)},
                           {QStringLiteral("mode"), ExperimentRecord::modeName(record.mode)},
                           {QStringLiteral("status"), record.status},
                           {QStringLiteral("created_at"), record.createdAt.toString(Qt::ISODate)},
                           {QStringLiteral("plan"), record.plan.toJson()},
                           {QStringLiteral("cases"), cases},
                           {QStringLiteral("batches"), batches},
                           {QStringLiteral("total_cost_usd"), total},
                           {QStringLiteral("calls"), calls}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray csv(const QList<Line>& lines)
{
    QString out = QStringLiteral("case,pack,goal,model,repeat,state,billing,cost_usd,input_tokens,output_tokens,"
                                 "reasoning_tokens,error,answer\r\n");
    for (const Line& l : lines) {
        const BilledUsage u = usageOf(l);
        const QStringList fields{QString::number(l.kase->position),
                                 packName(*l.kase),
                                 SecretRedactor::redactText(l.kase->goal),
                                 l.model,
                                 QString::number(l.repeat + 1),
                                 stateOf(l),
                                 billing(l),
                                 costText(l),
                                 l.call ? QString::number(u.inputTokens) : QString(),
                                 l.call ? QString::number(u.outputTokens) : QString(),
                                 l.call ? QString::number(u.reasoningTokens) : QString(),
                                 l.call ? l.call->errorMessage : QString(),
                                 l.call ? l.call->text : QString()};
        QStringList quoted;
        for (const QString& f : fields)
            quoted << CsvRunWriter::field(f);
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QString cellText(const QString& s)
{
    return QString(s).replace(QLatin1Char('|'), QStringLiteral("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QByteArray markdown(const ExperimentRecord& record, const QList<Line>& lines)
{
    QString out = QStringLiteral("# %1\n\n").arg(SecretRedactor::redactText(record.name));
    out += QStringLiteral("Experiment %1, %2 mode, %3: %4 cases × %5 models × k=%6.\n\n")
               .arg(record.id)
               .arg(ExperimentRecord::modeName(record.mode), record.status)
               .arg(record.cases.size())
               .arg(record.plan.models.size())
               .arg(record.plan.repeats);
    double total = 0;
    for (const Line& l : lines)
        total += l.call ? l.call->costUsd.value_or(0) : 0;
    out += QStringLiteral("Total cost: $%1\n\n").arg(total, 0, 'f', 4);
    for (const ExperimentBatch& b : record.batches)
        out += QStringLiteral("- %1 batch `%2` (%3): %4, %5 requests\n")
                   .arg(b.provider, b.batchId, b.model, b.status)
                   .arg(b.customIds.size());
    const ExperimentCase* current = nullptr;
    for (const Line& l : lines) {
        if (l.kase != current) {
            current = l.kase;
            out += QStringLiteral("\n## Case %1: %2%3\n\n| Model | # | State | Billing | Cost (USD) | Input | Output |\n"
                                  "|---|---|---|---|---|---|---|\n")
                       .arg(current->position + 1)
                       .arg(cellText(packName(*current)),
                            current->goal.isEmpty() ? QString()
                                                    : QStringLiteral(" — ") + cellText(SecretRedactor::redactText(current->goal)));
        }
        const BilledUsage u = usageOf(l);
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                   .arg(l.model)
                   .arg(l.repeat + 1)
                   .arg(stateOf(l), billing(l), costText(l))
                   .arg(u.inputTokens)
                   .arg(u.outputTokens);
    }
    out += QStringLiteral("\n# Answers\n");
    for (const Line& l : lines) {
        if (!l.call || l.call->text.isEmpty())
            continue;
        out += QStringLiteral("\n## Case %1 · %2 · #%3\n\n%4\n")
                   .arg(l.kase->position + 1)
                   .arg(l.model)
                   .arg(l.repeat + 1)
                   .arg(l.call->text);
    }
    return out.toUtf8();
}

} // namespace

std::optional<ExperimentExporter::Format> ExperimentExporter::formatFromName(const QString& name)
{
    if (name == QLatin1String("json"))
        return Format::Json;
    if (name == QLatin1String("csv"))
        return Format::Csv;
    if (name == QLatin1String("md") || name == QLatin1String("markdown"))
        return Format::Markdown;
    return std::nullopt;
}

QByteArray ExperimentExporter::write(const ExperimentRecord& record, const QList<RunRecord>& runs, Format format)
{
    QList<RunRecord> redacted;
    redacted.reserve(runs.size());
    for (const RunRecord& run : runs)
        redacted << SecretRedactor::redact(run);
    QHash<qint64, const RunRecord*> byId;
    for (const RunRecord& run : redacted)
        byId.insert(run.id, &run);
    const QList<Line> lines = linesOf(record, byId);
    switch (format) {
    case Format::Json:
        return json(record, lines);
    case Format::Csv:
        return csv(lines);
    case Format::Markdown:
        return markdown(record, lines);
    }
    return {};
}

} // namespace Cb::Formats
