#pragma once

#include "core/providers/usage.h"

#include <QString>

namespace Cb::Core {

// The outcome of a successful call. `truncated` is set when the model stopped on its output
// limit (max_output_tokens / length / MAX_TOKENS): the call succeeded but the text is cut.
struct ProviderResult
{
    QString text;
    QString reasoning;
    Usage usage;
    QString finishReason; // provider's own word: "stop", "end_turn", "STOP", "completed"...
    bool truncated = false;
    QString responseId;
    QString model; // as echoed by the provider, if any
    qint64 elapsedMs = 0;
    qint64 timeToFirstTokenMs = -1; // first answer or reasoning delta; -1 if none streamed
    int attempts = 1;
};

} // namespace Cb::Core
