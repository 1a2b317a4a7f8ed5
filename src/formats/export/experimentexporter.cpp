#include "formats/export/experimentexporter.h"

#include "core/compare/evaluationsummary.h"
#include "core/experiment/experimentcellstate.h"
#include "core/models/billedusage.h"
#include "core/providers/batch/batchstatus.h"
#include "formats/export/csvrunwriter.h"
#include "formats/export/markdownhtml.h"
#include "formats/export/paneljson.h"
#include "formats/export/reporttext.h"
#include "formats/export/reportfonts.h"
#include "formats/export/secretredactor.h"

#include <QBuffer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

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

// stateOf() in the report's words, for the Markdown table (JSON and CSV keep "queued", "done"…).
QString stateLabel(const Line& l, const ReportLanguage& language)
{
    switch (l.call ? ExperimentCellStates::of(*l.call) : ExperimentCellState::Queued) {
    case ExperimentCellState::Queued:
        return language.translate("Report", "queued");
    case ExperimentCellState::InBatch:
        return language.translate("Report", "in batch");
    case ExperimentCellState::Running:
        return language.translate("Report", "running");
    case ExperimentCellState::Done:
        return language.translate("Report", "done");
    case ExperimentCellState::Failed:
        return language.translate("Report", "failed");
    case ExperimentCellState::Refused:
        return language.translate("Report", "refused");
    case ExperimentCellState::Expired:
        return language.translate("Report", "expired");
    case ExperimentCellState::Cancelled:
        return language.translate("Report", "cancelled");
    }
    return stateOf(l);
}

// The experiment's mode and status in the report's words; the record keeps "live", "done"…
QString modeLabel(ExperimentRecord::Mode mode, const ReportLanguage& language)
{
    return mode == ExperimentRecord::Mode::Live ? language.translate("Report", "live", "experiment mode")
                                                : language.translate("Report", "batch", "experiment mode");
}

QString statusLabel(const QString& status, const ReportLanguage& language)
{
    if (status == QLatin1String("running"))
        return language.translate("Report", "running");
    if (status == QLatin1String("done"))
        return language.translate("Report", "done");
    if (status == QLatin1String("cancelled"))
        return language.translate("Report", "cancelled");
    return status;
}

// A provider batch's state (batchStateName()) in the report's words.
QString batchStatusLabel(const QString& status, const ReportLanguage& language)
{
    const std::optional<BatchState> state = batchStateFromName(status);
    if (!state)
        return status;
    switch (*state) {
    case BatchState::Validating:
        return language.translate("Report", "validating", "batch state");
    case BatchState::InProgress:
        return language.translate("Report", "in progress", "batch state");
    case BatchState::Finalizing:
        return language.translate("Report", "finalizing", "batch state");
    case BatchState::Completed:
        return language.translate("Report", "completed", "batch state");
    case BatchState::Failed:
        return language.translate("Report", "failed", "batch state");
    case BatchState::Expired:
        return language.translate("Report", "expired", "batch state");
    case BatchState::Cancelling:
        return language.translate("Report", "cancelling", "batch state");
    case BatchState::Cancelled:
        return language.translate("Report", "cancelled", "batch state");
    }
    return status;
}

QString costText(const Line& l)
{
    return l.call && l.call->costUsd ? QString::number(*l.call->costUsd, 'f', 6) : QString();
}

QString billing(const Line& l)
{
    return l.call && !l.call->batchCustomId.isEmpty() ? QStringLiteral("batch") : QStringLiteral("live");
}

// billing() in the report's words, for the Markdown table (JSON and CSV keep "batch"/"live").
QString billingLabel(const Line& l, const ReportText& text)
{
    return l.call && !l.call->batchCustomId.isEmpty() ? text.language().translate("Report", "batch", "billing")
                                                      : text.language().translate("Report", "live", "billing");
}

BilledUsage usageOf(const Line& l)
{
    return l.call ? BilledUsage::fromRecorded(l.call->provider, l.call->usage) : BilledUsage{};
}

