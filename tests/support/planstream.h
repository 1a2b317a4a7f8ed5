#pragma once

#include <QByteArray>
#include <QString>

namespace Cb::Test {

// A minimal streamed reply carrying `text`, in one protocol's own events, with usage:
// "responses" (OpenAI Responses), "chat" (Chat Completions), "anthropic" or "gemini".
QByteArray planStream(const QString& protocol, const QString& text);

} // namespace Cb::Test
