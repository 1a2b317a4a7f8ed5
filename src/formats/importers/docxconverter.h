#pragma once

#include "core/common/result.h"
#include "core/importing/canceltoken.h"
#include "formats/importers/docxnotes.h"
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
// [text](url). Text boxes follow the paragraph they are anchored in (of mc:AlternateContent only
// the first choice is read, so a box is not doubled by its fallback); footnote and endnote
// references become markers with the notes at the end (DocxNotes); superscript and subscript
// runs follow ScriptText. Deleted revisions and field instructions are left out; images and
// drawings without text are counted in a note. Streams through QXmlStreamReader; one instance
// per part.
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
                                        const Core::CancelToken& cancel,
                                        const DocxNotes& notes = DocxNotes());

    // Reads word/footnotes.xml or word/endnotes.xml into `notes`, skipping the separator
    // pseudo-notes; `part` names the part in errors.
    static Core::VoidResult readNotes(const QByteArray& notesXml, DocxNotes::Kind kind,
                                      const DocxStyles& styles, const DocxNumbering& numbering,
                                      const QString& part, DocxNotes& notes,
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
        QList<Block> boxBlocks; // text boxes anchored in this paragraph
    };
    // The run being read: whether it is raised or lowered, and where its text starts.
    struct Run
    {
        bool open = false;
        qsizetype start = 0;
        ScriptText::Kind script = ScriptText::Kind::None;
        bool noteReference = false;
        bool customMark = false; // the run's text is the note's own symbol, replaced by the marker
    };
    // The text of the last raised/lowered run, so that runs Word split are marked as one.
    struct ScriptSpan
    {
        ScriptText::Kind kind = ScriptText::Kind::None;
        qsizetype start = -1;
        qsizetype end = -1;
        QString raw;
    };

    DocxConverter(const QByteArray& xml, const DocxStyles& styles, const DocxNumbering& numbering,
                  const DocxRelationships& relationships)
        : m_reader(xml), m_styles(styles), m_numbering(numbering), m_relationships(relationships)
    {
    }

    Paragraph readParagraph();
    void readRunProperties(Run& run);
    void endRun(Paragraph& p, const Run& run, ScriptSpan& last);
    void readDrawing(Paragraph& p);
    bool readTextBox(QList<Block>& into);
    bool skipAlternative(QList<bool>& taken);
    QString readTable();
    Block blockFor(const Paragraph& p);
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
    DocxNotes m_notes;
};

} // namespace Cb::Formats
