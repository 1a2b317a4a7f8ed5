#pragma once

#include "core/common/error.h"
#include "core/providers/providerresult.h"

namespace Cb::Core {

// What became of one request of a batch, matched by custom_id. Only Succeeded carries a
// result; every other outcome carries an error saying why, for the recorded call.
struct BatchLineResult
{
    enum class Outcome
    {
        Succeeded,
        Failed,    // per-line error or the whole batch failed validation
        Expired,   // the 24 h window closed before this request ran
        Cancelled, // the batch was cancelled before this request ran
        Missing,   // the batch completed but its output has no line for this request
    };

    QString customId;
    Outcome outcome = Outcome::Missing;
    ProviderResult result;
    Error error;

    bool ok() const { return outcome == Outcome::Succeeded; }
    static QString outcomeName(Outcome outcome);
};

} // namespace Cb::Core
