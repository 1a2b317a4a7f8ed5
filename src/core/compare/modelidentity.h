#pragma once

#include "core/history/runrecord.h"

#include <QStringList>

namespace Cb::Core {

// One name per model of a run, used by statistics, charts, chart labels and every export, so
// that two models never merge and one model never splits: "provider:model", plus the parameters
// that tell apart calls of the same provider:model in the run ("openai:o3 (effort=high)").
// openai:gpt-4.1 and openai-compatible:gpt-4.1 are two models. Pure; any thread.
namespace ModelIdentity {

// Parallel to `calls`.
QStringList keysOf(const QList<CallRecord>& calls);

// What a label shows for `key` among `all` keys: the key without its provider when no other
// key has the same remainder ("o3"), the whole key otherwise ("openai:gpt-4.1" next to
// "openai-compatible:gpt-4.1").
QString shortLabel(const QString& key, const QStringList& all);

} // namespace ModelIdentity

} // namespace Cb::Core
