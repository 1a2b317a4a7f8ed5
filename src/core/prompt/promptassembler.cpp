#include "core/prompt/promptassembler.h"

#include <QCoreApplication>

#include "core/pack/pack.h"
#include "core/pack/packitemref.h"
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

struct Expansion
{
    const Pack& pack;
    const PromptTemplate& tmpl;
    const QHash<QString, QString>& variables;
    QDate date;
    const QHash<QString, QString>* ids; // item UUID -> short id; null unless citing sources
};

void expandPart(const QString& text, PromptSegment::Part part, QString& out, const Expansion& x,
                AssembledPrompt& prompt)
{
    const Pack& pack = x.pack;
    const auto& variables = x.variables;
    const QDate date = x.date;
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
                appendUnique(prompt.warnings, QCoreApplication::translate("Cb::Core::PromptAssembler", "The pack has no goal."));
            break;
        case TemplateToken::Kind::Title:
            out += pack.title;
            break;
        case TemplateToken::Kind::Date:
            out += date.toString(Qt::ISODate);
            break;
        case TemplateToken::Kind::Context: {
            ContextWriter writer(x.tmpl.wrap, part, out, prompt);
            writer.setItemIds(x.ids);
            writer.writeContext(pack);
            break;
        }
        case TemplateToken::Kind::Section: {
            const int index = pack.sectionIndex(token.argument);
            if (index < 0)
                appendUnique(
                    prompt.warnings,
                    QStringLiteral(
                        "The template uses {{section:%1}} but the pack has no section of that "
                        "name: left empty.")
                        .arg(token.argument));
            else {
                ContextWriter writer(x.tmpl.wrap, part, out, prompt);
                writer.setItemIds(x.ids);
                writer.writeSection(pack, index);
            }
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

QString PromptAssembler::citationInstructions()
{
    return QStringLiteral(
        "Cite your sources. Every document carries an id. Support each factual claim (a figure, "
        "a date, a name, a decision, a quotation) with a citation right after it, written "
        "exactly as [[id: \"exact quote\"]], where id is the document's id and the quote is "
        "copied word for word from that document, short enough to be precise (a phrase or a "
        "sentence). Several quotes from one document may share a citation: [[id: \"first\", "
        "\"second\"]]. Never cite a document you were not given, and never alter a quote: "
        "every citation is checked against the documents.");
}

AssembledPrompt PromptAssembler::assemble(const Pack& pack, const PromptTemplate& tmpl,
                                          const QHash<QString, QString>& variables, QDate date)
{
    AssembledPrompt prompt;
    prompt.templateName = tmpl.name;
    const QHash<QString, QString> ids =
        tmpl.citeSources ? PackItemRef::shortIds(pack) : QHash<QString, QString>();
    const Expansion x{pack, tmpl, variables, date, tmpl.citeSources ? &ids : nullptr};
    expandPart(tmpl.instructions, PromptSegment::Part::Instructions, prompt.instructions, x,
               prompt);
    expandPart(tmpl.input, PromptSegment::Part::Input, prompt.input, x, prompt);
    if (tmpl.citeSources) {
        if (!prompt.instructions.isEmpty())
            prompt.instructions += QStringLiteral("\n\n");
        prompt.instructions += citationInstructions();
    }
    return prompt;
}

AssembledPrompt PromptAssembler::assemble(const Pack& pack,
                                          const QHash<QString, QString>& variables, QDate date)
{
    return assemble(pack, TemplateLibrary().defaultTemplate(), variables, date);
}

} // namespace Cb::Core
