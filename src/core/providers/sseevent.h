#pragma once

#include <QString>

namespace Cb::Core {

// One dispatched server-sent event. `event` is empty when the stream sent no `event:` field
// (Chat Completions, Gemini); `data` holds the data lines joined with '\n'.
struct SseEvent
{
    QString event;
    QString data;
    QString id;
};

} // namespace Cb::Core
