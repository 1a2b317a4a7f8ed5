#pragma once

#include "core/providers/providerreply.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

namespace Cb::Test {

// Records every signal of a ProviderReply so tests can assert on the whole conversation
// (states in order, deltas, usage updates, exactly one terminal signal). Not parented to the
// reply: it may live on the stack and outlive it.
class ReplyRecorder : public QObject
{
    Q_OBJECT

public:
    explicit ReplyRecorder(Core::ProviderReply* reply);

    // Spins the event loop until finished/failed arrived (or the timeout passed).
    bool waitDone(int timeoutMs = 15000);

    QList<Core::ReplyState> states;
    QStringList textDeltas;
    QStringList reasoningDeltas;
    QList<Core::Usage> usages;
    QStringList responseIds;
    int finishedCount = 0;
    int failedCount = 0;
    std::optional<Core::ProviderResult> result;
    std::optional<Core::Error> error;

    QString text() const { return textDeltas.join(QString()); }
    QString reasoning() const { return reasoningDeltas.join(QString()); }
    int terminalCount() const { return finishedCount + failedCount; }
    bool sawState(Core::ReplyState s) const { return states.contains(s); }
};

} // namespace Cb::Test
