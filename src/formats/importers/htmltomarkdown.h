#pragma once

#include "core/importing/canceltoken.h"
#include "formats/importers/htmltokenizer.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Cb::Formats {

// Converts untrusted HTML into readable Markdown without rendering it: nothing is fetched or
// opened (no images, stylesheets, frames or local files), scripts and styles are skipped by the
// tokenizer, and <noscript>, <template>, <svg>, <iframe>, <object>, media and form controls are
// dropped. Headings, paragraphs, lists, links (text and URL), emphasis, code, quotes and tables
// are kept; entities are decoded. One instance per conversion; not shared between threads.
class HtmlToMarkdown
{
public:
    struct Output
    {
        QString markdown;
        QString title; // the <title>, empty when none
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
        Dropped
    };
    static Tag tagOf(const QString& name);

    void run(const Core::CancelToken& cancel);
    void startTag(Tag tag, const HtmlTokenizer::Token& token);
    void endTag(Tag tag);
    void text(const QString& raw);
    void writeEmphasis(Tag tag);

    QString& target();
    void write(const QString& s);
    void blockBreak(bool blankLine);
    void openLink(const QString& href);
    void closeLink();
    void endTable();
    QString finish();

    struct List
    {
        bool ordered = false;
        int counter = 0;
    };
    struct Table
    {
        QList<QStringList> rows;
        QString cell;
        bool inCell = false;
    };

    HtmlTokenizer m_tokenizer;
    QString m_out;
    bool m_cancelled = false;
    QString m_title;
    bool m_inTitle = false;
    QString m_skipTag; // name of the element whose whole content is dropped
    int m_skipNesting = 0;
    QList<List> m_lists;
    int m_quoteDepth = 0;
    int m_preDepth = 0;
    int m_tableDepth = 0;
    Table m_table;
    QString m_linkHref;
    qsizetype m_linkStart = -1;
};

} // namespace Cb::Formats
