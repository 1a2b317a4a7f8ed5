#include "cli/clicommand.h"
#include "cli/clitext.h"

#include <cb_version.h>

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <limits>
#include <memory>

namespace Cb::App {

namespace {
// Levenshtein distance, for "did you mean" on a mistyped command.
qsizetype editDistance(const QString& a, const QString& b)
{
    QList<qsizetype> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        qsizetype diagonal = row[0];
        row[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

QList<CliCommand>& registry()
{
    static QList<CliCommand> commands;
    return commands;
}

void printHelp(QTextStream& out)
{
    out << "ContextBench " << Cb::kVersion << " - "
        << CliText::tr("build context packs and compare reasoning models side by side.") << "\n\n"
        << CliText::tr("Usage:") << '\n'
        << "  contextbench [FILE.ctxpack]      " << CliText::tr("open the window (with a pack)") << '\n'
        << "  contextbench COMMAND [ARGS...]   " << CliText::tr("run a command without a display") << '\n'
        << "  contextbench --version | --help\n\n"
        << CliText::tr("Commands:") << '\n';
    for (const CliCommand& c : CliRegistry::all())
        out << "  " << c.usage << "  " << CliText::tr(c.summary) << '\n';
    out << '\n'
        << CliText::tr("Run 'contextbench COMMAND --help' for a command's options.") << '\n'
        << CliText::tr("API keys come from the system keychain or OPENAI_API_KEY, ANTHROPIC_API_KEY, "
                       "GEMINI_API_KEY.")
        << '\n';
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

QString CliRegistry::closest(const QString& name)
{
    QString best;
    qsizetype bestDistance = std::numeric_limits<qsizetype>::max();
    for (const CliCommand& c : all()) {
        const qsizetype d = editDistance(name.toLower(), c.name);
        if (d < bestDistance) {
            bestDistance = d;
            best = c.name;
        }
    }
    return best;
}

bool wantsCommandLine(int argc, char** argv)
{
    if (argc < 2)
        return false;
    const QString first = QString::fromLocal8Bit(argv[1]);
    if (CliRegistry::find(first) || first == QLatin1String("help"))
        return true;
    if (first == QLatin1String("--restore-session")) // the window restarting itself (Ui::RestartSession)
        return false;
    // Single-dash words are Qt's own window options (-style, -platform, -reverse...).
    if (first.startsWith(QLatin1Char('-')) && !first.startsWith(QLatin1String("--")))
        return first == QLatin1String("-h") || first == QLatin1String("-v");
    // The window opens only for something it can open: an existing file or a pack path (a new
    // pack may be created there). Anything else is a mistyped command, answered here, because
    // a window started on a machine without a display would wait for ever.
    const QFileInfo file(first);
    const bool openable = (file.exists() && !file.isDir()) || first.endsWith(QLatin1String(".ctxpack"), Qt::CaseInsensitive);
    return !openable;
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
    installCliLanguage(&app);
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
        if (first.startsWith(QLatin1String("--")))
            err << "contextbench: " << CliText::tr("unknown option '%1'.").arg(first);
        else if (first.contains(QLatin1Char('/')) || QFileInfo::exists(first))
            err << "contextbench: "
                << CliText::tr("'%1' is neither a command nor something the window can open (an existing file or "
                               "a .ctxpack pack).")
                       .arg(first);
        else
            err << "contextbench: "
                << CliText::tr("unknown command '%1'. The closest command is '%2'.")
                       .arg(first, CliRegistry::closest(first));
        err << ' ' << CliText::seeHelp(QStringLiteral("contextbench")) << '\n';
        return ExitUsage;
    }
    args.removeFirst();
    const int code = command->run(args, io);
    out.flush();
    err.flush();
    return code;
}

} // namespace Cb::App
