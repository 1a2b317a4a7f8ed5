#include "formats/importers/htmlimporter.h"
#include "formats/importers/htmltomarkdown.h"
#include "formats/importers/importerregistry.h"
#include "importtestfiles.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Formats;

namespace {

QString md(const char* html)
{
    return HtmlToMarkdown::convert(QString::fromUtf8(html)).markdown;
}

} // namespace

TEST(ImportHtml_page, readableMarkdownWithoutScriptsStylesOrResources)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("page.html"));
    ImportTestFiles::writeFile(
        path,
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Ignored &amp; title</title>"
        "<style>body { background: url(http://127.0.0.1:1/bg.png) } p { color: red }</style>"
        "<script>document.write('<p>injected</p>'); var x = '</div>';</script>"
        "<link rel=\"stylesheet\" href=\"http://127.0.0.1:1/x.css\"></head><body>"
        "<!-- a comment with <p>markup</p> -->"
        "<h1>Caf\xC3\xA9 &lt;report&gt;</h1>"
        "<p>First   paragraph\n with <b>bold</b> and <a "
        "href=\"https://example.org/a?b=1&amp;c=2\">a link</a>.</p>"
        "<img src=\"http://127.0.0.1:1/tracker.gif\" alt=\"Chart of sales\">"
        "<img src=\"file:///etc/passwd\">"
        "<noscript><p>Enable JavaScript</p></noscript>"
        "<template><p>hidden template</p></template>"
        "<ul><li>One</li><li>Two<ol><li>Sub A</li><li>Sub B</li></ol></li></ul>"
        "<table><tr><th>Name</th><th>Qty</th></tr><tr><td>Apples | "
        "green</td><td>3</td></tr></table>"
        "<pre>line 1\n  indented &amp; kept</pre>"
        "<blockquote><p>Quoted text</p></blockquote>"
        "<a href=\"javascript:alert(1)\">Click</a>"
        "</body></html>");
    const auto doc = ImporterRegistry().importFile(path, ImportOptions());
    ASSERT_TRUE(doc) << doc.error().message.toStdString();
    EXPECT_EQ(doc->format, QStringLiteral("html"));
    EXPECT_EQ(doc->text,
              QStringLiteral(
                  "# Caf\u00E9 <report>\n\n"
                  "First paragraph with **bold** and [a link](https://example.org/a?b=1&c=2).\n\n"
                  "[image: Chart of sales]\n\n"
                  "- One\n"
                  "- Two\n"
                  "  1. Sub A\n"
                  "  2. Sub B\n\n"
                  "| Name | Qty |\n| --- | --- |\n| Apples \\| green | 3 |\n\n"
                  "```\nline 1\n  indented & kept\n```\n\n"
                  "> Quoted text\n\n"
                  "Click"));
    for (const char* leaked : {"injected", "color", "Enable JavaScript", "hidden template",
                               "127.0.0.1", "passwd", "comment"})
        EXPECT_FALSE(doc->text.contains(QString::fromLatin1(leaked))) << leaked;
}

TEST(HtmlToMarkdown_title, becomesHeadingWhenBodyHasNone)
{
    EXPECT_EQ(md("<html><head><title>My  Page</title></head><body><p>Body</p></body></html>"),
              QStringLiteral("# My Page\n\nBody"));
}

TEST(HtmlToMarkdown_entities, numericAndNamedDecoded)
{
    EXPECT_EQ(md("<p>&#233;&#xE9;&eacute; &mdash; &unknown; a&b &#0;</p>"),
              QStringLiteral("\u00E9\u00E9\u00E9 \u2014 &unknown; a&b \uFFFD"));
}

TEST(HtmlToMarkdown_brokenMarkup, doesNotLoseText)
{
    EXPECT_EQ(md("<p>a < b and <b>unclosed <i>tags<p>next"),
              QStringLiteral("a < b and **unclosed *tags\n\nnext"));
    EXPECT_EQ(md("<script>never closed"), QString());
}

TEST(ImportHtml_latin1Charset, decodedFromMeta)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.htm"));
    ImportTestFiles::writeFile(
        path,
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
        "</head><body><p>Gr\xFC\xDF"
        "e</p></body></html>");
    EXPECT_EQ(HtmlImporter::declaredCharset("<meta charset='Windows-1252'>"),
              QByteArray("windows-1252"));
    const auto doc = ImporterRegistry().importFile(path, ImportOptions());
    ASSERT_TRUE(doc);
    EXPECT_EQ(doc->text, QStringLiteral("Gr\u00FC\u00DFe"));
    EXPECT_TRUE(doc->notes.isEmpty());
}
