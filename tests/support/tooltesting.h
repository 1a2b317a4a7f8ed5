#pragma once

#include "core/providers/providerrequest.h"
#include "core/providers/providerresult.h"

#include <QByteArray>
#include <QJsonObject>

namespace Cb::Test {

// The read_item tool of PROTOCOLS.md §12.6, in the strict schema subset.
Core::ToolDefinition readItemTool();
// One SSE event: "event: <type>\ndata: <json>\n\n" (no event line when type is empty).
QByteArray sseEvent(const QByteArray& type, const QByteArray& json);
QJsonObject jsonObject(const QByteArray& json);
// The next round of a tool loop as the harness builds it: the first request's prompt as a user
// turn, the model's turn (text, modelTurn, calls), one user turn with the results; input empty.
Core::ProviderRequest nextRound(const Core::ProviderRequest& first,
                                const Core::ProviderResult& result,
                                const QList<Core::ToolResult>& results);

} // namespace Cb::Test
