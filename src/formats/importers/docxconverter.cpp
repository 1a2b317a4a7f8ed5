#include "formats/importers/docxconverter.h"

#include <QCoreApplication>

#include "formats/importers/docxxml.h"
#include "formats/importers/markdowntablerow.h"

namespace Cb::Formats {

using namespace Cb::Core;

namespace {

constexpr int kMaxListLevel = 9;

} // namespace

Result<DocxConverter::Output>
DocxConverter::convert(const QByteArray& documentXml, const DocxStyles& styles,
                       const DocxNumbering& numbering, const DocxRelationships& relationships,
                       const CancelToken& cancel, const DocxNotes& notes)
{
    DocxConverter converter(documentXml, styles, numbering, relationships);
    converter.m_notes = notes;
    QXmlStreamReader& reader = converter.m_reader;
    QList<bool> alternatives;
    while (DocxXml::advance(reader)) {
        if (cancel.isCancelled())
            return fail(CancelToken::cancelledError());
        if (converter.skipAlternative(alternatives))
            continue;
        if (DocxXml::isStart(reader, u"p"))
            converter.addParagraph(converter.readParagraph());
        else if (DocxXml::isStart(reader, u"tbl"))
            converter.m_blocks.append({BlockKind::Table, converter.readTable()});
    }
    if (reader.hasError())
        return fail(DocxXml::errorOf(reader, QStringLiteral("word/document.xml")));
    Output out;
    out.markdown = converter.joinBlocks();
    const QString definitions = converter.m_notes.definitions();
    if (!definitions.isEmpty())
        out.markdown += (out.markdown.isEmpty() ? QString() : QStringLiteral("\n\n")) + definitions;
    out.notes = converter.m_notes.warnings();
    const int drawings = converter.m_drawings + converter.m_notes.drawings;
    if (drawings > 0)
        out.notes << QCoreApplication::translate("Cb::Formats::DocxConverter", "%1 image(s) or drawing(s) are not included.").arg(drawings);
    return out;
}

VoidResult DocxConverter::readNotes(const QByteArray& notesXml, DocxNotes::Kind kind,
                                    const DocxStyles& styles, const DocxNumbering& numbering,
                                    const QString& part, DocxNotes& notes,
                                    const CancelToken& cancel)
{
    const DocxRelationships noLinks;
    DocxConverter converter(notesXml, styles, numbering, noLinks);
    QXmlStreamReader& reader = converter.m_reader;
    const QStringView element = kind == DocxNotes::Kind::Footnote ? u"footnote" : u"endnote";
    while (DocxXml::advance(reader)) {
        if (cancel.isCancelled())
            return fail(CancelToken::cancelledError());
        if (!DocxXml::isStart(reader, element))
            continue;
        const QString type = DocxXml::attribute(reader, u"type");
        const QString id = DocxXml::attribute(reader, u"id");
        if (!type.isEmpty() && type != QStringLiteral("normal")) {
            // separator, continuationSeparator, continuationNotice: the rule above the notes
            reader.skipCurrentElement();
            continue;
        }
        converter.m_blocks.clear();
        QList<bool> alternatives;
        while (DocxXml::advance(reader) && !DocxXml::isEnd(reader, element)) {
            if (converter.skipAlternative(alternatives))
                continue;
            if (DocxXml::isStart(reader, u"p"))
                converter.addParagraph(converter.readParagraph());
            else if (DocxXml::isStart(reader, u"tbl"))
                converter.m_blocks.append({BlockKind::Table, converter.readTable()});
        }
        notes.add(kind, id, converter.joinBlocks());
    }
    if (reader.hasError())
        return fail(DocxXml::errorOf(reader, part));
    notes.drawings += converter.m_drawings;
    return {};
}

bool DocxConverter::skipAlternative(QList<bool>& taken)
{
    // mc:AlternateContent holds the same content several ways: read the first choice only.
    if (DocxXml::isStart(m_reader, u"AlternateContent")) {
        taken.append(false);
    } else if (DocxXml::isEnd(m_reader, u"AlternateContent")) {
        if (!taken.isEmpty())
            taken.removeLast();
    } else if (!taken.isEmpty() &&
               (DocxXml::isStart(m_reader, u"Choice") || DocxXml::isStart(m_reader, u"Fallback"))) {
        if (taken.last()) {
            m_reader.skipCurrentElement();
            return true;
        }
        taken.last() = true;
    }
    return false;
}

DocxConverter::Paragraph DocxConverter::readParagraph()
{
    Paragraph p;
    QString linkUrl;
    qsizetype linkStart = -1;
    Run run;
    ScriptSpan lastScript;
    QList<bool> alternatives;
    while (DocxXml::advance(m_reader)) {
        if (DocxXml::isEnd(m_reader, u"p"))
            break;
        if (skipAlternative(alternatives))
            continue;
        if (m_reader.isStartElement()) {
            const QStringView name = m_reader.name();
            if (name == u"r") {
                run = Run();
                run.open = true;
                run.start = p.text.size();
            } else if (name == u"t") {
                const QString text = m_reader.readElementText();
                if (!run.customMark)
                    p.text += text;
            } else if (name == u"rPr" && run.open) {
                readRunProperties(run);
            } else if (name == u"footnoteReference" || name == u"endnoteReference") {
                const auto kind = name == u"footnoteReference" ? DocxNotes::Kind::Footnote
                                                               : DocxNotes::Kind::Endnote;
                const QString custom = DocxXml::attribute(m_reader, u"customMarkFollows");
                run.customMark = custom == QStringLiteral("1") || custom == QStringLiteral("true");
                run.noteReference = true;
                p.text += m_notes.reference(kind, DocxXml::attribute(m_reader, u"id"));
                m_reader.skipCurrentElement();
            } else if (name == u"pStyle") {
                p.styleId = DocxXml::attribute(m_reader, u"val");
            } else if (name == u"numId") {
                p.numId = DocxXml::attribute(m_reader, u"val");
            } else if (name == u"ilvl") {
                p.level =
                    qBound(0, DocxXml::attribute(m_reader, u"val").toInt(), kMaxListLevel - 1);
            } else if (name == u"outlineLvl") {
                p.outlineLevel = DocxXml::attribute(m_reader, u"val").toInt();
            } else if (name == u"tab") {
                p.text += QLatin1Char('\t');
            } else if (name == u"br" || name == u"cr") {
                if (DocxXml::attribute(m_reader, u"type") != QStringLiteral("page"))
                    p.text += QLatin1Char('\n');
            } else if (name == u"noBreakHyphen") {
                p.text += QLatin1Char('-');
            } else if (name == u"del" || name == u"instrText" || name == u"rPr" ||
                       name == u"tabs" || name == u"footnoteRef" || name == u"endnoteRef") {
                m_reader.skipCurrentElement();
            } else if (name == u"drawing" || name == u"pict") {
                readDrawing(p);
            } else if (name == u"object") {
                ++m_drawings;
                m_reader.skipCurrentElement();
            } else if (name == u"hyperlink") {
                linkUrl = m_relationships.hyperlink(DocxXml::attribute(m_reader, u"id"));
                linkStart = p.text.size();
            }
        } else if (DocxXml::isEnd(m_reader, u"r")) {
            endRun(p, run, lastScript);
            run = Run();
        } else if (DocxXml::isEnd(m_reader, u"hyperlink") && linkStart >= 0) {
            const QString label = p.text.mid(linkStart).trimmed();
            if (!linkUrl.isEmpty() && !label.isEmpty() && label != linkUrl) {
                p.text.truncate(linkStart);
                p.text +=
                    QLatin1Char('[') + label + QStringLiteral("](") + linkUrl + QLatin1Char(')');
            }
            linkStart = -1;
            lastScript = ScriptSpan();
        }
    }
    return p;
}

void DocxConverter::readRunProperties(Run& run)
{
    ScriptText::Kind styled = ScriptText::Kind::None;
    bool direct = false;
    while (DocxXml::advance(m_reader) && !DocxXml::isEnd(m_reader, u"rPr")) {
        if (DocxXml::isStart(m_reader, u"rStyle")) {
            styled = m_styles.vertAlign(DocxXml::attribute(m_reader, u"val"));
        } else if (DocxXml::isStart(m_reader, u"vertAlign")) {
            run.script = DocxStyles::vertAlignOf(DocxXml::attribute(m_reader, u"val"));
            direct = true;
        } else if (DocxXml::isStart(m_reader, u"rPrChange")) {
            m_reader.skipCurrentElement(); // formatting before a tracked change
        }
    }
    if (!direct)
        run.script = styled;
}

void DocxConverter::endRun(Paragraph& p, const Run& run, ScriptSpan& last)
{
    // A note reference is already marked unambiguously ([^1]); it is not superscript text.
    if (run.script == ScriptText::Kind::None || run.noteReference || run.start > p.text.size() ||
        run.start == p.text.size())
        return;
    qsizetype start = run.start;
    QString raw = p.text.mid(run.start);
    if (last.kind == run.script && last.end == run.start) {
        start = last.start;
        raw = last.raw + raw;
    }
    p.text.truncate(start);
    p.text += ScriptText::render(run.script, raw);
    last = {run.script, start, p.text.size(), raw};
}

void DocxConverter::readDrawing(Paragraph& p)
{
    const QString element = m_reader.name().toString();
    bool hasText = false;
    QList<bool> alternatives;
    while (DocxXml::advance(m_reader) && !DocxXml::isEnd(m_reader, element)) {
        if (skipAlternative(alternatives))
            continue;
        if (DocxXml::isStart(m_reader, u"txbxContent"))
            hasText = readTextBox(p.boxBlocks) || hasText;
    }
    if (!hasText)
        ++m_drawings;
}

bool DocxConverter::readTextBox(QList<Block>& into)
{
    const qsizetype before = into.size();
    QList<bool> alternatives;
    while (DocxXml::advance(m_reader) && !DocxXml::isEnd(m_reader, u"txbxContent")) {
        if (skipAlternative(alternatives))
            continue;
        if (DocxXml::isStart(m_reader, u"p")) {
            const Paragraph inner = readParagraph();
            const Block block = blockFor(inner);
            if (!block.text.isEmpty())
                into.append(block);
            into += inner.boxBlocks;
        } else if (DocxXml::isStart(m_reader, u"tbl")) {
            into.append({BlockKind::Table, readTable()});
        }
    }
    for (qsizetype i = before; i < into.size(); ++i) {
        if (!into.at(i).text.isEmpty())
            return true;
    }
    return false;
}

QString DocxConverter::readTable()
{
    QList<QStringList> rows;
    QStringList cellParts;
    while (DocxXml::advance(m_reader)) {
        if (DocxXml::isEnd(m_reader, u"tbl"))
            break;
        if (DocxXml::isStart(m_reader, u"tr")) {
            rows.append(QStringList());
        } else if (DocxXml::isStart(m_reader, u"tc")) {
            cellParts.clear();
        } else if (DocxXml::isStart(m_reader, u"gridSpan") && !rows.isEmpty()) {
            // A merged cell spans columns: pad so later cells stay under their headers.
            const int span = qBound(1, DocxXml::attribute(m_reader, u"val").toInt(), 64);
            for (int k = 1; k < span; ++k)
                rows.last().append(QString());
        } else if (DocxXml::isStart(m_reader, u"p")) {
            const Paragraph p = readParagraph();
            const QString text = p.text.simplified();
            if (!text.isEmpty())
                cellParts << text;
            for (const Block& box : p.boxBlocks)
                cellParts << box.text.simplified();
        } else if (DocxXml::isStart(m_reader, u"tbl")) {
            // Markdown has no nested tables: the inner one becomes text in its cell.
            cellParts << readTable().replace(QLatin1Char('\n'), QLatin1Char(' '));
        } else if (DocxXml::isEnd(m_reader, u"tc") && !rows.isEmpty()) {
            rows.last().insert(rows.last().size(), cellParts.join(QStringLiteral("<br>")));
        }
    }
    qsizetype columns = 0;
    for (const QStringList& row : std::as_const(rows))
        columns = qMax(columns, row.size());
    if (rows.isEmpty() || columns == 0)
        return QString();
    QStringList lines;
    lines << markdownTableRow(rows.first(), columns)
          << markdownTableRow(QStringList(columns, QStringLiteral("---")), columns);
    for (qsizetype r = 1; r < rows.size(); ++r)
        lines << markdownTableRow(rows.at(r), columns);
    return lines.join(QLatin1Char('\n'));
}

QString DocxConverter::listMarker(const QString& numId, int level)
{
    QList<int>& counters = m_counters[numId];
    if (counters.isEmpty()) {
        for (int l = 0; l < kMaxListLevel; ++l)
            counters.append(m_numbering.start(numId, l) - 1);
    }
    ++counters[level];
    for (int deeper = level + 1; deeper < kMaxListLevel; ++deeper)
        counters[deeper] = m_numbering.start(numId, deeper) - 1;
    const QString indent = QStringLiteral("  ").repeated(level);
    return indent + (m_numbering.isOrdered(numId, level)
                         ? QString::number(counters[level]) + QStringLiteral(". ")
                         : QStringLiteral("- "));
}

DocxConverter::Block DocxConverter::blockFor(const Paragraph& p)
{
    const QString text = p.text.trimmed();
    if (text.isEmpty())
        return {BlockKind::Paragraph, QString()};
    int heading = m_styles.headingLevel(p.styleId);
    if (heading == 0 && p.outlineLevel >= 0 && p.outlineLevel < 6)
        heading = p.outlineLevel + 1;
    if (heading > 0)
        return {BlockKind::Paragraph,
                QStringLiteral("#").repeated(heading) + QLatin1Char(' ') + text.simplified()};
    const bool styleList = p.numId.isEmpty();
    const QString numId = styleList ? m_styles.numId(p.styleId) : p.numId;
    const int level = styleList ? m_styles.numLevel(p.styleId) : p.level;
    if (!numId.isEmpty() && numId != QStringLiteral("0"))
        return {BlockKind::ListItem, listMarker(numId, level) + text};
    return {BlockKind::Paragraph, text};
}

void DocxConverter::addParagraph(const Paragraph& p)
{
    const Block block = blockFor(p);
    if (!block.text.isEmpty())
        m_blocks.append(block);
    m_blocks += p.boxBlocks;
}

QString DocxConverter::joinBlocks() const
{
    QString out;
    for (qsizetype i = 0; i < m_blocks.size(); ++i) {
        const Block& b = m_blocks.at(i);
        if (b.text.isEmpty())
            continue;
        if (!out.isEmpty()) {
            const bool tight =
                b.kind == BlockKind::ListItem && m_blocks.at(i - 1).kind == BlockKind::ListItem;
            out += tight ? QStringLiteral("\n") : QStringLiteral("\n\n");
        }
        out += b.text;
    }
    return out;
}

} // namespace Cb::Formats
