#pragma once

#include "core/providers/toolcall.h"

#include <QJsonValue>
#include <QList>

#include "core/providers/usage.h"

#include <QString>
#include <QStringList>

namespace Cb::Core {

// The outcome of a successful call. `truncated` is set when the model stopped on its output
// limit (max_output_tokens / length / MAX_TOKENS): the call succeeded but the text is cut.
// `refused` is set when the model declined to answer (Anthropic stop_reason "refusal", a
// Chat Completions / Responses refusal part): `refusal` holds its words, `text` any answer
// text that came before. `toolCalls` names functions the model asked for (a run that offers
// none then has no answer text to show).
struct ProviderResult
{
    QString text;
    QString reasoning;
    Usage usage;
    QString finishReason; // provider's own word: "stop", "end_turn", "STOP", "completed"...
    bool truncated = false;
    bool refused = false;
    QString refusal;
    QStringList toolCalls;
    // The complete function calls, in the order the model made them (truncated ones dropped),
    // and the model's whole output as the provider sent it, to echo in the next round of a
    // tool loop (see ConversationTurn::native).
    QList<ToolCall> calls;
    QJsonValue modelTurn;
    QString responseId;
    QString model; // as echoed by the provider, if any
    qint64 elapsedMs = 0;
    qint64 timeToFirstTokenMs = -1; // first answer or reasoning delta; -1 if none streamed
    int attempts = 1;
};

} // namespace Cb::Core
