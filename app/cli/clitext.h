#pragma once

#include "core/history/runrecord.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace Cb::App {

// The command line's words for people — help, progress lines, tables, errors — in the interface
// language (Cli::installLanguage). lupdate collects every CliText::tr() under one context. Never
// used for what a script reads: JSON, CSV, tab-separated lists, option and command names.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cb::App::Cli)
public:
    // "See 'contextbench run --help'." after a usage error.
    static QString seeHelp(const QString& command);
    // "warning: …" on stderr.
    static QString warning(const QString& message);
    // -h, --help of every subcommand.
    static QCommandLineOption helpOption();
    // A subcommand's --help: the parser's text with its usage line naming the program as users
    // type it ("Usage: contextbench run [options] pack"); QCommandLineParser itself puts the
    // executable's path there and leaves the subcommand out. `command` is "run", "pack add"…
    static QString helpText(const QCommandLineParser& parser, const QString& command);
    // The basename of argv[0] ("contextbench"), what the user typed to start us.
    static QString programName();
    // A call's state as people read it ("streaming"); JSON keeps Core::callStatusName.
    static QString callStatus(Core::CallStatus status);
    // An experiment's recorded status ("running", "done", "cancelled") as people read it.
    static QString experimentStatus(const QString& status);
    // A batch's recorded state (batchStateName: "in_progress", "completed"…) as people read it.
    static QString batchStatus(const QString& state);
    // Terminal columns the text takes: Hangul and other East Asian wide characters take two,
    // so Korean table headers line up with the numbers under them.
    static qsizetype columns(const QString& text);
    // `text` filled with spaces to `width` columns, on the right (`alignRight` false) or left.
    static QString padded(const QString& text, qsizetype width, bool alignRight = false);
};

// Installs the translators of the interface language on the command line's application: the
// saved setting (Settings › General) if the user chose one, else the system locale — the same
// choice as the window (Ui::UiLanguage).
void installCliLanguage(QCoreApplication* app);

} // namespace Cb::App
