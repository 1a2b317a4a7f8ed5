#pragma once

#include "core/common/result.h"
#include "core/history/raterstore.h"

namespace Cb::Core {

class Database;

// A rater with how much of the history is theirs.
struct RaterTallyRow
{
    RaterRecord rater{};
    int votes = 0;
    int rankings = 0;
    int kits = 0;
};

// Every rater with their counts of votes, rankings and kits, by id (`rate raters`, the Raters
// dialog). Read-only; use from the thread that opened the database.
class RaterTally
{
public:
    static Result<QList<RaterTallyRow>> load(Database& database);
};

} // namespace Cb::Core
