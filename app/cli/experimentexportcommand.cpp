// `contextbench experiment export ID --out FILE [--format json|csv|md|html|pdf]`: the whole study in one
// file — every case × model × repeat with its state, cost, tokens and answer.
#include "cli/clireportlanguage.h"
#include "cli/clitext.h"
#include "cli/experimentcli.h"

#include "core/compare/evaluationsummary.h"
#include "core/experiment/experimentstore.h"
#include "core/history/historystore.h"
#include "formats/export/experimentexporter.h"
#include "ui/stats/reportcharts.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

namespace Cb::App {

namespace ExperimentCli {

int runExport(const QStringList& args, CliIo& io)
{
    const QString sub = QStringLiteral("export");
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Writes an experiment as recorded: every case × model × repeat with its state, billing (batch or live), "
        "cost in USD (batch calls at the batch price), tokens and the answer. Contacts no provider.\n"
        "Formats: json (everything), csv (one row per call), md (tables per case, then the answers)."));
    parser.addPositionalArgument(QStringLiteral("id"), CliText::tr("Experiment id."));
    const QCommandLineOption help = CliText::helpOption();
    const QCommandLineOption out({QStringLiteral("o"), QStringLiteral("out")},
                                 CliText::tr("The file to write (atomically)."), QStringLiteral("file"));
    const QCommandLineOption format({QStringLiteral("f"), QStringLiteral("format")},
                                    CliText::tr("json, csv, md, html or pdf (default: from the file's extension, "
                                                "else json)."),
                                    QStringLiteral("format"));
    const QCommandLineOption languageOption = reportLanguageOption();
    parser.addOptions({help, out, format, languageOption});
    if (!parser.parse(QStringList{QStringLiteral("contextbench experiment export")} + args))
        return usage(io, sub, parser.errorText());
    if (parser.isSet(help)) {
        io.out << CliText::helpText(parser, QStringLiteral("experiment export"));
        return ExitOk;
    }
    const auto given = experimentId(parser.positionalArguments());
    if (!given)
        return usage(io, sub, given.error().message);
    if (!*given)
        return usage(io, sub, CliText::tr("give the id of the experiment to export"));
    if (!parser.isSet(out) || parser.value(out).isEmpty())
        return usage(io, sub, CliText::tr("give the file to write with --out FILE"));
    const QString path = parser.value(out);
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString formatName = parser.isSet(format) ? parser.value(format).toLower()
                               : Formats::ExperimentExporter::formatFromName(suffix) ? suffix
                                                                                      : QStringLiteral("json");
    const auto chosen = Formats::ExperimentExporter::formatFromName(formatName);
    if (!chosen)
        return usage(io, sub, CliText::tr("--format must be json, csv, md, html or pdf; got '%1'").arg(formatName));
    const auto language = reportLanguageOf(parser, languageOption);
    if (!language)
        return language.error().code == Core::ErrorCode::InvalidInput ? usage(io, sub, language.error().message)
                                                                      : failure(io, sub, language.error().message);

    Services services;
    if (auto opened = services.open(); !opened)
        return failure(io, sub, opened.error().message);
    auto record = services.experiments->load(**given);
    if (!record)
        return failure(io, sub, record.error().message);
    QList<Core::RunRecord> runs;
    for (const Core::ExperimentCase& c : record->cases) {
        if (!c.runId)
            continue;
        auto run = services.history->loadRun(c.runId);
        if (!run)
            return failure(io, sub, run.error().message);
        runs << *run;
    }
    // HTML and PDF carry the results' charts (pass rate and k-of-k, cost and time, pooled win
    // rates), drawn here as the run export draws them.
    QList<Formats::ReportChart> charts;
    if (*chosen == Formats::ExperimentExporter::Format::Html || *chosen == Formats::ExperimentExporter::Format::Pdf)
        charts = Ui::ReportCharts::render(Core::EvaluationSummary::build(Core::EvaluationSummary::dataOf(runs)), *language);
    const QByteArray bytes = Formats::ExperimentExporter::write(*record, runs, *chosen, charts, *language);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return failure(io, sub, CliText::tr("cannot write %1: %2").arg(path, file.errorString()));
    io.err << CliText::tr("wrote experiment %1 (%2, %n bytes) to %3", nullptr, int(bytes.size()))
                  .arg(record->id)
                  .arg(formatName, path)
           << '\n';
    return ExitOk;
}

} // namespace ExperimentCli

} // namespace Cb::App
