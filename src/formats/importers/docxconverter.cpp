#include "formats/importers/docxconverter.h"

#include "formats/importers/docxxml.h"

namespace Cb::Formats {

using namespace Cb::Core;

namespace {

constexpr int kMaxListLevel = 9;

QString tableLine(QStringList cells, qsizetype columns)
{
    while (cells.size() < columns)
        cells.append(QString());
    for (QString& c : cells)
        c.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |");
}

} // namespace

Result<DocxConverter::Output> DocxConverter::convert(const QByteArray& documentXml,
                                                     const DocxStyles& styles,
                                                     const DocxNumbering& numbering,
                                                     const DocxRelationships& relationships,
                                                     const CancelToken& cancel)
{
    DocxConverter converter(documentXml, styles, numbering, relationships);
    QXmlStreamReader& reader = converter.m_reader;
    while (DocxXml::advance(reader)) {
        if (cancel.isCancelled())
            return fail(CancelToken::cancelledError());
        if (DocxXml::isStart(reader, u"p"))
            converter.addParagraph(converter.readParagraph());
        else if (DocxXml::isStart(reader, u"tbl"))
            converter.m_blocks.append({BlockKind::Table, converter.readTable()});
    }
    if (reader.hasError())
        return fail(DocxXml::errorOf(reader, QStringLiteral("word/document.xml")));
    Output out;
    out.markdown = converter.joinBlocks();
    if (converter.m_drawings > 0)
        out.notes << QStringLiteral("%1 image(s) or drawing(s) are not included.")
                         .arg(converter.m_drawings);
    return out;
}

DocxConverter::Paragraph DocxConverter::readParagraph()
{
    Paragraph p;
    QString linkUrl;
    qsizetype linkStart = -1;
    while (DocxXml::advance(m_reader)) {
        if (DocxXml::isEnd(m_reader, u"p"))
            break;
        if (m_reader.isStartElement()) {
            const QStringView name = m_reader.name();
            if (name == u"t") {
                p.text += m_reader.readElementText();
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
                       name == u"tabs" || name == u"footnoteReference") {
                m_reader.skipCurrentElement();
            } else if (name == u"drawing" || name == u"pict" || name == u"object") {
                ++m_drawings;
                m_reader.skipCurrentElement();
            } else if (name == u"hyperlink") {
                linkUrl = m_relationships.hyperlink(DocxXml::attribute(m_reader, u"id"));
                linkStart = p.text.size();
            }
        } else if (DocxXml::isEnd(m_reader, u"hyperlink") && linkStart >= 0) {
            const QString label = p.text.mid(linkStart).trimmed();
            if (!linkUrl.isEmpty() && !label.isEmpty() && label != linkUrl) {
                p.text.truncate(linkStart);
                p.text +=
                    QLatin1Char('[') + label + QStringLiteral("](") + linkUrl + QLatin1Char(')');
            }
            linkStart = -1;
        }
    }
    return p;
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
            const QString text = readParagraph().text.simplified();
            if (!text.isEmpty())
                cellParts << text;
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
    lines << tableLine(rows.first(), columns)
          << tableLine(QStringList(columns, QStringLiteral("---")), columns);
    for (qsizetype r = 1; r < rows.size(); ++r)
        lines << tableLine(rows.at(r), columns);
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

void DocxConverter::addParagraph(const Paragraph& p)
{
    const QString text = p.text.trimmed();
    if (text.isEmpty())
        return;
    int heading = m_styles.headingLevel(p.styleId);
    if (heading == 0 && p.outlineLevel >= 0 && p.outlineLevel < 6)
        heading = p.outlineLevel + 1;
    if (heading > 0) {
        m_blocks.append({BlockKind::Paragraph, QStringLiteral("#").repeated(heading) +
                                                   QLatin1Char(' ') + text.simplified()});
        return;
    }
    const bool styleList = p.numId.isEmpty();
    const QString numId = styleList ? m_styles.numId(p.styleId) : p.numId;
    const int level = styleList ? m_styles.numLevel(p.styleId) : p.level;
    if (!numId.isEmpty() && numId != QStringLiteral("0")) {
        m_blocks.append({BlockKind::ListItem, listMarker(numId, level) + text});
    } else {
        m_blocks.append({BlockKind::Paragraph, text});
    }
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
