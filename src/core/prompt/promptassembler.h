#pragma once

#include "core/prompt/assembledprompt.h"
#include "core/prompt/prompttemplate.h"

#include <QDate>
#include <QHash>

namespace Cb::Core {

struct Pack;

// Turns a pack and a template into exactly what a model receives: the single source of the bytes
// sent to providers, shown in the preview and printed by `contextbench assemble`.
// The template is expanded first and pack data (goal, title, item text, variable values) is
// inserted as data, never expanded, so a document containing "{{goal}}" stays as it is.
// Slots: {{goal}} {{title}} {{date}} (ISO yyyy-MM-dd) {{context}} {{section:Name}} and user
// variables {{name}} (from `variables`; missing ones stay visible and are listed in
// missingVariables). See resources/templates/README.md. Deterministic, pure and thread-safe.
class PromptAssembler
{
public:
    static AssembledPrompt assemble(const Pack& pack, const PromptTemplate& tmpl,
                                    const QHash<QString, QString>& variables = {},
                                    QDate date = QDate::currentDate());

    // With the library's default template (report-generator, or the user's copy of it), read
    // from disk on each call so edits show up in the preview.
    static AssembledPrompt assemble(const Pack& pack, const QHash<QString, QString>& variables = {},
                                    QDate date = QDate::currentDate());

    // What a template with "Cite sources" on appends to the instructions (after a blank line).
    static QString citationInstructions();
};

} // namespace Cb::Core
