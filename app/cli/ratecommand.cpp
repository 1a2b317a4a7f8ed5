// `contextbench rate kit|import|raters|rename`: rating panels (docs/RATINGS_FILE.md). Each
// subcommand registers itself (see ratecommands.h); this file only dispatches. Runs under an
// offscreen QGuiApplication: kits render answers' Markdown through QTextDocument.
#include "cli/clitext.h"
#include "cli/ratecommands.h"

#include <QTextStream>

#include <algorithm>

namespace Cb::App {

namespace {

QList<RateSubcommand>& subcommands()
{
    static QList<RateSubcommand> list;
    return list;
}

int runRate(const QStringList& args, CliIo& io)
{
    const QString sub = args.value(0);
    for (const RateSubcommand& s : subcommands())
        if (s.name == sub)
            return s.run(args.mid(1), io);
    const bool help = sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h");
    QTextStream& stream = help ? io.out : io.err;
    if (!help)
        stream << "contextbench rate: " << CliText::tr("unknown subcommand '%1'.").arg(sub) << '\n';
    QList<RateSubcommand> sorted = subcommands();
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    stream << CliText::tr("Usage:") << '\n';
    for (const RateSubcommand& s : sorted)
        stream << "  " << s.usage << '\n';
    return help ? ExitOk : ExitUsage;
}

const CliRegistration reg{
    {QStringLiteral("rate"),
     QStringLiteral("rate kit|import|raters|rename ..."),
     QT_TRANSLATE_NOOP("Cb::App::Cli", "blind rating kits for a panel of raters, and their verdicts"),
     runRate, /*needsGui=*/true}};

} // namespace

RateRegistration::RateRegistration(RateSubcommand subcommand) { subcommands().append(std::move(subcommand)); }

} // namespace Cb::App
