#pragma once

#include <QString>

class QTextDocument;

namespace Cb::Formats {

// Converts a document imported by MarkdownStyler::load() into a clean HTML fragment: h1–h6,
// p, ul/ol/li (nested, task boxes), pre/code, blockquote, hr, table/thead/tbody with column
// alignment, strong/em/del/code/a. Every piece of text is escaped. Links keep only http, https
// and mailto targets (anything else stays plain text), and no element that loads a resource
// (img, link, script, iframe...) is ever written. Headings are shifted down by `headingShift`
// levels so a model's "# Plan" sits under the report's own headings.
// Pure; reads the document on the calling thread.
class MarkdownHtml
{
public:
    static QString fragment(const QTextDocument& document, int headingShift = 2);
    static QString fromMarkdown(const QString& markdown, int headingShift = 2);
    static QString escape(const QString& text);
};

} // namespace Cb::Formats
