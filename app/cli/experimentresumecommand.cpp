// `contextbench experiment resume [ID]`: picks up experiments left unfinished (the one given,
// or every one still running): polls their recorded batches — never creating one twice —,
// submits calls that never reached a batch, and collects results into the recorded calls.
#include "cli/clibaseurls.h"
#include "cli/clitext.h"
#include "cli/experimentcli.h"

#include "core/experiment/experimentrunner.h"
#include "core/experiment/experimentstore.h"
#include "core/history/historystore.h"

#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QTextStream>

namespace Cb::App {

namespace ExperimentCli {

namespace {

// resume, or with `cancel` ask the provider to cancel every batch and collect what came back.
int resumeOrCancel(const QStringList& args, CliIo& io, bool cancel)
{
    const QString sub = cancel ? QStringLiteral("cancel") : QStringLiteral("resume");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        cancel ? CliText::tr("Asks the providers to cancel an experiment's batches, stops its live calls, and "
                             "collects every result that came back.\nExit codes as for 'run'.")
               : CliText::tr("Polls an experiment's batches until they end and collects their results (without "
                             "ID: the oldest experiment still running).\nExit codes as for 'run': 0 every call "
                             "done, 1 none done, 2 usage, 3 some failed or still waiting."));
    parser.addPositionalArgument(QStringLiteral("id"), CliText::tr("Experiment id."));
    const QCommandLineOption help = CliText::helpOption();
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), CliText::tr("Server for a provider (repeatable)."),
                                     QStringLiteral("provider=url"));
    const QCommandLineOption poll(QStringLiteral("poll-interval"),
                                  CliText::tr("Seconds between status checks of a batch (default: 5, growing to 60)."),
                                  QStringLiteral("seconds"));
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print the summary as JSON."));
    parser.addOptions({help, baseUrl, json, poll});
    if (!parser.parse(QStringList{QStringLiteral("contextbench experiment ") + sub} + args))
        return usage(io, sub, parser.errorText());
    if (parser.isSet(help)) {
        io.out << CliText::helpText(parser, QStringLiteral("experiment ") + sub);
        return ExitOk;
    }
    const auto urls = CliBaseUrls::parse(parser.values(baseUrl));
    if (!urls)
        return usage(io, sub, urls.error().message);
    const auto given = experimentId(parser.positionalArguments());
    if (!given)
        return usage(io, sub, given.error().message);
    Services services;
    if (auto opened = services.open(); !opened)
        return failure(io, sub, opened.error().message);
    qint64 id = 0;
    if (*given) {
        id = **given;
    } else if (cancel) {
        return usage(io, sub, CliText::tr("give the id of the experiment to cancel"));
    } else {
        auto unfinished = services.experiments->unfinishedIds();
        if (!unfinished)
            return failure(io, sub, unfinished.error().message);
        if (unfinished->isEmpty()) {
            io.err << CliText::tr("no experiment is waiting to be resumed") << '\n';
            return ExitOk;
        }
        id = unfinished->first();
    }
    auto record = services.experiments->load(id);
    if (!record)
        return failure(io, sub, record.error().message);
    auto keys = services.keys(record->plan);
    if (!keys)
        return failure(io, sub, keys.error().message);
    QNetworkAccessManager network;
    auto made = makeRunner(services, &network, parser.value(poll), *urls, *keys);
    if (!made)
        return usage(io, sub, made.error().message);
    Core::ExperimentRunner& runner = **made;
    if (auto resumed = runner.resume(id); !resumed)
        return failure(io, sub, resumed.error().message);
    io.err << (cancel ? CliText::tr("cancelling experiment %1 (%n batch(es) recorded)", nullptr,
                                    int(record->batches.size()))
                      : CliText::tr("resuming experiment %1 (%n batch(es) recorded)", nullptr,
                                    int(record->batches.size())))
                      .arg(id)
           << '\n';
    io.err.flush();
    if (cancel)
        runner.cancel();
    return waitAndReport(runner, services, parser.isSet(json), false, io);
}

} // namespace

int runResume(const QStringList& args, CliIo& io)
{
    return resumeOrCancel(args, io, false);
}

int runCancel(const QStringList& args, CliIo& io)
{
    return resumeOrCancel(args, io, true);
}

} // namespace ExperimentCli

} // namespace Cb::App
