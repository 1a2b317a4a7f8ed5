// `contextbench export`: writes a run from the history database as PDF, Markdown, HTML, JSON
// or CSV. Runs under an offscreen QApplication (needsWidgets): reports lay out text, and the
// statistics charts are Qt Charts widgets.
#include "cli/clicommand.h"
#include "cli/clireportlanguage.h"
#include "cli/clitext.h"

#include "core/history/database.h"
#include "core/history/fusionstore.h"
#include "core/history/historystore.h"
#include "formats/export/exportoptions.h"
#include "formats/export/runexporter.h"
#include "ui/stats/reportcharts.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

namespace Cb::App {

namespace {

using Formats::ExportFormat;

int usage(CliIo& io, const QString& message)
{
    io.err << "contextbench export: " << message << '\n'
           << CliText::seeHelp(QStringLiteral("contextbench export")) << '\n';
    return ExitUsage;
}

int failure(CliIo& io, const QString& message)
{
    io.err << "contextbench export: " << message << '\n';
    return ExitFailure;
}

int runExport(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Exports a run from the history (%1) as a report or data file.\n"
                    "Exit codes: 0 done, 1 failure (no such run, unwritable file), 2 usage.")
            .arg(Core::Database::defaultPath()));
    parser.addPositionalArgument(QStringLiteral("run"), CliText::tr("The run id."),
                                 QStringLiteral("RUN_ID | --last"));
    const QCommandLineOption helpOption = CliText::helpOption();
    const QCommandLineOption lastOption(QStringLiteral("last"),
                                        CliText::tr("Export the most recent run."));
    const QCommandLineOption formatOption(
        {QStringLiteral("f"), QStringLiteral("format")},
        CliText::tr("Output format (default: from the --out extension, else pdf)."),
        QStringLiteral("pdf|md|html|json|csv"));
    const QCommandLineOption outOption({QStringLiteral("o"), QStringLiteral("out")},
                                       CliText::tr("The file to write (atomically)."),
                                       QStringLiteral("file"));
    const QCommandLineOption pageOption(QStringLiteral("page-size"),
                                        CliText::tr("PDF page size (default A4)."),
                                        QStringLiteral("A4|Letter"), QStringLiteral("A4"));
    const QCommandLineOption sideOption(QStringLiteral("side-by-side"),
                                        CliText::tr("PDF/HTML: two outputs per page."));
    const QCommandLineOption promptOption(
        QStringLiteral("include-prompt"),
        CliText::tr("Add the exact instructions and input as an appendix."));
    const QCommandLineOption noReasoningOption(QStringLiteral("no-reasoning"),
                                               CliText::tr("Leave out reasoning summaries."));
    const QCommandLineOption noManifestOption(QStringLiteral("no-manifest"),
                                              CliText::tr("Leave out the manifest appendix."));
    const QCommandLineOption languageOption = reportLanguageOption();
    parser.addOptions({helpOption, lastOption, formatOption, outOption, pageOption, sideOption,
                       promptOption, noReasoningOption, noManifestOption, languageOption});
    if (!parser.parse(QStringList{QStringLiteral("contextbench export")} + args))
        return usage(io, parser.errorText());
    if (parser.isSet(helpOption)) {
        io.out << CliText::helpText(parser, QStringLiteral("export"));
        return ExitOk;
    }

    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(lastOption) == (positional.size() == 1) || positional.size() > 1)
        return usage(io, CliText::tr("give one run id or --last"));
    bool idOk = true;
    const qint64 requestedId = positional.isEmpty() ? 0 : positional.first().toLongLong(&idOk);
    if (!idOk || (!positional.isEmpty() && requestedId <= 0))
        return usage(
            io,
            CliText::tr("run id must be a positive number, got '%1'").arg(positional.first()));
    if (!parser.isSet(outOption))
        return usage(io, CliText::tr("--out FILE is required"));
    const QString out = parser.value(outOption);

    Formats::ExportOptions options;
    const QString formatName =
        parser.isSet(formatOption) ? parser.value(formatOption) : QFileInfo(out).suffix();
    const auto format = Formats::exportFormatFromName(formatName);
    if (!format && parser.isSet(formatOption))
        return usage(io, CliText::tr("--format must be pdf, md, html, json or csv"));
    options.format = format.value_or(ExportFormat::Pdf);
    const auto pageSize = Formats::pageSizeFromName(parser.value(pageOption));
    if (!pageSize)
        return usage(io, CliText::tr("--page-size must be A4 or Letter"));
    options.pageSize = *pageSize;
    options.layout = parser.isSet(sideOption) ? Formats::ReportLayout::SideBySide
                                              : Formats::ReportLayout::Sequential;
    options.includePrompt = parser.isSet(promptOption);
    options.includeReasoning = !parser.isSet(noReasoningOption);
    options.includeManifest = !parser.isSet(noManifestOption);
    const auto language = reportLanguageOf(parser, languageOption);
    if (!language)
        return language.error().code == Core::ErrorCode::InvalidInput ? usage(io, language.error().message)
                                                                      : failure(io, language.error().message);
    options.language = language->code();

    const QString dbPath = Core::Database::defaultPath();
    if (!QFileInfo::exists(dbPath))
        return failure(io, CliText::tr("no history yet (%1 does not exist)").arg(dbPath));
    auto db = Core::Database::open(dbPath);
    if (!db)
        return failure(io, db.error().message);
    Core::HistoryStore store(**db);
    qint64 runId = requestedId;
    if (parser.isSet(lastOption)) {
        auto last = store.lastRunId();
        if (!last)
            return failure(io, last.error().message);
        if (!*last)
            return failure(io, CliText::tr("the history has no runs"));
        runId = **last;
    }
    auto run = store.loadRun(runId);
    if (!run)
        return failure(io, run.error().message);
    // Fused plans go into the report after the answers, each section with its sources.
    auto fusions = Core::FusionStore(**db).ofRun(runId);
    if (!fusions)
        return failure(io, fusions.error().message);
    options.fusions = *fusions;

    // PDF and HTML reports embed the statistics charts when the run has votes, rankings or
    // judgements (Markdown leaves them out; see ReportChart).
    if (options.format == ExportFormat::Pdf || options.format == ExportFormat::Html)
        options.charts = Ui::ReportCharts::render(*run, options);
    if (auto written = Formats::RunExporter::exportToFile(*run, options, out); !written)
        return failure(io, written.error().message);
    io.err << CliText::tr("wrote %1").arg(out) << '\n';
    return ExitOk;
}

const CliRegistration reg{{QStringLiteral("export"),
                           QStringLiteral("export (RUN_ID | --last) --format pdf|md|html|json|csv "
                                          "--out FILE [--page-size A4|Letter] [--language en|ko]"),
                           QT_TRANSLATE_NOOP("Cb::App::Cli", "export a run"),
                           runExport, false, true}};

} // namespace

} // namespace Cb::App
