#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Cb::Core {

// How {{context}} and {{section:Name}} wrap each item.
enum class WrapStyle
{
    Xml,      // <document title="…" source="…" section="…">…</document>
    Markdown, // "## Section" and "### Item title" headings
    Plain,    // "=== Section ===" and "--- Document: title ---" … "--- End of document ---" lines
};

QString wrapStyleName(WrapStyle style); // "xml", "markdown", "plain"
std::optional<WrapStyle> wrapStyleFromName(const QString& name);

// A prompt template: the instructions (system/developer message) and the input (user message),
// both with {{slots}}, plus how items are wrapped. A plain value; TemplateFile reads and writes
// it, TemplateLibrary keeps the presets and the user's copies, PromptAssembler expands it.
// The format and the slots are documented in resources/templates/README.md.
struct PromptTemplate
{
    QString name; // identifier: letters, digits, '-', '_'; unique case-insensitively
    QString description;
    QString instructions;
    QString input;
    WrapStyle wrap = WrapStyle::Xml;
    // "Cite sources": each document carries its short id (PackItemRef) and the instructions end
    // with how to cite ([[id: "exact quote"]]), so CitationChecker can verify the answer.
    bool citeSources = false;
    bool builtIn = false; // shipped preset (read-only in the editor); not stored in the file
    QString filePath;     // where it was loaded from; empty for an unsaved template

    // Every distinct slot used in either part, in order of first appearance ("goal",
    // "section:Notes", "audience").
    QStringList slotNames() const;
    // The slots that are user variables (not goal, context, title, date or section:…).
    QStringList variableNames() const;

    static bool isValidName(const QString& name);

    friend bool operator==(const PromptTemplate& a, const PromptTemplate& b)
    {
        return a.name == b.name && a.description == b.description &&
               a.instructions == b.instructions && a.input == b.input && a.wrap == b.wrap &&
               a.citeSources == b.citeSources;
    }
};

} // namespace Cb::Core
