// `contextbench pack add`: imports files and folders into a pack through the same importers and
// section choice as the window. One bad file never stops the others: they are listed on stderr
// with the reason and the exit code is 3. Voice memos are transcribed through the OpenAI
// transcription API, like in the window.
#include "cli/clibaseurls.h"
#include "cli/clitext.h"
#include "cli/packcommands.h"

#include "core/importing/audiotranscriber.h"
#include "core/pack/packimportmapping.h"
#include "core/secrets/keychainbackend.h"
#include "core/secrets/secretstore.h"
#include "core/settings/qsettingsstore.h"
#include "core/settings/settings.h"
#include "formats/importers/importerregistry.h"
#include "formats/importers/importjob.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QHash>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTextStream>

#include <memory>

namespace Cb::App::PackCli {

namespace {

// Transcribes the memos the import left waiting, one at a time, and puts each transcript in
// place of its document; memos that fail are removed from `documents` and added to `failed`.
// Base URL and model: the options if given, else the window's settings.
void transcribeMemos(QList<Core::ImportedDocument>& documents, Core::ImportIssues& failed,
                     const QString& baseUrl, const QString& model, CliIo& io)
{
    QList<Core::ImportedDocument*> memos;
    for (Core::ImportedDocument& document : documents)
        if (document.needsTranscription)
            memos.append(&document);
    if (memos.isEmpty())
        return;
    Core::QSettingsStore store;
    const Core::Settings settings(store);
    QNetworkAccessManager network;
    Core::KeychainBackend keychain(QStringLiteral("ContextBench"));
    Core::SecretStore secrets(&keychain);
    Core::TranscriptionSetup setup;
    setup.network = &network;
    setup.secrets = &secrets;
    setup.baseUrl = baseUrl.isEmpty() ? settings.get(Core::Keys::OpenAiBaseUrl) : baseUrl;
    setup.model = model.isEmpty() ? settings.get(Core::Keys::TranscriptionModel) : model;
    Core::AudioTranscriber transcriber;
    transcriber.setSetup(setup);
    QHash<QString, Core::ImportedDocument> transcripts;
    QSet<QString> failedPaths;
    QEventLoop loop;
    QObject::connect(&transcriber, &Core::AudioTranscriber::transcribing, &loop,
                     [&io](const QString& path) {
                         io.err << CliText::tr("transcribing: %1").arg(path) << '\n';
                         io.err.flush();
                     });
    QObject::connect(&transcriber, &Core::AudioTranscriber::transcribed, &loop,
                     [&transcripts](const Core::ImportedDocument& document) {
                         transcripts.insert(document.sourcePath, document);
                     });
    QObject::connect(&transcriber, &Core::AudioTranscriber::failed, &loop,
                     [&failed, &failedPaths](const Core::ImportIssue& issue) {
                         failed.append(issue);
                         failedPaths.insert(issue.path);
                     });
    QObject::connect(&transcriber, &Core::AudioTranscriber::idle, &loop, &QEventLoop::quit);
    for (const Core::ImportedDocument* memo : std::as_const(memos))
        transcriber.add(*memo);
    loop.exec();
    // Keeps the order the files were given in.
    for (qsizetype i = documents.size() - 1; i >= 0; --i) {
        if (!documents[i].needsTranscription)
            continue;
        if (transcripts.contains(documents[i].sourcePath))
            documents[i] = transcripts.value(documents[i].sourcePath);
        else
            documents.removeAt(i);
    }
}

} // namespace

int runAdd(const QStringList& args, CliIo& io)
{
    const QString sub = QStringLiteral("add");
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Imports files and folders into a pack (folders honour .gitignore and skip lock files and "
        "binaries).\nWithout --section, each document goes to the section its format suggests: "
        "transcripts to Meetings,\naudio to Memos, code to Code, everything else to Documents.\n"
        "Voice memos (m4a, mp3, wav, ogg, webm, flac; at most 25 MB each) are transcribed through "
        "OpenAI's\n/v1/audio/transcriptions with the key from the keychain or OPENAI_API_KEY; the "
        "transcript becomes the item.\n"
        "Exit codes: 0 done, 1 failure (pack unchanged), 2 usage, 3 some files failed (the others "
        "were added)."));
    parser.addPositionalArgument(QStringLiteral("file"), CliText::tr("The .ctxpack file."));
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 CliText::tr("Files and folders to add."),
                                 QStringLiteral("PATH..."));
    const QCommandLineOption help = CliText::helpOption();
    const QCommandLineOption section(
        QStringLiteral("section"),
        CliText::tr("Put everything into this section (created if missing)."),
        QStringLiteral("name"));
    const QCommandLineOption quiet({QStringLiteral("q"), QStringLiteral("quiet")},
                                   CliText::tr("Do not list skipped files on stderr."));
    const QCommandLineOption baseUrl(
        QStringLiteral("base-url"),
        CliText::tr("Transcription server, e.g. openai=http://localhost:8000/v1 (default: the "
                    "OpenAI base URL from Settings)."),
        QStringLiteral("openai=url"));
    const QCommandLineOption model(
        QStringLiteral("transcription-model"),
        CliText::tr("Model for voice memos (default: Settings, else gpt-4o-mini-transcribe)."),
        QStringLiteral("model"));
    parser.addOptions({help, section, quiet, baseUrl, model});
    if (!parser.parse(QStringList{QStringLiteral("contextbench pack add")} + args))
        return usage(io, sub, parser.errorText());
    if (parser.isSet(help)) {
        io.out << CliText::helpText(parser, QStringLiteral("pack add"));
        return ExitOk;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return usage(io, sub, CliText::tr("expected a pack file and at least one path"));
    const auto urls = CliBaseUrls::parse(parser.values(baseUrl));
    if (!urls)
        return usage(io, sub, urls.error().message);
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
            io.err << CliText::tr("failed: %1: %2").arg(path, CliText::tr("no such file or folder")) << '\n';
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
    Core::ImportReport report = job.report();
    transcribeMemos(report.documents, report.failed, urls->value(QStringLiteral("openai")),
                    parser.value(model), io);
    for (const Core::ImportedDocument& document : std::as_const(report.documents)) {
        const QString name = parser.isSet(section)
                                 ? parser.value(section)
                                 : Core::PackImportMapping::sectionIn(*pack, document);
        pack->sections[ensureSection(*pack, name)].items.append(
            Core::PackImportMapping::itemFrom(document));
    }
    if (!parser.isSet(quiet))
        for (const Core::ImportIssue& issue : report.skipped)
            io.err << CliText::tr("skipped: %1: %2").arg(issue.path, issue.reason) << '\n';
    for (const Core::ImportIssue& issue : report.failed)
        io.err << CliText::tr("failed: %1: %2").arg(issue.path, issue.reason) << '\n';
    // What an import left out or repaired (images, pages without text, bad bytes): the window
    // shows it in the import report, so the command line says it too.
    for (const Core::ImportedDocument& document : std::as_const(report.documents))
        for (const QString& note : document.notes)
            io.err << CliText::tr("note: %1: %2").arg(document.sourcePath, note) << '\n';

    if (!report.documents.isEmpty() && !save(*pack, packPath, io, sub))
        return ExitFailure;
    const int failed = int(report.failed.size()) + missing;
    io.out << CliText::tr("added %n document(s)", nullptr, int(report.documents.size()));
    if (!report.skipped.isEmpty())
        io.out << ", " << CliText::tr("skipped %1").arg(report.skipped.size());
    if (failed > 0)
        io.out << ", " << CliText::tr("%1 failed").arg(failed);
    io.out << '\n';
    return failed > 0 ? ExitPartial : ExitOk;
}

} // namespace Cb::App::PackCli
