#pragma once

#include "core/providers/provider.h"

#include <QList>

namespace Cb::Test {

// One scripted model turn: the text it streams, the calls it makes, the usage it reports —
// or a failure, or a turn that never ends (for cancel tests).
struct ScriptedTurn
{
    QStringList textDeltas;
    QList<Core::ToolCall> calls;
    Core::Usage usage;
    QJsonValue modelTurn;
    std::optional<Core::Error> failure;
    bool hang = false;
};

// An in-process Provider that answers each send() with the next scripted turn (the last one
// repeats once the script runs out) and records every request it got. Replies start on the
// next event-loop turn, like real ones.
class ScriptedProvider : public Core::Provider
{
public:
    explicit ScriptedProvider(QList<ScriptedTurn> script);
    Core::ProviderKind kind() const override { return Core::ProviderKind::OpenAiResponses; }
    Core::ProviderReply* send(const Core::ProviderRequest& request, QObject* parent = nullptr) override;

    QList<Core::ProviderRequest> requests;
    int aborted = 0; // replies dropped or cancelled while in flight

private:
    QList<ScriptedTurn> m_script;
};

} // namespace Cb::Test
