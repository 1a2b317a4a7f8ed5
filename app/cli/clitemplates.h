#pragma once

#include "core/common/result.h"
#include "core/prompt/prompttemplate.h"

#include <QHash>

namespace Cb::Core {
class TemplateLibrary;
}

namespace Cb::App {

// Template and variable options shared by the subcommands that assemble a prompt
// (`assemble`, `run`).
namespace CliTemplates {

// A template by library name, or a .cbtemplate file; empty = the library's default.
// NotFound for an unknown name (a usage error), other codes for unreadable files.
Core::Result<Core::PromptTemplate> pick(const QString& nameOrFile, const Core::TemplateLibrary& library);
// NAME=VALUE assignments from repeated --var options.
Core::Result<QHash<QString, QString>> parseVariables(const QStringList& assignments);

} // namespace CliTemplates

} // namespace Cb::App
