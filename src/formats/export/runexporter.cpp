#include "formats/export/runexporter.h"

#include "formats/export/csvrunwriter.h"
#include "formats/export/htmlreportwriter.h"
#include "formats/export/markdownreportwriter.h"
#include "formats/export/pdfreportwriter.h"
#include "formats/export/reportfacts.h"
#include "core/fusion/fusionlineage.h"
#include "formats/export/reportoutline.h"
#include "formats/export/runrecordjson.h"
#include "formats/export/statisticsjson.h"
#include "formats/export/secretredactor.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace Cb::Formats {

using namespace Cb::Core;

RunRecord RunExporter::prepare(const RunRecord& run, const ExportOptions& options)
{
    RunRecord selected = run;
    if (!options.callIds.isEmpty()) {
        selected.calls.clear();
        for (qint64 id : options.callIds)
            if (const CallRecord* c = run.call(id))
                selected.calls.append(*c);
        selected.votes.clear();
        for (const VoteRecord& v : run.votes)
            if (options.callIds.contains(v.leftCallId) && options.callIds.contains(v.rightCallId))
                selected.votes.append(v);
        // A ranking restricted to the exported outputs is still their order.
        for (RankingRecord& r : selected.rankings)
            r.entries.removeIf([&](const RankingEntry& e) { return !options.callIds.contains(e.callId); });
        selected.rankings.removeIf([](const RankingRecord& r) { return r.entries.size() < 2; });
    }
    if (!options.includeReasoning)
        for (CallRecord& c : selected.calls) {
            c.reasoning.clear();
            for (FollowUpRecord& f : c.followUps)
                f.reasoning.clear();
        }
    if (!options.includePrompt) {
        selected.instructions.clear();
        selected.input.clear();
    }
    return SecretRedactor::redact(selected);
}

Result<QByteArray> RunExporter::render(const RunRecord& run, const ExportOptions& options,
                                       const Progress& progress)
{
    auto language = ReportLanguage::load(options.language); // a bad choice fails every format alike
    if (!language)
        return fail(language.error());
    // JSON carries the full record, prompt included, whatever the report options say.
    if (options.format == ExportFormat::Json) {
        ExportOptions all = options;
        all.includePrompt = true;
        all.includeReasoning = true;
        const RunRecord clean = prepare(run, all);
        QJsonObject document = RunRecordJson::toJson(clean);
        document.insert(QStringLiteral("statistics"), StatisticsJson::of(ReportFacts::compute(clean)));
        if (!options.fusions.isEmpty()) {
            QJsonArray fusions;
            for (const FusionRecord& f : options.fusions) {
                QJsonObject o = FusionLineage::json(f, run, true); // labels for every call, also unselected
                o.insert(QStringLiteral("provider"), f.provider);
                o.insert(QStringLiteral("model"), f.model);
                o.insert(QStringLiteral("usage"), f.usage);
                o.insert(QStringLiteral("created_at"), f.createdAt.toUTC().toString(Qt::ISODateWithMs));
                fusions.append(SecretRedactor::redactObject(o));
            }
            document.insert(QStringLiteral("fusions"), fusions);
        }
        return QJsonDocument(document).toJson(QJsonDocument::Indented);
    }
    const RunRecord clean = prepare(run, options);
    if (clean.calls.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Cb::Formats::RunExporter",
                                                "nothing to export: no calls selected"));
    const ReportFacts facts = ReportFacts::compute(clean);
    if (options.format == ExportFormat::Csv)
        return CsvRunWriter::write(clean, facts).toUtf8();
    const ReportOutline outline = ReportOutline::build(clean, facts, options, run, ReportText(*language));
    switch (options.format) {
    case ExportFormat::Markdown:
        return MarkdownReportWriter::write(outline).toUtf8();
    case ExportFormat::Html:
        return HtmlReportWriter::write(outline, options).map([](const QString& html) {
            return html.toUtf8();
        });
    case ExportFormat::Pdf: {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (auto written = PdfReportWriter::write(outline, options, &buffer, progress); !written)
            return fail(written.error());
        return bytes;
    }
    case ExportFormat::Json:
    case ExportFormat::Csv:
        break;
    }
    return fail(ErrorCode::Unsupported,
                QCoreApplication::translate("Cb::Formats::RunExporter", "unknown export format"));
}

VoidResult RunExporter::exportToFile(const RunRecord& run, const ExportOptions& options,
                                     const QString& path, const Progress& progress)
{
    auto bytes = render(run, options, progress);
    if (!bytes)
        return fail(bytes.error());
    return save(*bytes, path);
}

VoidResult RunExporter::save(const QByteArray& bytes, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("Cb::Formats::RunExporter", "cannot write %1: %2")
                        .arg(path, file.errorString()));
    return {};
}

} // namespace Cb::Formats
