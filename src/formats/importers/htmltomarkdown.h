#pragma once

#include "core/importing/canceltoken.h"
#include "formats/importers/htmltablelayout.h"
#include "formats/importers/htmltokenizer.h"
#include "formats/importers/scripttext.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Cb::Formats {

// Converts untrusted HTML into readable Markdown without rendering it: nothing is fetched or
// opened (no images, stylesheets, frames or local files), scripts and styles are skipped by the
// tokenizer, and <noscript>, <template>, <svg>, <iframe>, <object>, media and form controls are
// dropped. Headings, paragraphs, lists, links (text and URL), emphasis, code, quotes and tables
// are kept; entities are decoded. Tables are laid out with their row and column spans
// (HtmlTableLayout); a list item's paragraphs and code blocks stay in the item (indented
// continuation lines); <sup>/<sub> follow ScriptText; a line break between two Chinese or
// Japanese characters collapses to nothing, as in a browser. docs/IMPORT_FIDELITY.md has the
// rules. One instance per conversion; not shared between threads.
class HtmlToMarkdown
{
public:
    struct Output
    {
        QString markdown;
        QString title;     // the <title>, empty when none
        QStringList notes; // what could not be carried over, for the import report
        bool cancelled = false;
    };

    // Polls `cancel` every few thousand tags; a cancelled conversion returns partial output.
    static Output convert(const QString& html, const Core::CancelToken& cancel = {});

private:
    explicit HtmlToMarkdown(const QString& html) : m_tokenizer(html) {}

    // Every element the converter treats specially; the rest are transparent.
    enum class Tag
    {
        Other,
        Title,
        Heading,
        ParagraphBlock,
        LineBlock,
        Br,
        Hr,
        Ul,
        Ol,
        Li,
        Blockquote,
        Pre,
        A,
        Img,
        Table,
        Tr,
        Td,
        Strong,
        Em,
        Code,
        Sup,
        Sub,
        RowGroup,
        Dropped
    };
    static Tag tagOf(const QString& name);

    void run(const Core::CancelToken& cancel);
    void startTag(Tag tag, const HtmlTokenizer::Token& token);
    void endTag(Tag tag);
    void text(const QString& raw);
    void writeEmphasis(Tag tag);

    QString& target();
    QString linePrefix() const { return m_containers.join(QString()); }
    void truncateContainers(qsizetype size);
    void write(const QString& s);
    void blockBreak(bool blankLine);
    void startListItem();
    void dropEmptyItem();
    void openLink(const QString& href);
    void closeLink();
    void startCodeSpan(bool joinPrevious = false);
    void finishCodeSpan();
    void closeScript(ScriptText::Kind kind);
    void finishCell();
    void endTable();
    QString finish();

    struct List
    {
        bool ordered = false;
        int counter = 0;
        qsizetype containerDepth = 0; // m_containers.size() outside the list
        bool inCell = false;          // written into a table cell
    };
    struct Table
    {
        HtmlTableLayout layout;
        QString cell;
        bool inCell = false;
        QString colspan;
        QString rowspan;
    };
    struct OpenScript
    {
        ScriptText::Kind kind = ScriptText::Kind::None;
        const QString* target = nullptr;
        qsizetype start = 0;
    };

    HtmlTokenizer m_tokenizer;
    QString m_out;
    bool m_cancelled = false;
    QString m_title;
    bool m_inTitle = false;
    QString m_skipTag; // name of the element whose whole content is dropped
    int m_skipNesting = 0;
    QStringList m_notes;
    QList<List> m_lists;
    // What starts each line inside quotes and list items: "> " per quote, spaces per item.
    QStringList m_containers;
    qsizetype m_markerEnd = -1; // end of the list marker just written, while its line is empty
    qsizetype m_markerList = 0; // m_lists.size() when that marker was written
    int m_preDepth = 0;
    int m_tableDepth = 0;
    Table m_table;
    QString m_linkHref;
    qsizetype m_linkStart = -1;
    int m_codeDepth = 0;
    const QString* m_codeTarget = nullptr;
    qsizetype m_codeStart = -1; // the opening backtick of the code span being written
    bool m_codeInLink = false;  // a code span was split around a link that opened inside it
    // The code span written last, so that one directly after it can continue it.
    const QString* m_lastCodeTarget = nullptr;
    qsizetype m_lastCodeStart = -1;
    qsizetype m_lastCodeEnd = -1;
    QString m_lastCodeContent;
    QList<OpenScript> m_scripts;
    const QString* m_breakTarget = nullptr;
    qsizetype m_breakSpaceEnd = -1; // a space from a line break after a CJK character
};

} // namespace Cb::Formats
