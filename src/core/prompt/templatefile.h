#pragma once

#include "core/common/result.h"
#include "core/prompt/prompttemplate.h"

namespace Cb::Core {

// Reads and writes template files (*.cbtemplate): a header of "key: value" lines (name,
// description, wrap; '#' starts a comment), then the parts, each introduced by a line
// "@@ instructions" or "@@ input". A body line that starts with "@@" is stored with one more '@'.
// The format is documented in resources/templates/README.md.
// Saves are atomic (QSaveFile). Stateless; any thread.
class TemplateFile
{
public:
    static inline const QString kExtension = QStringLiteral("cbtemplate");
    static constexpr qint64 kMaxFileBytes = 1024 * 1024;

    // Errors name the line: "line 4: unknown wrap style 'html'".
    static Result<PromptTemplate> parse(const QString& text);
    static QString serialize(const PromptTemplate& tmpl);

    // Sets filePath on success; errors are prefixed with the file name.
    static Result<PromptTemplate> load(const QString& path);
    static VoidResult save(const PromptTemplate& tmpl, const QString& path);
};

} // namespace Cb::Core