QString packName(const ExperimentCase& c) { return QFileInfo(c.packPath).fileName(); }

// The study's results across cases, as the Experiments window's Results tab shows them.
EvaluationSummary resultsOf(const QList<RunRecord>& runs)
{
    return EvaluationSummary::build(EvaluationSummary::dataOf(runs));
}

// The same keys as `stats --json`: rates with "ci_low"/"ci_high", pass^k per model and k.
QJsonObject resultsJson(const EvaluationSummary& s)
{
    QJsonArray models;
    for (const ReliabilityStats& r : s.reliability) {
        QJsonObject o{{QStringLiteral("model"), r.model},
                      {QStringLiteral("answers"), r.attempts},
                      {QStringLiteral("judged"), r.judged()},
                      {QStringLiteral("passed"), r.passes}};
        PanelJson::putRate(o, QStringLiteral("pass_rate"), r.passRate);
        models.append(o);
    }
    return {{QStringLiteral("models"), models},
            {QStringLiteral("k_of_k"), PanelJson::kOfK(s.reliability)},
            {QStringLiteral("pairs"), PanelJson::pairs(s.pairs)}};
}

QString pct(double v, const ReportText& text) { return text.percent(v); }

// "| a | b |\n|---|---|\n": a Markdown table head in the report's words.
QString tableHead(const QStringList& columns)
{
    return QStringLiteral("| ") + columns.join(QStringLiteral(" | ")) + QStringLiteral(" |\n|") +
           QStringList(columns.size(), QStringLiteral("---")).join(QLatin1Char('|')) + QStringLiteral("|\n");
}

QString resultsMarkdown(const EvaluationSummary& s, const ReportText& text)
{
    const ReportLanguage& l = text.language();
    QString out = QStringLiteral("\n## ") + l.translate("Report", "Results across cases") + QStringLiteral("\n\n") +
                  tableHead({l.translate("Report", "Model"), l.translate("Report", "Pass rate (95% CI)"),
                             QStringLiteral("k-of-k"), l.translate("Report", "Answers")});
    for (const ReliabilityStats& r : s.reliability)
        out += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                   .arg(r.model,
                        r.passRate.defined()
                            ? QStringLiteral("%1 (%2–%3)").arg(pct(r.passRate.rate, text), pct(r.passRate.ci.low, text),
                                                               pct(r.passRate.ci.high, text))
                            : l.translate("Report", "not judged"),
                        r.passAtKLabel(QStringLiteral("; "), l).replace(QLatin1Char('|'), QStringLiteral("\\|")), r.label(l));
    if (!s.pairs.isEmpty()) {
        out += QStringLiteral("\n") + tableHead({l.translate("Report", "Model A"), l.translate("Report", "Model B"),
                                                l.translate("Report", "Votes"),
                                                l.translate("Report", "A's win rate (95% CI)")});
        for (const PairStats& p : s.pairs)
            out += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                       .arg(p.first, p.second)
                       .arg(p.votes)
                       .arg(p.rate.defined() ? QStringLiteral("%1 (%2–%3)").arg(pct(p.rate.rate, text), pct(p.rate.ci.low, text),
                                                                                pct(p.rate.ci.high, text))
                                             : QStringLiteral("—"));
    } else {
        out += QStringLiteral("\n") + l.translate("Report", "No blind votes yet.") + QLatin1Char('\n');
    }
    return out;
}

