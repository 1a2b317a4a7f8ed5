#include "support/replyrecorder.h"

#include <QTest>

namespace Cb::Test {

using namespace Cb::Core;

ReplyRecorder::ReplyRecorder(ProviderReply* reply) : QObject(reply)
{
    connect(reply, &ProviderReply::stateChanged, this, [this](ReplyState s) { states.append(s); });
    connect(reply, &ProviderReply::textDelta, this, [this](const QString& d) { textDeltas.append(d); });
    connect(reply, &ProviderReply::reasoningDelta, this,
            [this](const QString& d) { reasoningDeltas.append(d); });
    connect(reply, &ProviderReply::usageUpdated, this, [this](const Usage& u) { usages.append(u); });
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
    const bool done = QTest::qWaitFor([this] { return terminalCount() > 0; }, timeoutMs);
    // Let any stray late signal arrive so "exactly one terminal signal" checks are meaningful.
    QTest::qWait(20);
    return done;
}

} // namespace Cb::Test
