#include "core/providers/batch/batchlineresult.h"

namespace Cb::Core {

QString BatchLineResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Succeeded:
        return QStringLiteral("succeeded");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Expired:
        return QStringLiteral("expired");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case Outcome::Missing:
        return QStringLiteral("missing");
    }
    return {};
}

} // namespace Cb::Core