QByteArray json(const ExperimentRecord& record, const QList<Line>& lines, const EvaluationSummary& results)
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
                           {QStringLiteral("results"), resultsJson(results)},
                           {QStringLiteral("calls"), calls}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray csv(const QList<Line>& lines)
{
    QString out = QStringLiteral("case,pack,goal,model,repeat,state,billing,cost_usd,input_tokens,output_tokens,"
                                 "reasoning_tokens,citations_total,citations_verified,citations_not_found,error,answer\r\n");
    for (const Line& l : lines) {
        const BilledUsage u = usageOf(l);
        const bool cited = l.call && l.call->citations.checked;
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
                                 // Empty when the answer was never checked, as in the run CSV.
                                 cited ? QString::number(l.call->citations.total()) : QString(),
                                 cited ? QString::number(l.call->citations.verified()) : QString(),
                                 cited ? QString::number(l.call->citations.notFound()) : QString(),
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

// The report's head: the experiment, its batches and the results across cases.
QString markdownHead(const ExperimentRecord& record, const QList<Line>& lines, const EvaluationSummary& results,
                     const ReportText& text)
{
    const ReportLanguage& language = text.language();
    QString out = QStringLiteral("# %1\n\n").arg(SecretRedactor::redactText(record.name));
    out += language.translate("Report", "Experiment %1, %2 mode, %3: %4 cases × %5 models × k=%6.")
               .arg(record.id)
               .arg(modeLabel(record.mode, language), statusLabel(record.status, language))
               .arg(record.cases.size())
               .arg(record.plan.models.size())
               .arg(record.plan.repeats) +
           QStringLiteral("\n\n");
    double total = 0;
    for (const Line& l : lines)
        total += l.call ? l.call->costUsd.value_or(0) : 0;
    out += language.translate("Report", "Total cost: %1").arg(QLatin1Char('$') + language.locale().toString(total, 'f', 4)) +
           QStringLiteral("\n\n");
    for (const ExperimentBatch& b : record.batches)
        out += QStringLiteral("- ") +
               language.translate("Report", "%1 batch `%2` (%3): %4, %5 requests")
                   .arg(b.provider, b.batchId, b.model, batchStatusLabel(b.status, language))
                   .arg(b.customIds.size()) +
               QLatin1Char('\n');
    out += resultsMarkdown(results, text);
    return out;
}

// A table per case, then the answers.
QString markdownCases(const QList<Line>& lines, const ReportText& text)
{
    const ReportLanguage& language = text.language();
    QString out;
    const ExperimentCase* current = nullptr;
    for (const Line& l : lines) {
        if (l.kase != current) {
            current = l.kase;
            out += QStringLiteral("\n## ") +
                   language.translate("Report", "Case %1: %2%3")
                       .arg(current->position + 1)
                       .arg(cellText(packName(*current)),
                            current->goal.isEmpty() ? QString()
                                                    : QStringLiteral(" — ") + cellText(SecretRedactor::redactText(current->goal))) +
                   QStringLiteral("\n\n") +
                   tableHead({language.translate("Report", "Model"), QStringLiteral("#"), language.translate("Report", "State"),
                              language.translate("Report", "Billing"), language.translate("Report", "Cost (USD)"),
                              language.translate("Report", "Input", "tokens"), language.translate("Report", "Output", "tokens")});
        }
        const BilledUsage u = usageOf(l);
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                   .arg(l.model)
                   .arg(l.repeat + 1)
                   .arg(stateLabel(l, language), billingLabel(l, text), costText(l))
                   .arg(text.tokens(u.inputTokens), text.tokens(u.outputTokens));
    }
    out += QStringLiteral("\n# ") + language.translate("Report", "Answers") + QLatin1Char('\n');
    for (const Line& l : lines) {
        if (!l.call || l.call->text.isEmpty())
            continue;
        out += QStringLiteral("\n## ") +
               language.translate("Report", "Case %1 · %2 · #%3").arg(l.kase->position + 1).arg(l.model).arg(l.repeat + 1) +
               QStringLiteral("\n\n") + l.call->text + QLatin1Char('\n');
    }
    return out;
}

QString markdown(const ExperimentRecord& record, const QList<Line>& lines, const EvaluationSummary& results,
                 const ReportText& text)
{
    return markdownHead(record, lines, results, text) + markdownCases(lines, text);
}

// The resource name a chart has in the PDF's text document.
QString chartResource(qsizetype i) { return QStringLiteral("cb-chart-%1.png").arg(i); }

// The charts after the results: inline PNGs in the page (its CSP allows images only from data:
// URIs), resources of the text document when printed.
QString chartsHtml(const QList<ReportChart>& charts, bool inlineImages, const ReportLanguage& language)
{
    if (charts.isEmpty())
        return {};
    QString out = QStringLiteral("<h2>") + MarkdownHtml::escape(language.translate("Report", "Charts")) +
                  QStringLiteral("</h2>\n");
    for (qsizetype i = 0; i < charts.size(); ++i) {
        const ReportChart& c = charts[i];
        QString src = chartResource(i);
        if (inlineImages) {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            c.image.save(&buffer, "PNG");
            src = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
        }
        QSizeF size = c.image.deviceIndependentSize();
        // Printed, a chart spans the text width of an A4 page (about 640 px at 96 dpi).
        if (!inlineImages && size.width() > 620)
            size = size * (620.0 / size.width());
        out += QStringLiteral("<p><img src=\"%1\" alt=\"%2\" width=\"%3\" height=\"%4\"><br><b>%2.</b> %5</p>\n")
                   .arg(src, MarkdownHtml::escape(c.title))
                   .arg(qRound(size.width()))
                   .arg(qRound(size.height()))
                   .arg(MarkdownHtml::escape(c.caption));
    }
    return out;
}

// The Markdown report as a standalone page: the project's Markdown-to-HTML (answers' raw HTML
// is never passed through), one inline style sheet, nothing loaded from anywhere.
QString html(const ExperimentRecord& record, const QString& head, const QString& cases, const QList<ReportChart>& charts,
             bool inlineImages, const ReportLanguage& language)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%5\"><head><meta charset=\"utf-8\">"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"
                          "<title>%1</title><style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em}"
                          "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px}"
                          "img{max-width:100%;height:auto}</style></head>"
                          "<body>\n%2\n%3\n%4\n</body></html>\n")
        .arg(MarkdownHtml::escape(SecretRedactor::redactText(record.name)), MarkdownHtml::fromMarkdown(head, 0),
             chartsHtml(charts, inlineImages, language), MarkdownHtml::fromMarkdown(cases, 0), language.code());
}

