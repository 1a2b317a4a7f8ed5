#pragma once

#include "core/common/result.h"
#include "core/importing/canceltoken.h"
#include "formats/importers/docxnumbering.h"
#include "formats/importers/docxrelationships.h"
#include "formats/importers/docxstyles.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QXmlStreamReader>

namespace Cb::Formats {

// word/document.xml to Markdown: headings (by style or outline level) as '#' lines, paragraphs,
// numbered and bulleted lists with nesting, tables as Markdown tables, hyperlinks as
// [text](url). Deleted revisions and field instructions are left out; images and drawings are
// counted in a note. Streams through QXmlStreamReader; one instance per document.
class DocxConverter
{
public:
    struct Output
    {
        QString markdown;
        QStringList notes;
    };

    static Core::Result<Output> convert(const QByteArray& documentXml, const DocxStyles& styles,
                                        const DocxNumbering& numbering,
                                        const DocxRelationships& relationships,
                                        const Core::CancelToken& cancel);

private:
    enum class BlockKind
    {
        Paragraph,
        ListItem,
        Table
    };
    struct Block
    {
        BlockKind kind = BlockKind::Paragraph;
        QString text;
    };
    struct Paragraph
    {
        QString text;
        QString styleId;
        QString numId;
        int level = 0;
        int outlineLevel = -1;
    };

    DocxConverter(const QByteArray& xml, const DocxStyles& styles, const DocxNumbering& numbering,
                  const DocxRelationships& relationships)
        : m_reader(xml), m_styles(styles), m_numbering(numbering), m_relationships(relationships)
    {
    }

    Paragraph readParagraph();
    QString readTable();
    void addParagraph(const Paragraph& p);
    QString listMarker(const QString& numId, int level);
    QString joinBlocks() const;

    QXmlStreamReader m_reader;
    const DocxStyles& m_styles;
    const DocxNumbering& m_numbering;
    const DocxRelationships& m_relationships;
    QList<Block> m_blocks;
    QHash<QString, QList<int>> m_counters; // numId → counter per level
    int m_drawings = 0;
};

} // namespace Cb::Formats
