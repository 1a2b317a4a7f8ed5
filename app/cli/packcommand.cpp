// `contextbench pack new|add|note|list`: create and fill context packs without a display.
// The file format is documented in docs/PACK_FORMAT.md.
#include "cli/clitext.h"
#include "cli/packcommands.h"

#include "core/harness/clarificationnote.h"
#include "core/pack/packfile.h"
#include "core/tokenize/tokenizerregistry.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Cb::App {

namespace PackCli {

int usage(CliIo& io, const QString& sub, const QString& message)
{
    io.err << "contextbench pack " << sub << ": " << message << '\n'
           << CliText::seeHelp(QStringLiteral("contextbench pack ") + sub) << '\n';
    return ExitUsage;
}

Core::Result<Core::Pack> load(const QString& path, CliIo& io, const QString& sub)
{
    auto pack = Core::PackFile::load(path);
    if (!pack)
        io.err << "contextbench pack " << sub << ": " << pack.error().message << '\n';
    return pack;
}

bool save(const Core::Pack& pack, const QString& path, CliIo& io, const QString& sub)
{
    if (auto saved = Core::PackFile::save(pack, path); !saved) {
        io.err << "contextbench pack " << sub << ": " << saved.error().message << '\n';
        return false;
    }
    return true;
}

int ensureSection(Core::Pack& pack, const QString& name)
{
    const int existing = pack.sectionIndex(name);
    if (existing >= 0)
        return existing;
    Core::PackSection section;
    section.id = Core::PackItem::newId();
    section.name = name;
    pack.sections.append(section);
    return int(pack.sections.size()) - 1;
}

} // namespace PackCli

namespace {

// Parses "contextbench pack <sub> ..." and handles --help; nullopt-like false = stop with code.
bool parse(QCommandLineParser& parser, const QString& sub, const QStringList& args, CliIo& io,
           int& code)
{
    const QCommandLineOption help = CliText::helpOption();
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("contextbench pack ") + sub} + args)) {
        code = PackCli::usage(io, sub, parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        io.out << CliText::helpText(parser, QStringLiteral("pack ") + sub);
        code = ExitOk;
        return false;
    }
    return true;
}

