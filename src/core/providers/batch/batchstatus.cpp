#include "core/providers/batch/batchstatus.h"

#include <array>

namespace Cb::Core {

namespace {

constexpr std::array<std::pair<BatchState, const char*>, 8> names{{
    {BatchState::Validating, "validating"},
    {BatchState::InProgress, "in_progress"},
    {BatchState::Finalizing, "finalizing"},
    {BatchState::Completed, "completed"},
    {BatchState::Failed, "failed"},
    {BatchState::Expired, "expired"},
    {BatchState::Cancelling, "cancelling"},
    {BatchState::Cancelled, "cancelled"},
}};

} // namespace

QString batchStateName(BatchState state)
{
    for (const auto& [s, n] : names)
        if (s == state)
            return QString::fromLatin1(n);
    return {};
}

std::optional<BatchState> batchStateFromName(const QString& name)
{
    for (const auto& [s, n] : names)
        if (name == QLatin1String(n))
            return s;
    return std::nullopt;
}

bool isTerminal(BatchState state)
{
    switch (state) {
    case BatchState::Completed:
    case BatchState::Failed:
    case BatchState::Expired:
    case BatchState::Cancelled:
        return true;
    default:
        return false;
    }
}

} // namespace Cb::Core
