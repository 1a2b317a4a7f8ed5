// `contextbench pack add`: imports files and folders into a pack through the same importers and
// section choice as the window. One bad file never stops the others: they are listed on stderr
// with the reason and the exit code is 3.
#include "cli/packcommands.h"

#include "core/pack/packimportmapping.h"
#include "formats/importers/importerregistry.h"
#include "formats/importers/importjob.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QTextStream>

#include <memory>

namespace Cb::App::PackCli {

int runAdd(const QStringList& args, CliIo& io)
{
    const QString sub = QStringLiteral("add");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Imports files and folders into a pack (folders honour .gitignore and skip lock files and "
        "binaries).\nWithout --section, each document goes to the section its format suggests: "
        "transcripts to Meetings,\naudio to Memos, code to Code, everything else to Documents.\n"
        "Exit codes: 0 done, 1 failure (pack unchanged), 2 usage, 3 some files failed (the others "
        "were added)."));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The .ctxpack file."));
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 QStringLiteral("Files and folders to add."),
                                 QStringLiteral("PATH..."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    const QCommandLineOption section(
        QStringLiteral("section"),
        QStringLiteral("Put everything into this section (created if missing)."),
        QStringLiteral("name"));
    const QCommandLineOption quiet({QStringLiteral("q"), QStringLiteral("quiet")},
                                   QStringLiteral("Do not list skipped files on stderr."));
    parser.addOptions({help, section, quiet});
    if (!parser.parse(QStringList{QStringLiteral("contextbench pack add")} + args))
        return usage(io, sub, parser.errorText());
    if (parser.isSet(help)) {
        io.out << parser.helpText();
        return ExitOk;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return usage(io, sub, QStringLiteral("expected a pack file and at least one path"));
    const QString packPath = positional.takeFirst();
    auto pack = load(packPath, io, sub);
    if (!pack)
        return ExitFailure;

    QStringList paths;
    int missing = 0;
    for (const QString& path : std::as_const(positional)) {
        if (QFileInfo::exists(path)) {
            paths.append(QFileInfo(path).absoluteFilePath());
        } else {
            io.err << "failed: " << path << ": no such file or folder\n";
            ++missing;
        }
    }

    Formats::ImportJob job(std::make_shared<const Formats::ImporterRegistry>());
    QEventLoop loop;
    QObject::connect(&job, &Formats::ImportJob::finished, &loop, &QEventLoop::quit);
    QObject::connect(&job, &Formats::ImportJob::failed, &loop, &QEventLoop::quit);
    if (!paths.isEmpty()) {
        job.start(paths);
        loop.exec();
    }
    const Core::ImportReport& report = job.report();
    for (const Core::ImportedDocument& document : report.documents) {
        const QString name = parser.isSet(section) ? parser.value(section)
                                                   : Core::PackImportMapping::sectionFor(document);
        pack->sections[ensureSection(*pack, name)].items.append(
            Core::PackImportMapping::itemFrom(document));
    }
    if (!parser.isSet(quiet))
        for (const Core::ImportIssue& issue : report.skipped)
            io.err << "skipped: " << issue.path << ": " << issue.reason << '\n';
    for (const Core::ImportIssue& issue : report.failed)
        io.err << "failed: " << issue.path << ": " << issue.reason << '\n';

    if (!report.documents.isEmpty() && !save(*pack, packPath, io, sub))
        return ExitFailure;
    const int failed = int(report.failed.size()) + missing;
    io.out << "added " << report.documents.size() << " document(s)";
    if (!report.skipped.isEmpty())
        io.out << ", skipped " << report.skipped.size();
    if (failed > 0)
        io.out << ", " << failed << " failed";
    io.out << '\n';
    return failed > 0 ? ExitPartial : ExitOk;
}

} // namespace Cb::App::PackCli