QByteArray pdf(const QString& page, const QList<ReportChart>& charts)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setCreator(QStringLiteral("ContextBench"));
    QTextDocument document;
    document.setDefaultFont(ReportFonts::body());
    document.setHtml(page);
    for (qsizetype i = 0; i < charts.size(); ++i)
        document.addResource(QTextDocument::ImageResource, QUrl(chartResource(i)), charts[i].image);
    document.print(&writer);
    buffer.close();
    return buffer.data();
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
    if (name == QLatin1String("html") || name == QLatin1String("htm"))
        return Format::Html;
    if (name == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

QByteArray ExperimentExporter::write(const ExperimentRecord& record, const QList<RunRecord>& runs, Format format,
                                     const QList<ReportChart>& charts, const ReportLanguage& language)
{
    const ReportText text(language);
    QList<RunRecord> redacted;
    redacted.reserve(runs.size());
    for (const RunRecord& run : runs)
        redacted << SecretRedactor::redact(run);
    QHash<qint64, const RunRecord*> byId;
    for (const RunRecord& run : redacted)
        byId.insert(run.id, &run);
    const QList<Line> lines = linesOf(record, byId);
    const EvaluationSummary results = resultsOf(redacted);
    switch (format) {
    case Format::Json:
        return json(record, lines, results);
    case Format::Csv:
        return csv(lines);
    case Format::Markdown:
        return markdown(record, lines, results, text).toUtf8();
    case Format::Html:
        return html(record, markdownHead(record, lines, results, text), markdownCases(lines, text), charts, true, language)
            .toUtf8();
    case Format::Pdf:
        return pdf(html(record, markdownHead(record, lines, results, text), markdownCases(lines, text), charts, false,
                        language),
                   charts);
    }
    return {};
}

} // namespace Cb::Formats
