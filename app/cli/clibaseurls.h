#pragma once

#include "core/common/result.h"

#include <QHash>
#include <QStringList>

namespace Cb::App {

// The repeatable `--base-url PROVIDER=URL` option shared by the subcommands that call providers
// (`run`, `pack add` for transcription).
namespace CliBaseUrls {

// PROVIDER=URL pairs by canonical provider id; the URL is taken as given (the official SDKs'
// conventions: openai and local include /v1, anthropic and gemini do not). InvalidInput with a
// usage message for anything else.
Core::Result<QHash<QString, QString>> parse(const QStringList& values);

} // namespace CliBaseUrls

} // namespace Cb::App
