#include "core/history/runrecord.h"

namespace Cb::Core {

namespace {
const QList<std::pair<CallStatus, const char*>> kNames = {
    {CallStatus::Queued, "queued"},       {CallStatus::Waiting, "waiting"},
    {CallStatus::Thinking, "thinking"},   {CallStatus::Streaming, "streaming"},
    {CallStatus::Done, "done"},           {CallStatus::Refused, "refused"},
    {CallStatus::Failed, "failed"},
    {CallStatus::Cancelled, "cancelled"},
};
} // namespace

QString callStatusName(CallStatus status)
{
    for (const auto& [s, name] : kNames)
        if (s == status)
            return QString::fromLatin1(name);
    return QStringLiteral("failed");
}

CallStatus callStatusFromName(const QString& name)
{
    for (const auto& [s, n] : kNames)
        if (name == QLatin1String(n))
            return s;
    return CallStatus::Failed;
}

bool isTerminal(CallStatus status)
{
    return status == CallStatus::Done || status == CallStatus::Refused || status == CallStatus::Failed ||
           status == CallStatus::Cancelled;
}

const CallRecord* RunRecord::call(qint64 callId) const
{
    for (const CallRecord& c : calls)
        if (c.id == callId)
            return &c;
    return nullptr;
}

} // namespace Cb::Core
