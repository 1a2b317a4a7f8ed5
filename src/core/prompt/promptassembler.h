#pragma once

#include "core/prompt/assembledprompt.h"

#include <QDate>
#include <QHash>

namespace Cb::Core {

struct Pack;

// Turns a pack into the prompt a model receives. Pure and thread-safe: the preview runs it off the
// GUI thread on a copy of the pack.
// (Foundation version: fixed "report generator" instructions and XML-tagged documents. The prompt
// issue replaces it with editable templates, slots and wrapping styles.)
class PromptAssembler
{
public:
    static AssembledPrompt assemble(const Pack& pack, const QHash<QString, QString>& variables = {},
                                    QDate date = QDate::currentDate());
};

} // namespace Cb::Core