int runNew(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Creates an empty pack with the usual sections."));
    parser.addPositionalArgument(QStringLiteral("file"),
                                 CliText::tr("The .ctxpack file to create."));
    const QCommandLineOption title(QStringLiteral("title"), CliText::tr("The pack's title."),
                                   QStringLiteral("text"));
    parser.addOption(title);
    int code = ExitOk;
    if (!parse(parser, QStringLiteral("new"), args, io, code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return PackCli::usage(io, QStringLiteral("new"), CliText::tr("expected one pack file"));
    const QString path = parser.positionalArguments().first();
    if (QFileInfo::exists(path)) {
        io.err << "contextbench pack new: " << CliText::tr("%1 already exists; it was left unchanged.").arg(path)
               << '\n';
        return ExitFailure;
    }
    Core::Pack pack;
    pack.title = parser.isSet(title) ? parser.value(title) : QFileInfo(path).completeBaseName();
    pack.created = QDateTime::currentDateTimeUtc();
    for (const char* name : {"Goals", "Meetings", "Memos", "Notes", "Documents"})
        PackCli::ensureSection(pack, QString::fromLatin1(name));
    return PackCli::save(pack, path, io, QStringLiteral("new")) ? ExitOk : ExitFailure;
}

// `pack note --answers`: the questions of an ask with the user's answers, as the window adds them.
int addAnswers(const QString& path, const QString& source, const QString& sectionName, CliIo& io)
{
    const QString sub = QStringLiteral("note");
    QFile in;
    const bool opened = source == QLatin1String("-") ? in.open(stdin, QIODevice::ReadOnly)
                                                     : (in.setFileName(source), in.open(QIODevice::ReadOnly));
    if (!opened) {
        io.err << "contextbench pack note: " << CliText::tr("cannot read %1: %2").arg(source, in.errorString()) << '\n';
        return ExitFailure;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(in.readAll(), &error);
    if (!doc.isObject()) {
        io.err << "contextbench pack note: "
               << (error.error != QJsonParseError::NoError
                       ? CliText::tr("%1 is not a JSON object (%2); nothing was added.")
                             .arg(source, error.errorString())
                       : CliText::tr("%1 is not a JSON object; nothing was added.").arg(source))
               << '\n';
        return ExitFailure;
    }
    auto answered = Core::ClarificationNote::answersFromJson(doc.object());
    if (!answered) {
        io.err << "contextbench pack note: " << source << ": " << answered.error().message << ' '
               << CliText::tr("Nothing was added.") << '\n';
        return ExitFailure;
    }
    auto pack = PackCli::load(path, io, sub);
    if (!pack)
        return ExitFailure;
    const int s = PackCli::ensureSection(*pack, sectionName);
    pack->sections[s].items.append(Core::ClarificationNote::note(
        *answered, doc.object().value(QStringLiteral("model")).toString(), QDateTime::currentDateTime()));
    return PackCli::save(*pack, path, io, sub) ? ExitOk : ExitFailure;
}

int runNote(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Adds a note (typed text) to a pack."));
    parser.addPositionalArgument(QStringLiteral("file"), CliText::tr("The .ctxpack file."));
    const QCommandLineOption title(QStringLiteral("title"),
                                   CliText::tr("The note's title (required)."),
                                   QStringLiteral("text"));
    const QCommandLineOption text(QStringLiteral("text"), CliText::tr("The note's text."),
                                  QStringLiteral("text"));
    const QCommandLineOption file(
        QStringLiteral("file"), CliText::tr("Read the text from a UTF-8 file ('-' for stdin)."),
        QStringLiteral("path"));
    const QCommandLineOption section(QStringLiteral("section"),
                                     CliText::tr("Section (default Notes; created if missing)."),
                                     QStringLiteral("name"), QStringLiteral("Notes"));
    const QCommandLineOption answers(
        QStringLiteral("answers"),
        CliText::tr("Add the answers to 'contextbench ask' questions: its --json output with an \"answer\" per "
                    "question (none or empty: skipped) becomes a dated note, in Clarifications unless --section "
                    "says otherwise ('-' for stdin)."),
        QStringLiteral("path"));
    parser.addOptions({title, text, file, section, answers});
    int code = ExitOk;
    const QString sub = QStringLiteral("note");
    if (!parse(parser, sub, args, io, code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return PackCli::usage(io, sub, CliText::tr("expected one pack file"));
    if (parser.isSet(answers) && (parser.isSet(title) || parser.isSet(text) || parser.isSet(file)))
        return PackCli::usage(io, sub, CliText::tr("--answers makes its own dated note: no --title, --text or --file"));
    if (parser.isSet(answers))
        return addAnswers(parser.positionalArguments().first(), parser.value(answers),
                          parser.isSet(section) ? parser.value(section) : Core::ClarificationNote::sectionName(), io);
    if (parser.value(title).trimmed().isEmpty())
        return PackCli::usage(io, sub, CliText::tr("--title is required"));
    if (parser.isSet(text) == parser.isSet(file))
        return PackCli::usage(io, sub, CliText::tr("give exactly one of --text and --file"));
    QString body = parser.value(text);
    if (parser.isSet(file)) {
        QFile in;
        const QString source = parser.value(file);
        const bool opened = source == QLatin1String("-")
                                ? in.open(stdin, QIODevice::ReadOnly)
                                : (in.setFileName(source), in.open(QIODevice::ReadOnly));
        if (!opened) {
            io.err << "contextbench pack note: " << CliText::tr("cannot read %1: %2").arg(source, in.errorString())
                   << '\n';
            return ExitFailure;
        }
        body = QString::fromUtf8(in.readAll());
    }
    const QString path = parser.positionalArguments().first();
    auto pack = PackCli::load(path, io, sub);
    if (!pack)
        return ExitFailure;
    const int s = PackCli::ensureSection(*pack, parser.value(section));
    pack->sections[s].items.append(Core::PackItem::note(parser.value(title).trimmed(), body));
    return PackCli::save(*pack, path, io, sub) ? ExitOk : ExitFailure;
}

// Token counts of every item's text snapshot, in pack order. The snapshot is what the assembled
// prompt carries for the item; the template's headings and fences around it are not counted, so
// the sum is a little under `contextbench count FILE.ctxpack`.
Core::Result<std::vector<size_t>> countItemTokens(const Core::Pack& pack, Core::Encoding encoding)
{
    auto tokenizer = Core::TokenizerRegistry::shared().tokenizer(encoding);
    if (!tokenizer)
        return Core::fail(tokenizer.error());
    QList<QByteArray> texts;
    for (const Core::PackSection& section : pack.sections)
        for (const Core::PackItem& item : section.items)
            texts.append(item.text.toUtf8());
    return (*tokenizer)->countMany(texts); // spreads over the thread pool
}

int runList(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Lists a pack's items: section, title, enabled, format, bytes and tokens of the text that "
        "reaches the prompt.\nTokens are exact counts of each item's text snapshot (headings and "
        "fences the template adds\naround it are not included; `contextbench count FILE.ctxpack` "
        "counts the whole assembled prompt)."));
    parser.addPositionalArgument(QStringLiteral("file"), CliText::tr("The .ctxpack file."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  CliText::tr("Print JSON instead of tab-separated lines."));
    const QCommandLineOption encodingOption(
        {QStringLiteral("e"), QStringLiteral("encoding")},
        CliText::tr("Tokenizer: o200k_base (GPT-4o, GPT-5, o3; default) or cl100k_base (GPT-4)."),
        QStringLiteral("name"), QStringLiteral("o200k_base"));
    parser.addOptions({json, encodingOption});
    int code = ExitOk;
    if (!parse(parser, QStringLiteral("list"), args, io, code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return PackCli::usage(io, QStringLiteral("list"), CliText::tr("expected one pack file"));
    const auto encoding = Core::encodingFromName(parser.value(encodingOption));
    if (!encoding)
        return PackCli::usage(io, QStringLiteral("list"),
                              CliText::tr("--encoding must be o200k_base or cl100k_base"));
    auto pack = PackCli::load(parser.positionalArguments().first(), io, QStringLiteral("list"));
    if (!pack)
        return ExitFailure;
    const auto counts = countItemTokens(*pack, *encoding);
    if (!counts) {
        io.err << "contextbench pack list: " << counts.error().message << '\n';
        return ExitFailure;
    }
    QJsonArray items;
    if (!parser.isSet(json))
        io.out << "section\ttitle\tenabled\tformat\tbytes\ttokens\n";
    size_t next = 0;
    for (const Core::PackSection& section : pack->sections) {
        for (const Core::PackItem& item : section.items) {
            const qint64 bytes = item.textBytes();
            const qint64 tokens = qint64((*counts)[next++]);
            const QString format = item.language.isEmpty() ? item.format : item.language;
            if (!parser.isSet(json)) {
                io.out << section.name << '\t'
                       << QString(item.title).replace(QLatin1Char('\t'), QLatin1Char(' ')) << '\t'
                       << (item.enabled ? "yes" : "no") << '\t' << format << '\t' << bytes
                       << '\t' << tokens << '\n';
                continue;
            }
            items.append(
                QJsonObject{{QStringLiteral("section"), section.name},
                            {QStringLiteral("id"), item.id},
                            {QStringLiteral("title"), item.title},
                            {QStringLiteral("kind"), item.isDocument() ? QStringLiteral("document")
                                                                       : QStringLiteral("note")},
                            {QStringLiteral("enabled"), item.enabled},
                            {QStringLiteral("format"), item.format},
                            {QStringLiteral("language"), item.language},
                            {QStringLiteral("tags"), QJsonArray::fromStringList(item.tags)},
                            {QStringLiteral("bytes"), double(bytes)},
                            {QStringLiteral("tokens"), double(tokens)},
                            {QStringLiteral("source_path"), item.sourcePath.isEmpty()
                                                                ? QJsonValue(QJsonValue::Null)
                                                                : QJsonValue(item.sourcePath)}});
        }
    }
    if (parser.isSet(json))
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("title"), pack->title},
                                            {QStringLiteral("goal"), pack->goal},
                                            {QStringLiteral("encoding"),
                                             Core::encodingName(*encoding)},
                                            {QStringLiteral("items"), items}})
                      .toJson(QJsonDocument::Indented);
    return ExitOk;
}

int runPack(const QStringList& args, CliIo& io)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("new"))
        return runNew(rest, io);
    if (sub == QLatin1String("add"))
        return PackCli::runAdd(rest, io);
    if (sub == QLatin1String("note"))
        return runNote(rest, io);
    if (sub == QLatin1String("list"))
        return runList(rest, io);
    const bool help = sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h");
    QTextStream& stream = help ? io.out : io.err;
    if (!help)
        stream << "contextbench pack: " << CliText::tr("unknown subcommand '%1'.").arg(sub) << '\n';
    stream
        << CliText::tr("Usage:") << '\n'
        << "  contextbench pack new FILE.ctxpack [--title T]\n"
           "  contextbench pack add FILE.ctxpack PATH... [--section S]\n"
           "  contextbench pack note FILE.ctxpack --title T (--text S | --file F) [--section S]\n"
           "  contextbench pack note FILE.ctxpack --answers ASK.json [--section S]\n"
           "  contextbench pack list FILE.ctxpack [--json] [--encoding o200k_base|cl100k_base]\n"
        << CliText::tr("Exit codes: 0 done, 1 failure (nothing written), 2 usage, 3 some files could not be added.")
        << '\n';
    return help ? ExitOk : ExitUsage;
}

const CliRegistration reg{
    {QStringLiteral("pack"),
     QStringLiteral("pack new|add|note|list FILE.ctxpack ..."),
     QT_TRANSLATE_NOOP("Cb::App::Cli", "create a pack, add files, folders and notes, list items"),
     runPack}};

} // namespace

} // namespace Cb::App
