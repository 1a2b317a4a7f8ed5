#include "core/prompt/templatefile.h"

#include <QCoreApplication>

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStringDecoder>

namespace Cb::Core {

namespace {
const QString kMarker = QStringLiteral("@@");
const QString kInstructions = QStringLiteral("instructions");
const QString kInput = QStringLiteral("input");

QString lineError(qsizetype line, const QString& what)
{
    return QStringLiteral("line %1: %2").arg(line + 1).arg(what);
}

// Header key -> where its value goes; unknown keys are ignored so newer files still load.
VoidResult applyHeader(PromptTemplate& tmpl, const QString& key, const QString& value,
                       qsizetype line)
{
    if (key == QLatin1String("name")) {
        if (!PromptTemplate::isValidName(value))
            return fail(ErrorCode::Parse,
                        lineError(line, QStringLiteral(
                                            "invalid name '%1' (use letters, digits, '-' and '_')")
                                            .arg(value)));
        tmpl.name = value;
    } else if (key == QLatin1String("description")) {
        tmpl.description = value;
    } else if (key == QLatin1String("wrap")) {
        const auto style = wrapStyleFromName(value);
        if (!style)
            return fail(
                ErrorCode::Parse,
                lineError(
                    line,
                    QCoreApplication::translate("Cb::Core::TemplateFile", "unknown wrap style '%1' (xml, markdown or plain)").arg(value)));
        tmpl.wrap = *style;
    } else if (key == QLatin1String("cite")) {
        const QString v = value.trimmed().toLower();
        if (v != QLatin1String("yes") && v != QLatin1String("no"))
            return fail(ErrorCode::Parse,
                        lineError(line, QCoreApplication::translate("Cb::Core::TemplateFile", "cite must be 'yes' or 'no', not '%1'").arg(value)));
        tmpl.citeSources = v == QLatin1String("yes");
    }
    return {};
}
} // namespace

Result<PromptTemplate> TemplateFile::parse(const QString& source)
{
    QString text = source;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QStringList lines = text.split(QLatin1Char('\n'));
    if (text.endsWith(QLatin1Char('\n')))
        lines.removeLast(); // the file's final line break belongs to the format, not to the text

    static const QRegularExpression markerLine(QStringLiteral("^@@\\s*(\\S*)\\s*$"));
    PromptTemplate tmpl;
    QString* part = nullptr; // nullptr while in the header
    QStringList body;
    bool seenInstructions = false;
    bool seenInput = false;
    auto closePart = [&] {
        if (part)
            *part = body.join(QLatin1Char('\n'));
        body.clear();
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString& line = lines[i];
        if (line.startsWith(kMarker) && !line.startsWith(QStringLiteral("@@@"))) {
            const QString name = markerLine.match(line).captured(1);
            bool* seen = name == kInstructions ? &seenInstructions
                         : name == kInput      ? &seenInput
                                               : nullptr;
            if (!seen)
                return fail(
                    ErrorCode::Parse,
                    lineError(
                        i, QCoreApplication::translate("Cb::Core::TemplateFile", "unknown part '%1' (use '@@ instructions' or '@@ input'; "
                                          "write '@@@' for a text line starting with '@@')")
                               .arg(line.mid(2).trimmed())));
            if (*seen)
                return fail(ErrorCode::Parse,
                            lineError(i, QCoreApplication::translate("Cb::Core::TemplateFile", "part '%1' appears twice").arg(name)));
            *seen = true;
            closePart();
            part = name == kInstructions ? &tmpl.instructions : &tmpl.input;
            continue;
        }
        if (part) {
            body.append(line.startsWith(QStringLiteral("@@@")) ? line.mid(1) : line);
            continue;
        }
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return fail(
                ErrorCode::Parse,
                lineError(i, QCoreApplication::translate("Cb::Core::TemplateFile", "expected 'key: value' or a '@@ instructions' line")));
        if (auto applied = applyHeader(tmpl, trimmed.left(colon).trimmed().toLower(),
                                       trimmed.mid(colon + 1).trimmed(), i);
            !applied)
            return fail(applied.error());
    }
    closePart();
    if (tmpl.name.isEmpty())
        return fail(ErrorCode::Parse, QCoreApplication::translate("Cb::Core::TemplateFile", "missing 'name:' in the header"));
    if (!seenInput)
        return fail(ErrorCode::Parse, QCoreApplication::translate("Cb::Core::TemplateFile", "missing the '@@ input' part"));
    return tmpl;
}

QString TemplateFile::serialize(const PromptTemplate& tmpl)
{
    auto escapeBody = [](const QString& body) {
        QStringList lines = body.split(QLatin1Char('\n'));
        for (QString& line : lines)
            if (line.startsWith(kMarker))
                line.prepend(QLatin1Char('@'));
        return lines.join(QLatin1Char('\n'));
    };
    QString description = tmpl.description;
    description.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return QStringLiteral("# ContextBench prompt template: see resources/templates/README.md for "
                          "the format.\n") +
           QStringLiteral("name: ") + tmpl.name + QLatin1Char('\n') +
           QStringLiteral("description: ") + description.trimmed() + QLatin1Char('\n') +
           QStringLiteral("wrap: ") + wrapStyleName(tmpl.wrap) +
           (tmpl.citeSources ? QStringLiteral("\ncite: yes") : QString()) +
           QStringLiteral("\n\n@@ instructions\n") + escapeBody(tmpl.instructions) +
           QStringLiteral("\n@@ input\n") + escapeBody(tmpl.input) + QLatin1Char('\n');
}

Result<PromptTemplate> TemplateFile::load(const QString& path)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, QStringLiteral("%1: %2").arg(fileName, file.errorString()));
    if (file.size() > kMaxFileBytes)
        return fail(ErrorCode::TooLarge,
                    QCoreApplication::translate("Cb::Core::TemplateFile", "%1: larger than %2 bytes").arg(fileName).arg(kMaxFileBytes));
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return fail(ErrorCode::Parse, QCoreApplication::translate("Cb::Core::TemplateFile", "%1: not valid UTF-8").arg(fileName));
    auto parsed = parse(text);
    if (!parsed)
        return fail(parsed.error().code, fileName + QStringLiteral(": ") + parsed.error().message);
    parsed->filePath = path;
    return parsed;
}

VoidResult TemplateFile::save(const PromptTemplate& tmpl, const QString& path)
{
    if (!PromptTemplate::isValidName(tmpl.name))
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Cb::Core::TemplateFile", "invalid template name '%1'").arg(tmpl.name));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, QStringLiteral("%1: %2").arg(path, file.errorString()));
    file.write(serialize(tmpl).toUtf8());
    if (!file.commit())
        return fail(ErrorCode::Io, QStringLiteral("%1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace Cb::Core
