#include "cli/clicommand.h"

#include <cb_version.h>

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace Cb::App {

namespace {
QList<CliCommand>& registry()
{
    static QList<CliCommand> commands;
    return commands;
}

void printHelp(QTextStream& out)
{
    out << "ContextBench " << Cb::kVersion
        << " - build context packs and compare reasoning models side by side.\n\n"
        << "Usage:\n"
        << "  contextbench [FILE.ctxpack]      open the window (with a pack)\n"
        << "  contextbench COMMAND [ARGS...]   run a command without a display\n"
        << "  contextbench --version | --help\n\n"
        << "Commands:\n";
    for (const CliCommand& c : CliRegistry::all())
        out << "  " << c.synopsis << "\n";
    out << "\nRun 'contextbench COMMAND --help' for a command's options.\n"
        << "API keys come from the system keychain or OPENAI_API_KEY, ANTHROPIC_API_KEY, GEMINI_API_KEY.\n";
}
} // namespace

void CliRegistry::add(CliCommand command) { registry().append(std::move(command)); }

const CliCommand* CliRegistry::find(const QString& name)
{
    for (const CliCommand& c : registry())
        if (c.name == name)
            return &c;
    return nullptr;
}

QList<CliCommand> CliRegistry::all()
{
    QList<CliCommand> sorted = registry();
    std::sort(sorted.begin(), sorted.end(),
              [](const CliCommand& a, const CliCommand& b) { return a.name < b.name; });
    return sorted;
}

bool wantsCommandLine(int argc, char** argv)
{
    if (argc < 2)
        return false;
    const QString first = QString::fromLocal8Bit(argv[1]);
    return first == QLatin1String("--help") || first == QLatin1String("-h") ||
           first == QLatin1String("--version") || first == QLatin1String("-v") ||
           first == QLatin1String("help") || CliRegistry::find(first) != nullptr;
}

int runCommandLine(int argc, char** argv)
{
    // The application object has to exist before arguments are parsed; peek at the raw
    // subcommand name to know which kind it must be.
    const CliCommand* peeked = argc > 1 ? CliRegistry::find(QString::fromLocal8Bit(argv[1])) : nullptr;
    std::unique_ptr<QCoreApplication> appHolder;
    if (peeked && (peeked->needsGui || peeked->needsWidgets)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (peeked->needsWidgets)
            appHolder = std::make_unique<QApplication>(argc, argv);
        else
            appHolder = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        appHolder = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *appHolder;
    QCoreApplication::setOrganizationName(QString::fromLatin1(Cb::kOrgName));
    QCoreApplication::setApplicationName(QStringLiteral("contextbench"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Cb::kVersion));
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliIo io{out, err};

    QStringList args = app.arguments().mid(1);
    const QString first = args.value(0);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << "contextbench " << Cb::kVersion << "\n";
        return ExitOk;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printHelp(out);
        return ExitOk;
    }
    const CliCommand* command = CliRegistry::find(first);
    if (!command) {
        err << "contextbench: unknown command '" << first << "'. See 'contextbench --help'.\n";
        return ExitUsage;
    }
    args.removeFirst();
    const int code = command->run(args, io);
    out.flush();
    err.flush();
    return code;
}

} // namespace Cb::App
