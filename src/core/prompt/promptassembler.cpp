#include "core/prompt/promptassembler.h"

#include "core/pack/pack.h"
#include "core/prompt/contextwriter.h"
#include "core/prompt/templatelibrary.h"
#include "core/prompt/templatesyntax.h"

namespace Cb::Core {

namespace {

void appendUnique(QStringList& list, const QString& value)
{
    if (!list.contains(value))
        list.append(value);
}

void expandPart(const QString& text, PromptSegment::Part part, QString& out, const Pack& pack,
                const PromptTemplate& tmpl, const QHash<QString, QString>& variables, QDate date,
                AssembledPrompt& prompt)
{
    for (const TemplateToken& token : TemplateSyntax::tokenize(text)) {
        const qsizetype start = out.size();
        switch (token.kind) {
        case TemplateToken::Kind::Text:
            out += token.text;
            break;
        case TemplateToken::Kind::Goal:
            out += pack.goal;
            prompt.segments.append(
                {part, {}, -1, start, out.size() - start, PromptSegment::Kind::Goal, {}, {}, -1});
            if (pack.goal.trimmed().isEmpty())
                appendUnique(prompt.warnings, QStringLiteral("The pack has no goal."));
            break;
        case TemplateToken::Kind::Title:
            out += pack.title;
            break;
        case TemplateToken::Kind::Date:
            out += date.toString(Qt::ISODate);
            break;
        case TemplateToken::Kind::Context:
            ContextWriter(tmpl.wrap, part, out, prompt).writeContext(pack);
            break;
        case TemplateToken::Kind::Section: {
            const int index = pack.sectionIndex(token.argument);
            if (index < 0)
                appendUnique(
                    prompt.warnings,
                    QStringLiteral(
                        "The template uses {{section:%1}} but the pack has no section of that "
                        "name: left empty.")
                        .arg(token.argument));
            else
                ContextWriter(tmpl.wrap, part, out, prompt).writeSection(pack, index);
            break;
        }
        case TemplateToken::Kind::Variable: {
            const auto value = variables.constFind(token.argument);
            if (value == variables.constEnd()) {
                out += token.text; // stays visible: nothing is dropped silently
                appendUnique(prompt.missingVariables, token.argument);
            } else {
                out += *value;
                prompt.segments.append({part,
                                        {},
                                        -1,
                                        start,
                                        out.size() - start,
                                        PromptSegment::Kind::Variable,
                                        token.argument,
                                        {},
                                        -1});
            }
            break;
        }
        }
    }
}

} // namespace

AssembledPrompt PromptAssembler::assemble(const Pack& pack, const PromptTemplate& tmpl,
                                          const QHash<QString, QString>& variables, QDate date)
{
    AssembledPrompt prompt;
    prompt.templateName = tmpl.name;
    expandPart(tmpl.instructions, PromptSegment::Part::Instructions, prompt.instructions, pack,
               tmpl, variables, date, prompt);
    expandPart(tmpl.input, PromptSegment::Part::Input, prompt.input, pack, tmpl, variables, date,
               prompt);
    return prompt;
}

AssembledPrompt PromptAssembler::assemble(const Pack& pack,
                                          const QHash<QString, QString>& variables, QDate date)
{
    return assemble(pack, TemplateLibrary().defaultTemplate(), variables, date);
}

} // namespace Cb::Core
