#include "support/replyrecorder.h"

#include "support/providertesting.h"

#include <QElapsedTimer>

namespace Cb::Test {

using namespace Cb::Core;

ReplyRecorder::ReplyRecorder(ProviderReply* reply)
{
    connect(reply, &ProviderReply::stateChanged, this, [this](ReplyState s) { states.append(s); });
    connect(reply, &ProviderReply::textDelta, this,
            [this](const QString& d) { textDeltas.append(d); });
    connect(reply, &ProviderReply::reasoningDelta, this,
            [this](const QString& d) { reasoningDeltas.append(d); });
    connect(reply, &ProviderReply::usageUpdated, this,
            [this](const Usage& u) { usages.append(u); });
    connect(reply, &ProviderReply::responseIdKnown, this,
            [this](const QString& id) { responseIds.append(id); });
    connect(reply, &ProviderReply::finished, this, [this](const ProviderResult& r) {
        ++finishedCount;
        result = r;
    });
    connect(reply, &ProviderReply::failed, this, [this](const Error& e) {
        ++failedCount;
        error = e;
    });
}

bool ReplyRecorder::waitDone(int timeoutMs)
{
    const bool done = waitFor([this] { return terminalCount() > 0; }, timeoutMs);
    // Let any stray late signal arrive so "exactly one terminal signal" checks are meaningful.
    QElapsedTimer settle;
    settle.start();
    waitFor([&] { return settle.elapsed() >= 20; }, 100);
    return done;
}

} // namespace Cb::Test
