#include "tsfilecheck.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace Cb::Test {

namespace {

QString readTranslation(QXmlStreamReader& xml, TsMessage& m)
{
    m.type = xml.attributes().value(QLatin1String("type")).toString();
    QString text;
    while (xml.readNext() != QXmlStreamReader::EndElement ||
           xml.name() != QLatin1String("translation")) {
        if (xml.atEnd())
            break;
        if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
            m.forms << xml.readElementText();
        else if (xml.isCharacters())
            text += xml.text();
    }
    // Numerus messages keep only indentation between their forms.
    return m.numerus ? QString() : text;
}

TsMessage readMessage(QXmlStreamReader& xml, const QString& context)
{
    TsMessage m;
    m.context = context;
    m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source"))
            m.source = xml.readElementText();
        else if (xml.name() == QLatin1String("comment"))
            m.comment = xml.readElementText();
        else if (xml.name() == QLatin1String("translation"))
            m.translation = readTranslation(xml, m);
        else
            xml.skipCurrentElement();
    }
    return m;
}

QString where(const TsMessage& m)
{
    QString source = m.source;
    source.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    if (source.size() > 70)
        source = source.left(67) + QLatin1String("...");
    return m.context + QLatin1String(" «") + source + QLatin1String("»: ");
}

} // namespace

TsFile TsFileCheck::parse(const QByteArray& bytes)
{
    TsFile file;
    QXmlStreamReader xml(bytes);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("TS")) {
        file.error = QStringLiteral("not a Qt Linguist file (no <TS> root)");
        return file;
    }
    file.language = xml.attributes().value(QLatin1String("language")).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("context")) {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message"))
                file.messages << readMessage(xml, context);
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        file.error =
            QStringLiteral("XML error at line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return file;
}

TsFile TsFileCheck::read(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        TsFile file;
        file.error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return file;
    }
    return parse(f.readAll());
}

int TsFileCheck::pluralForms(const QString& language)
{
    const QString lang = language.section(QLatin1Char('_'), 0, 0);
    if (lang == QLatin1String("ko") || lang == QLatin1String("ja") || lang == QLatin1String("zh"))
        return 1;
    if (lang == QLatin1String("en") || lang == QLatin1String("de"))
        return 2;
    return -1;
}

QStringList TsFileCheck::placeholders(const QString& text)
{
    // %1–%99 and %L1 for arg(), %n and %Ln for counts, %v %m %p for progress bars. A letter right
    // after %n/%v/%m/%p means it is not one ("95% CI" has none).
    static const QRegularExpression re(
        QStringLiteral("%L?\\d{1,2}|%L?n(?![A-Za-z])|%[vmp](?![A-Za-z])"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

QStringList TsFileCheck::markup(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("</?[A-Za-z][^<>]*>|&(?:[A-Za-z]+|#[0-9]+|#x[0-9A-Fa-f]+);"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured().simplified();
    found.sort();
    return found;
}

QString TsFileCheck::accelerator(const QString& text)
{
    static const QRegularExpression entity(
        QStringLiteral("&(?:[A-Za-z]+|#[0-9]+|#x[0-9A-Fa-f]+);"));
    static const QRegularExpression amp(QStringLiteral("&([^\\s&])"));
    QString plain = text;
    plain.remove(entity).remove(QLatin1String("&&"));
    const QRegularExpressionMatch m = amp.match(plain);
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

QStringList TsFileCheck::compare(const QString& source, const QString& translation)
{
    QStringList out;
    const QStringList want = placeholders(source);
    const QStringList got = placeholders(translation);
    if (want != got)
        out << QStringLiteral("placeholders [%1] in the source but [%2] in the translation")
                   .arg(want.join(QLatin1Char(' ')), got.join(QLatin1Char(' ')));
    if (markup(source) != markup(translation))
        out << QStringLiteral(
                   "HTML tags or entities [%1] in the source but [%2] in the translation")
                   .arg(markup(source).join(QLatin1Char(' ')),
                        markup(translation).join(QLatin1Char(' ')));
    if (source.count(QLatin1Char('\n')) != translation.count(QLatin1Char('\n')))
        out << QStringLiteral("%1 line breaks in the source but %2 in the translation")
                   .arg(source.count(QLatin1Char('\n')))
                   .arg(translation.count(QLatin1Char('\n')));
    if (accelerator(source) != accelerator(translation))
        out << QStringLiteral("accelerator &%1 in the source but &%2 in the translation")
                   .arg(accelerator(source), accelerator(translation));
    return out;
}

QStringList TsFileCheck::problems(const TsFile& file)
{
    if (!file.error.isEmpty())
        return {file.error};
    QStringList out;
    const int forms = pluralForms(file.language);
    if (forms < 0)
        out << QStringLiteral("no plural rule known for the language \"%1\"").arg(file.language);
    for (const TsMessage& m : file.messages) {
        const QString at = where(m);
        if (!m.type.isEmpty()) {
            out << at + (m.type == QLatin1String("unfinished")
                             ? QStringLiteral("unfinished")
                             : QStringLiteral("stale entry (%1)").arg(m.type));
            continue;
        }
        if (!m.numerus) {
            if (m.translation.trimmed().isEmpty())
                out << at + QStringLiteral("empty translation");
            for (const QString& p : compare(m.source, m.translation))
                out << at + p;
            continue;
        }
        if (forms >= 0 && m.forms.size() != forms)
            out << at + QStringLiteral("%1 plural form(s), the language needs %2")
                            .arg(m.forms.size())
                            .arg(forms);
        for (int i = 0; i < m.forms.size(); ++i) {
            if (m.forms[i].trimmed().isEmpty())
                out << at + QStringLiteral("plural form %1 is empty").arg(i + 1);
            for (const QString& p : compare(m.source, m.forms[i]))
                out << at + QStringLiteral("plural form %1: ").arg(i + 1) + p;
        }
    }
    return out;
}

} // namespace Cb::Test
