// `contextbench experiment run|status|resume`: studies of many cases × models × k repeats, sent
// live or through the providers' batch APIs, recorded in history and resumable.
#include "cli/experimentcli.h"

#include <QTextStream>

namespace Cb::App {

namespace {

int runExperiment(const QStringList& args, CliIo& io)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QStringLiteral("run"))
        return ExperimentCli::runRun(rest, io);
    if (sub == QStringLiteral("status"))
        return ExperimentCli::runStatus(rest, io);
    if (sub == QStringLiteral("resume"))
        return ExperimentCli::runResume(rest, io);
    if (sub == QStringLiteral("cancel"))
        return ExperimentCli::runCancel(rest, io);
    if (sub == QStringLiteral("export"))
        return ExperimentCli::runExport(rest, io);
    const bool help = sub.isEmpty() || sub == QStringLiteral("--help") || sub == QStringLiteral("-h");
    (help ? io.out : io.err)
        << (help ? QString() : QStringLiteral("contextbench experiment: unknown subcommand '%1'\n").arg(sub))
        << "Usage: contextbench experiment run PACK... --model PROVIDER:MODEL [--model ...] [--repeat K]\n"
           "                                  [--goal TEXT]... [--mode live|batch] [--base-url P=URL]...\n"
           "                                  [--detach] [--json]\n"
           "       contextbench experiment status [ID] [--json]\n"
           "       contextbench experiment resume [ID] [--json]\n"
           "       contextbench experiment cancel ID [--json]\n"
           "       contextbench experiment export ID --out FILE [--format json|csv|md]\n";
    return help ? ExitOk : ExitUsage;
}

const CliRegistration reg{
    {QStringLiteral("experiment"),
     QStringLiteral("experiment run|status|resume|cancel|export ...  many cases × models × k, live or through batch APIs"),
     runExperiment, /*needsGui=*/true, /*needsWidgets=*/true}}; // export to html/pdf: text layout and Qt Charts

} // namespace

} // namespace Cb::App
