#include "formats/importers/docxnotes.h"

#include <QCoreApplication>

namespace Cb::Formats {

void DocxNotes::add(Kind kind, const QString& id, const QString& markdown)
{
    Notes& notes = m_notes[int(kind)];
    if (!notes.text.contains(id))
        notes.order.append(id);
    notes.text.insert(id, markdown);
}

QString DocxNotes::marker(Kind kind, int number)
{
    return (kind == Kind::Footnote ? QStringLiteral("[^") : QStringLiteral("[^e")) +
           QString::number(number) + QLatin1Char(']');
}

QString DocxNotes::reference(Kind kind, const QString& id)
{
    Notes& notes = m_notes[int(kind)];
    if (!notes.text.contains(id)) {
        if (!notes.missing.contains(id))
            notes.missing.append(id);
        return QString();
    }
    auto it = notes.number.constFind(id);
    if (it == notes.number.constEnd()) {
        it = notes.number.insert(id, int(notes.referenced.size()) + 1);
        notes.referenced.append(id);
    }
    return marker(kind, *it);
}

QString DocxNotes::definitions() const
{
    QStringList lines;
    for (int k = 0; k < 2; ++k) {
        const Notes& notes = m_notes[k];
        QStringList ids = notes.referenced;
        for (const QString& id : notes.order) {
            if (!notes.number.contains(id))
                ids.append(id);
        }
        for (qsizetype i = 0; i < ids.size(); ++i) {
            // The body of a note spans paragraphs: later lines are indented four spaces, as
            // Markdown footnotes continue.
            QString body = notes.text.value(ids.at(i)).trimmed();
            body.replace(QLatin1Char('\n'), QStringLiteral("\n    "));
            body.replace(QStringLiteral("\n    \n"), QStringLiteral("\n\n"));
            lines << marker(Kind(k), int(i) + 1) + QStringLiteral(": ") + body;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QStringList DocxNotes::warnings() const
{
    QStringList out;
    static const char* const messages[] = {
        QT_TRANSLATE_NOOP("Cb::Formats::DocxNotes",
                          "%1 footnote reference(s) point to no footnote (ids %2); their markers are left out."),
        QT_TRANSLATE_NOOP("Cb::Formats::DocxNotes",
                          "%1 endnote reference(s) point to no endnote (ids %2); their markers are left out.")};
    for (int k = 0; k < 2; ++k) {
        if (!m_notes[k].missing.isEmpty())
            out << QCoreApplication::translate("Cb::Formats::DocxNotes", messages[k])
                       .arg(m_notes[k].missing.size())
                       .arg(m_notes[k].missing.join(QStringLiteral(", ")));
    }
    return out;
}

} // namespace Cb::Formats
