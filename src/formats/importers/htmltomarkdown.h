#pragma once

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
        QString title;  // the <title>, empty when none
    };

    static Output convert(const QString& html);

private:
    explicit HtmlToMarkdown(const QString& html) : m_tokenizer(html) {}

    void run();
    void startTag(const HtmlTokenizer::Token& token);
    void endTag(const QString& name);
    void text(const QString& raw);

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
    QString m_title;
    bool m_inTitle = false;
    QString m_skipTag;  // element whose whole content is dropped
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
