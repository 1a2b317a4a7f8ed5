#include "core/prompt/contextwriter.h"

#include <QCoreApplication>

#include "core/pack/pack.h"

#include <QFileInfo>

#include <algorithm>

namespace Cb::Core {

namespace {
QString oneLine(QString s)
{
    s.replace(QStringLiteral("\r\n"), QStringLiteral(" "));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    s.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return s.trimmed();
}

QString xmlAttribute(const QString& value)
{
    QString s = oneLine(value);
    s.replace(QLatin1Char('&'), QLatin1String("&amp;"));
    s.replace(QLatin1Char('"'), QLatin1String("&quot;"));
    s.replace(QLatin1Char('<'), QLatin1String("&lt;"));
    s.replace(QLatin1Char('>'), QLatin1String("&gt;"));
    return s;
}

// The file name only: full paths would tell the provider about the user's folders and make the
// prompt depend on where the pack happens to be opened.
QString sourceName(const PackItem& item)
{
    return item.sourcePath.isEmpty() ? QString() : QFileInfo(item.sourcePath).fileName();
}

// "</document" (any case) -> "&lt;/document", keeping the original letters. A plain search, not a
// regular expression: it runs over every XML-wrapped item on every preview refresh.
bool neutraliseClosingTags(QString& text)
{
    static const QString tag = QStringLiteral("</document");
    bool found = false;
    for (qsizetype at = text.indexOf(tag, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(tag, at + tag.size(), Qt::CaseInsensitive)) {
        text.replace(at, 1, QStringLiteral("&lt;"));
        found = true;
    }
    return found;
}

QString withFinalNewline(const QString& text)
{
    return text.isEmpty() || text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n');
}
} // namespace

ContextWriter::ContextWriter(WrapStyle style, PromptSegment::Part part, QString& out,
                             AssembledPrompt& prompt)
    : m_style(style), m_part(part), m_out(out), m_prompt(prompt)
{
}

void ContextWriter::separate()
{
    if (!m_needSeparator)
        return;
    m_out += m_out.endsWith(QLatin1Char('\n')) ? QStringLiteral("\n") : QStringLiteral("\n\n");
    m_needSeparator = false;
}

void ContextWriter::addSegment(PromptSegment::Kind kind, int section, qsizetype start,
                               const QString& itemId)
{
    m_prompt.segments.append(
        {m_part, itemId, section, start, m_out.size() - start, kind, {}, {}, -1});
}

void ContextWriter::warn(const QString& warning)
{
    if (!m_prompt.warnings.contains(warning))
        m_prompt.warnings.append(warning);
}

void ContextWriter::writeContext(const Pack& pack)
{
    for (int s = 0; s < pack.sections.size(); ++s) {
        const PackSection& section = pack.sections[s];
        if (std::none_of(section.items.cbegin(), section.items.cend(),
                         [](const PackItem& i) { return i.enabled; }))
            continue;
        separate();
        const qsizetype start = m_out.size();
        if (m_style == WrapStyle::Markdown)
            m_out += QStringLiteral("## ") + oneLine(section.name);
        else if (m_style == WrapStyle::Plain)
            m_out += QStringLiteral("=== ") + oneLine(section.name) + QStringLiteral(" ===");
        m_needSeparator = m_out.size() > start;
        writeItems(pack, s);
        addSegment(PromptSegment::Kind::Section, s, start);
    }
    if (pack.enabledItemCount() == 0)
        warn(QCoreApplication::translate("Cb::Core::ContextWriter", "The pack has no enabled items: the context is empty."));
}

void ContextWriter::writeSection(const Pack& pack, int section)
{
    separate();
    const qsizetype start = m_out.size();
    writeItems(pack, section);
    if (m_out.size() == start)
        warn(QCoreApplication::translate("Cb::Core::ContextWriter", "Section '%1' has no enabled items.").arg(pack.sections[section].name));
    else
        addSegment(PromptSegment::Kind::Section, section, start);
}

void ContextWriter::writeItems(const Pack& pack, int section)
{
    const PackSection& s = pack.sections[section];
    for (const PackItem& item : s.items)
        if (item.enabled)
            writeItem(item, s.name, section);
}

void ContextWriter::writeItem(const PackItem& item, const QString& sectionName, int section)
{
    separate();
    const qsizetype start = m_out.size();
    const QString source = sourceName(item);
    const QString id = m_ids ? m_ids->value(item.id) : QString();
    qsizetype textStart = -1; // where item.text went in unchanged
    switch (m_style) {
    case WrapStyle::Xml: {
        QString text = item.text;
        const bool altered = neutraliseClosingTags(text);
        if (altered) {
            warn(QStringLiteral(
                     "'%1' contains '</document>': written as '&lt;/document>' so the document "
                     "boundary stays unambiguous.")
                     .arg(oneLine(item.title)));
        }
        m_out += QStringLiteral("<document");
        if (!id.isEmpty())
            m_out += QStringLiteral(" id=\"") + id + QLatin1Char('"');
        m_out += QStringLiteral(" title=\"") + xmlAttribute(item.title) + QLatin1Char('"');
        if (!source.isEmpty())
            m_out += QStringLiteral(" source=\"") + xmlAttribute(source) + QLatin1Char('"');
        m_out += QStringLiteral(" section=\"") + xmlAttribute(sectionName) + QStringLiteral("\">\n");
        textStart = altered ? -1 : m_out.size();
        m_out += withFinalNewline(text) + QStringLiteral("</document>");
        break;
    }
    case WrapStyle::Markdown:
        m_out += QStringLiteral("### ") + oneLine(item.title);
        if (!id.isEmpty())
            m_out += QStringLiteral("\nId: ") + id;
        if (!source.isEmpty())
            m_out += QStringLiteral("\nSource: ") + oneLine(source);
        if (!item.text.isEmpty()) {
            m_out += QStringLiteral("\n\n");
            textStart = m_out.size();
            m_out += item.text;
        }
        break;
    case WrapStyle::Plain:
        m_out += QStringLiteral("--- Document: ") + oneLine(item.title);
        if (!id.isEmpty() && !source.isEmpty())
            m_out += QStringLiteral(" (id: ") + id + QStringLiteral(", source: ") + oneLine(source) +
                     QLatin1Char(')');
        else if (!id.isEmpty())
            m_out += QStringLiteral(" (id: ") + id + QLatin1Char(')');
        else if (!source.isEmpty())
            m_out += QStringLiteral(" (source: ") + oneLine(source) + QLatin1Char(')');
        m_out += QStringLiteral(" ---\n");
        textStart = m_out.size();
        m_out += withFinalNewline(item.text) + QStringLiteral("--- End of document ---");
        break;
    }
    addSegment(PromptSegment::Kind::Item, section, start, item.id);
    if (textStart >= 0) {
        m_prompt.segments.last().text = item.text;
        m_prompt.segments.last().textStart = textStart;
    }
    m_needSeparator = true;
}

} // namespace Cb::Core
