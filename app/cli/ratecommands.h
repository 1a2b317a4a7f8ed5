#pragma once

#include "cli/clicommand.h"

namespace Cb::App {

// The `contextbench rate` subcommands. ratecommand.cpp registers `rate` and dispatches on the
// first argument; each subcommand lives in its own file, defines its function below and
// registers it with one line, so the dispatcher links whichever subcommands the build has:
//
//     const RateRegistration reg{{QStringLiteral("import"),
//                                 QStringLiteral("contextbench rate import FILE..."), runRateImport}};
//
// Every function gets the arguments after its subcommand name (`rate import a.json b.json`
// passes {"a.json", "b.json"}), prints to io.out / io.err and returns an ExitCode.
int runRateKit(const QStringList& args, CliIo& io);    // ratekitcommand.cpp: rate kit (RUN_ID | --experiment ID) --rater NAME... --out DIR
int runRateImport(const QStringList& args, CliIo& io); // rate import FILE...
int runRateRaters(const QStringList& args, CliIo& io); // rate raters
int runRateRename(const QStringList& args, CliIo& io); // rate rename RATER_ID NAME

struct RateSubcommand
{
    QString name;  // "kit", "import", "raters", "rename"
    QString usage; // one line for `contextbench rate --help`
    std::function<int(const QStringList& args, CliIo& io)> run;
};

struct RateRegistration
{
    explicit RateRegistration(RateSubcommand subcommand);
};

} // namespace Cb::App
