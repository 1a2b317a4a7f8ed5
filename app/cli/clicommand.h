#pragma once

#include <QStringList>

#include <functional>

class QTextStream;

namespace Cb::App {

// Streams and exit codes shared by the subcommands.
struct CliIo
{
    QTextStream& out;
    QTextStream& err;
};

enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2, ExitPartial = 3 };

// A subcommand of `contextbench`, registered by a static CliRegistration in its own file.
// run() gets the arguments after the subcommand name and returns the exit code; it may run the
// QCoreApplication event loop itself for asynchronous work. Never needs a display.
struct CliCommand
{
    QString name;
    QString usage;                 // "count [--json] PATH...": never translated
    const char* summary = nullptr; // what it does: QT_TRANSLATE_NOOP("Cb::App::Cli", …), shown by --help
    std::function<int(const QStringList& args, CliIo& io)> run{};
    // Runs under a QGuiApplication on the offscreen platform (fonts, text layout, PDF) instead
    // of a QCoreApplication; still needs no display.
    bool needsGui = false;
    // Runs under a QApplication, also offscreen, for widget-based drawing (the report's Qt
    // Charts). Chosen before the arguments are read, so a command that may draw charts always
    // gets one; the offscreen QApplication costs little more than a QGuiApplication.
    bool needsWidgets = false;
};

class CliRegistry
{
public:
    static void add(CliCommand command);
    static const CliCommand* find(const QString& name);
    static QList<CliCommand> all(); // sorted by name
    // The registered command nearest to a mistyped name (edit distance).
    static QString closest(const QString& name);
};

struct CliRegistration
{
    explicit CliRegistration(CliCommand command) { CliRegistry::add(std::move(command)); }
};

// Entry point for command-line use; returns the process exit code.
int runCommandLine(int argc, char** argv);
// True when argv asks for the command line: anything but nothing, a Qt window option (-style)
// or a file the window can open (an existing file, a .ctxpack path). Unknown commands land in
// the command line too, which says so and exits 2.
bool wantsCommandLine(int argc, char** argv);

} // namespace Cb::App
