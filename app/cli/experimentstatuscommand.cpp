// `contextbench experiment status [ID]`: what the history knows about an experiment (the newest
// one without ID) — its batches and every call — without contacting any provider.
#include "cli/clitext.h"
#include "cli/experimentcli.h"

#include "core/experiment/experimentstore.h"
#include "core/history/historystore.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

namespace Cb::App {

namespace ExperimentCli {

int runStatus(const QStringList& args, CliIo& io)
{
    const QString sub = QStringLiteral("status");
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Shows an experiment as recorded: its batches and every call. Contacts no provider; "
        "'experiment resume' polls and collects.\nExit codes as for 'run': 0 every call done, 1 none done, "
        "3 some failed or still waiting."));
    parser.addPositionalArgument(QStringLiteral("id"), CliText::tr("Experiment id (default: the newest)."));
    const QCommandLineOption help = CliText::helpOption();
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print as JSON."));
    parser.addOptions({help, json});
    if (!parser.parse(QStringList{QStringLiteral("contextbench experiment status")} + args))
        return usage(io, sub, parser.errorText());
    if (parser.isSet(help)) {
        io.out << CliText::helpText(parser, QStringLiteral("experiment status"));
        return ExitOk;
    }
    const auto given = experimentId(parser.positionalArguments());
    if (!given)
        return usage(io, sub, given.error().message);
    Services services;
    if (auto opened = services.open(); !opened)
        return failure(io, sub, opened.error().message);
    qint64 id = 0;
    if (*given) {
        id = **given;
    } else {
        auto all = services.experiments->list();
        if (!all)
            return failure(io, sub, all.error().message);
        if (all->isEmpty())
            return failure(io, sub, CliText::tr("there is no experiment yet"));
        id = all->first().id;
    }
    auto record = services.experiments->load(id);
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
    if (parser.isSet(json))
        io.out << QString::fromUtf8(QJsonDocument(summaryJson(*record, runs)).toJson(QJsonDocument::Indented));
    else
        io.out << readableSummary(*record, runs);
    io.out.flush();
    return exitCode(runs);
}

} // namespace ExperimentCli

} // namespace Cb::App
