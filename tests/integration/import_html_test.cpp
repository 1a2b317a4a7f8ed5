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

TEST(HtmlToMarkdown_supSub, numbersStayUnambiguous)
{
    EXPECT_EQ(md("<p>10<sup>24</sup> kg, \xD0\xBC\xD0\xBC<sup>2</sup>, H<sub>2</sub>O, "
                 "x<sup>n\xE2\x88\x92"
                 "1</sup>, 1<sup>st</sup>, y<sub>ij</sub>, T<sub>Max</sub>, "
                 "e<sup>i \xCF\x80</sup>, x<sup> 2 </sup>.</p>"),
              QStringLiteral("10\u00B2\u2074 kg, \u043C\u043C\u00B2, H\u2082O, "
                             "x\u207F\u207B\u00B9, 1\u02E2\u1D57, y\u1D62\u2C7C, T_(Max), "
                             "e^(i \u03C0), x \u00B2 ."));
}

TEST(HtmlToMarkdown_tableSpans, everyCellUnderItsHeader)
{
    EXPECT_EQ(md("<table><thead><tr><th>Group</th><th>Name</th><th>Mass</th><th>Moons</th></tr>"
                 "</thead><tbody><tr><th rowspan=\"2\">Inner</th><td>Mercury</td><td>0.33</td>"
                 "<td>0</td></tr><tr><td>Venus</td><td>4.87</td><td>0</td></tr>"
                 "<tr><td colspan=\"3\">Moons of the inner planets</td><td>0</td></tr>"
                 "<tr><td rowspan=\"0\">Outer</td><td>Jupiter<td>1898<td>95"
                 "<tr><td>Saturn</td><td>568</td><td>146</td></tr></tbody>"
                 "<tbody><tr><td>Dwarf</td><td rowspan=\"9\">Pluto</td><td>0.013</td>"
                 "<td>5</td></tr></tbody></table>"),
              QStringLiteral("| Group | Name | Mass | Moons |\n"
                             "| --- | --- | --- | --- |\n"
                             "| Inner | Mercury | 0.33 | 0 |\n"
                             "| Inner | Venus | 4.87 | 0 |\n"
                             "| Moons of the inner planets |  |  | 0 |\n"
                             "| Outer | Jupiter | 1898 | 95 |\n"
                             "| Outer | Saturn | 568 | 146 |\n"
                             "| Dwarf | Pluto | 0.013 | 5 |"));
}

TEST(HtmlToMarkdown_tableSpans, absurdColspanClampedLikeBrowsers)
{
    const QString out = md("<table><tr><td colspan=\"99999\">wide</td><td>last</td></tr>"
                           "<tr><td rowspan=\"-3\">a</td><td colspan=\"x\">b</td></tr></table>");
    const QStringList lines = out.split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 3) << out.toStdString();
    // 1000 columns for the clamped span, one for "last": 1001 cells, 1002 bars a row.
    EXPECT_EQ(lines.at(0).count(QLatin1Char('|')), 1002);
    EXPECT_TRUE(lines.at(0).startsWith(QStringLiteral("| wide |  |")));
    EXPECT_TRUE(lines.at(0).endsWith(QStringLiteral("|  | last |")));
    EXPECT_TRUE(lines.at(2).startsWith(QStringLiteral("| a | b |  |")));
}

TEST(HtmlToMarkdown_listItemBlocks, markerStaysOnTheFirstLine)
{
    EXPECT_EQ(md("<ul><li><p>First para</p><p>Second para</p></li>"
                 "<li><div><pre>code\n  more</pre></div></li><li>plain</li></ul>"
                 "<ol><li><p>One</p><ul><li>nested</li><li class=\"divider\"></li></ul></li>"
                 "<li><div>Two</div></li><li></li><li>Four</li></ol>"
                 "<ul><li><ul><li>inner first</li></ul></li></ul>"),
              QStringLiteral("- First para\n\n  Second para\n\n"
                             "- ```\n  code\n    more\n  ```\n\n"
                             "- plain\n\n"
                             "1. One\n\n   - nested\n2. Two\n3.\n4. Four\n\n"
                             "-\n  - inner first"));
}

TEST(HtmlToMarkdown_cjkLineBreaks, collapseToNothingBetweenWideCharacters)
{
    EXPECT_EQ(md("<p>\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xE3\x81\xAE\n"
                 "\xE6\x96\x87\xE7\xAB\xA0\xE3\x80\x82\nEnglish\nwords "
                 "\xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4\n\xEB\xAC\xB8\xEC\x9E\xA5</p>"
                 "<p>\xE6\x9D\xB1\xE4\xBA\xAC\n<b>\xE9\x83\xBD</b>\n\xE5\xBA\x81</p>"),
              QStringLiteral("\u65E5\u672C\u8A9E\u306E\u6587\u7AE0\u3002 English words "
                             "\uD55C\uAD6D\uC5B4 \uBB38\uC7A5\n\n\u6771\u4EAC**\u90FD**\u5E81"));
}

TEST(HtmlToMarkdown_codeAndLinks, validMarkdownWhicheverNests)
{
    EXPECT_EQ(md("<p>See <a href=\"https://e.org/x\"><code>foo()</code></a>, "
                 "<code><a href=\"https://e.org/y\">bar</a></code>, "
                 "<code>call <a href=\"https://e.org/z\">baz</a> now</code> and "
                 "<code>a`b</code> <code><b>bold</b></code>, "
                 "<code><code><a href=\"../mod/deny\">Deny</a></code> from</code>, "
                 "<code>f</code><code>(`)</code>.</p>"),
              QStringLiteral("See [`foo()`](https://e.org/x), [`bar`](https://e.org/y), "
                             "`call `[`baz`](https://e.org/z)` now` and ``a`b`` `bold`, "
                             "`Deny from`, ``f(`)``."));
}

TEST(HtmlToMarkdown_tableSpans, hostileSpansListedWithoutSpansAndReported)
{
    // 5000 rows of a 1000-column span would be five million slots of padding.
    QString html = QStringLiteral("<table>");
    for (int r = 0; r < 5000; ++r)
        html += QStringLiteral("<tr><td colspan=\"1000\">w%1</td><td rowspan=\"65534\">t</td></tr>")
                    .arg(r);
    html += QStringLiteral("</table>");
    const HtmlToMarkdown::Output out = HtmlToMarkdown::convert(html);
    ASSERT_EQ(out.notes.size(), 1);
    EXPECT_TRUE(out.notes.first().contains(QStringLiteral("too large to lay out")));
    const QStringList lines = out.markdown.split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 5001);
    EXPECT_EQ(lines.at(0), QStringLiteral("| w0 | t |"));
    EXPECT_EQ(lines.at(5000), QStringLiteral("| w4999 | t |"));
}

TEST(HtmlToMarkdown_listInCell, unclosedListIndentsNothingAfterTheTable)
{
    EXPECT_EQ(md("<table><tr><th>A</th></tr><tr><td><ul><li>x<li>y</td></tr></table>"
                 "<p>After</p><blockquote><table><tr><td><blockquote>q</td></tr></table>"
                 "</blockquote><p>Out</p>"),
              QStringLiteral("| A |\n| --- |\n| - x - y |\n\nAfter\n\n> | q |\n> | --- |\n\nOut"));
}
