// `contextbench count`: exact token counts of files (a .ctxpack counts its assembled prompt).
#include "cli/clicommand.h"
#include "cli/clitext.h"

#include "core/importing/textdecoder.h"
#include "core/pack/packfile.h"
#include "core/prompt/promptassembler.h"
#include "core/prompt/templatelibrary.h"
#include "core/tokenize/tokenizerregistry.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTextStream>

namespace Cb::App {

namespace {

// One file as counted: the bytes that go to the tokenizer, or why it could not be counted.
struct CountedFile
{
    QString path;
    QList<QByteArray> parts; // a pack's instructions and input are counted apart, as sent
    QString error;
    qint64 tokens = 0;
};

// Why the bytes cannot be counted as UTF-8 text, or empty when they can. A NUL byte is valid
// UTF-8 and is sent (and counted) like any other byte, so only invalid sequences refuse a file.
QString utf8Problem(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    // EncodedData decodes lazily: converting to QString is what runs the decoder.
    const QString decoded = decoder.decode(bytes);
    Q_UNUSED(decoded);
    if (!decoder.hasError())
        return {};
    const Core::TextDecoder::Decoded repaired = Core::TextDecoder::decodeUtf8(bytes);
    return CliText::tr("not valid UTF-8: %n invalid byte sequence(s), the first at byte offset %1 "
                       "(a binary file, or text in another encoding)",
                       nullptr, repaired.invalidSequences)
        .arg(repaired.firstInvalidOffset);
}

// A pack counts as the model receives it: two messages, instructions and input, with the
// default template. Joining them would let tokens merge across the seam, so each is counted.
CountedFile readOne(const QString& path, const Core::PromptTemplate& tmpl)
{
    CountedFile f{path, {}, {}, 0};
    const QFileInfo info(path);
    if (info.isDir()) {
        f.error = CliText::tr("is a directory");
        return f;
    }
    if (path.endsWith(QStringLiteral(".ctxpack"), Qt::CaseInsensitive)) {
        auto pack = Core::PackFile::load(path);
        if (!pack) {
            f.error = pack.error().message;
            return f;
        }
        const Core::AssembledPrompt prompt = Core::PromptAssembler::assemble(*pack, tmpl);
        f.parts = {prompt.instructions.toUtf8(), prompt.input.toUtf8()};
        return f;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        f.error = file.errorString();
        return f;
    }
    QByteArray text = file.readAll();
    f.error = utf8Problem(text);
    if (f.error.isEmpty())
        f.parts = {std::move(text)};
    return f;
}

int usage(CliIo& io, const QString& message)
{
    io.err << "contextbench count: " << message << '\n'
           << CliText::seeHelp(QStringLiteral("contextbench count")) << '\n';
    return ExitUsage;
}

int runCount(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Counts the tokens of each file exactly, and the total. A .ctxpack counts its assembled\n"
        "prompt (instructions + input, default template); other files are read as UTF-8 text.\n"
        "Exit codes: 0 done, 1 nothing could be counted, 2 usage, 3 some files failed."));
    parser.addPositionalArgument(QStringLiteral("paths"), CliText::tr("Files to count."),
                                 QStringLiteral("PATH..."));
    const QCommandLineOption helpOption = CliText::helpOption();
    const QCommandLineOption encodingOption({QStringLiteral("e"), QStringLiteral("encoding")},
                                            CliText::tr("o200k_base (default) or cl100k_base."),
                                            QStringLiteral("name"), QStringLiteral("o200k_base"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        CliText::tr("Print {\"encoding\", \"files\": [{\"path\", \"bytes\", \"tokens\"}], "
                    "\"total\"}."));
    parser.addOptions({helpOption, encodingOption, jsonOption});
    if (!parser.parse(QStringList{QStringLiteral("contextbench count")} + args))
        return usage(io, parser.errorText());
    if (parser.isSet(helpOption)) {
        io.out << CliText::helpText(parser, QStringLiteral("count"));
        return ExitOk;
    }
    const auto encoding = Core::encodingFromName(parser.value(encodingOption));
    if (!encoding)
        return usage(io, CliText::tr("--encoding must be o200k_base or cl100k_base"));
    if (parser.positionalArguments().isEmpty())
        return usage(io, CliText::tr("expected at least one file"));
    auto tokenizer = Core::TokenizerRegistry::shared().tokenizer(*encoding);
    if (!tokenizer) {
        io.err << "contextbench count: " << tokenizer.error().message << '\n';
        return ExitFailure;
    }

    const Core::PromptTemplate tmpl = Core::TemplateLibrary().defaultTemplate();
    QList<CountedFile> files;
    QList<QByteArray> texts;
    for (const QString& path : parser.positionalArguments()) {
        files.append(readOne(path, tmpl));
        texts.append(files.last().parts);
    }
    const std::vector<size_t> counts = (*tokenizer)->countMany(texts);

    size_t next = 0;
    qint64 total = 0;
    int failed = 0;
    QJsonArray jsonFiles;
    for (CountedFile& f : files) {
        qint64 bytes = 0;
        for (const QByteArray& part : f.parts) {
            f.tokens += qint64(counts[next++]);
            bytes += part.size();
        }
        if (!f.error.isEmpty()) {
            ++failed;
            io.err << "contextbench count: " << f.path << ": " << f.error << '\n';
            continue;
        }
        total += f.tokens;
        jsonFiles.append(QJsonObject{{QStringLiteral("path"), f.path},
                                     {QStringLiteral("bytes"), bytes},
                                     {QStringLiteral("tokens"), f.tokens}});
        if (!parser.isSet(jsonOption))
            io.out << qSetFieldWidth(10) << Qt::right << f.tokens << qSetFieldWidth(0) << "  "
                   << f.path << '\n';
    }
    if (parser.isSet(jsonOption)) {
        const QJsonObject o{{QStringLiteral("encoding"), Core::encodingName(*encoding)},
                            {QStringLiteral("files"), jsonFiles},
                            {QStringLiteral("total"), total}};
        io.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        io.out << qSetFieldWidth(10) << Qt::right << total << qSetFieldWidth(0) << "  "
               << CliText::tr("total (%1)").arg(Core::encodingName(*encoding)) << '\n';
    }
    if (failed == 0)
        return ExitOk;
    return failed == files.size() ? ExitFailure : ExitPartial;
}

const CliRegistration reg{
    {QStringLiteral("count"),
     QStringLiteral("count [--encoding o200k_base|cl100k_base] [--json] PATH..."),
     QT_TRANSLATE_NOOP("Cb::App::Cli", "exact token counts (a .ctxpack counts its prompt)"), runCount}};

} // namespace

} // namespace Cb::App
