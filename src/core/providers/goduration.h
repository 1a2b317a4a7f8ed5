#pragma once

#include <QStringView>

#include <optional>

namespace Cb::Core {

// Parses a Go time.Duration string as sent in OpenAI's x-ratelimit-reset-* headers
// ("12ms", "1s", "6m0s", "1h2m3.5s", "250us", "1.5µs", "0") into milliseconds, rounded up so a
// retry never fires early. Returns nullopt for malformed input or negative durations.
std::optional<qint64> parseGoDurationMs(QStringView text);

} // namespace Cb::Core
