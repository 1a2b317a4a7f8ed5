// `contextbench experiment run|status|resume`: studies of many cases × models × k repeats, sent
// live or through the providers' batch APIs, recorded in history and resumable.
#include "cli/clitext.h"
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
    const QString usageLead = CliText::tr("Usage:") + QLatin1Char(' ');
    const QString indent(CliText::columns(usageLead), QLatin1Char(' '));
    (help ? io.out : io.err)
        << (help ? QString()
                 : QStringLiteral("contextbench experiment: ") + CliText::tr("unknown subcommand '%1'").arg(sub) +
                       QLatin1Char('\n'))
        // "Usage: " and its translation line up the lines below under the first command.
        << usageLead << "contextbench experiment run PACK... --model PROVIDER:MODEL [--model ...] [--repeat K]\n"
        << indent << "                           [--goal TEXT]... [--mode live|batch] [--base-url P=URL]...\n"
        << indent << "                           [--detach] [--json]\n"
        << indent << "contextbench experiment status [ID] [--json]\n"
        << indent << "contextbench experiment resume [ID] [--json]\n"
        << indent << "contextbench experiment cancel ID [--json]\n"
        << indent << "contextbench experiment export ID --out FILE [--format json|csv|md]\n";
    return help ? ExitOk : ExitUsage;
}

const CliRegistration reg{
    {QStringLiteral("experiment"),
     QStringLiteral("experiment run|status|resume|cancel|export ..."),
     QT_TRANSLATE_NOOP("Cb::App::Cli", "many cases × models × k, live or through batch APIs"),
     runExperiment, /*needsGui=*/true, /*needsWidgets=*/true}}; // export to html/pdf: text layout and Qt Charts

} // namespace

} // namespace Cb::App
