#include "cli/clitemplates.h"
#include "cli/clitext.h"

#include "core/prompt/templatefile.h"
#include "core/prompt/templatelibrary.h"
#include "core/prompt/templatesyntax.h"

#include <QFileInfo>

namespace Cb::App::CliTemplates {

using Core::ErrorCode;

Core::Result<Core::PromptTemplate> pick(const QString& nameOrFile, const Core::TemplateLibrary& library)
{
    const bool looksLikeFile = nameOrFile.contains(QLatin1Char('/')) ||
                               nameOrFile.endsWith(QLatin1Char('.') + Core::TemplateFile::kExtension) ||
                               QFileInfo(nameOrFile).isFile();
    if (looksLikeFile)
        return Core::TemplateFile::load(nameOrFile);
    if (nameOrFile.isEmpty())
        return library.defaultTemplate();
    if (const Core::PromptTemplate* found = library.find(nameOrFile))
        return *found;
    return Core::fail(ErrorCode::NotFound, CliText::tr("no template named '%1'; available: %2")
                                               .arg(nameOrFile, library.names().join(QStringLiteral(", "))));
}

Core::Result<QHash<QString, QString>> parseVariables(const QStringList& assignments)
{
    QHash<QString, QString> variables;
    for (const QString& assignment : assignments) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        const QString key = assignment.left(eq).trimmed();
        if (eq < 0 || !Core::TemplateSyntax::isValidVariableName(key))
            return Core::fail(ErrorCode::InvalidInput,
                              CliText::tr("--var expects NAME=VALUE with a name like 'audience', got '%1'")
                                  .arg(assignment));
        variables.insert(key, assignment.mid(eq + 1));
    }
    return variables;
}

} // namespace Cb::App::CliTemplates
