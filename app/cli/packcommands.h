#pragma once

#include "cli/clicommand.h"

#include "core/common/result.h"
#include "core/pack/pack.h"

namespace Cb::App {

// Pieces shared by the `contextbench pack` subcommands (packcommand.cpp dispatches,
// packaddcommand.cpp imports files).
namespace PackCli {

int usage(CliIo& io, const QString& sub, const QString& message);
// Loads a pack, or prints why not (malformed and newer files are never written back).
Core::Result<Core::Pack> load(const QString& path, CliIo& io, const QString& sub);
bool save(const Core::Pack& pack, const QString& path, CliIo& io, const QString& sub);
// Index of the named section, appended when missing.
int ensureSection(Core::Pack& pack, const QString& name);

int runAdd(const QStringList& args, CliIo& io);

} // namespace PackCli

} // namespace Cb::App
