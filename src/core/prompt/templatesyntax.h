#pragma once

#include <QList>
#include <QString>

namespace Cb::Core {

// One piece of template text: literal text or a {{slot}}.
struct TemplateToken
{
    enum class Kind
    {
        Text,     // literal text (escapes already resolved)
        Goal,     // {{goal}}
        Title,    // {{title}}
        Date,     // {{date}}
        Context,  // {{context}}
        Section,  // {{section:Name}}; argument = Name (trimmed)
        Variable, // any other {{name}}; argument = name
    };
    Kind kind = Kind::Text;
    QString text;     // Text: the literal; slots: the slot as written ("{{ audience }}")
    QString argument; // Section: section name; Variable: variable name

    // Canonical slot name as listed to users: "goal", "section:Notes", "audience".
    QString slotName() const;
};

// The slot grammar, in one place so the assembler and the editor agree:
//   {{name}}           name = [A-Za-z_][A-Za-z0-9_.-]*, spaces inside the braces are allowed
//   {{section:Name}}   Name = any text without '}' or a line break
//   {{{{  and  }}}}    write literal "{{" and "}}"
// Anything else between braces ("{{ not a slot }}", JSON, "{{{") stays literal text.
// Stateless; any thread.
class TemplateSyntax
{
public:
    static QList<TemplateToken> tokenize(const QString& text);
    static bool isValidVariableName(const QString& name);
};

} // namespace Cb::Core
