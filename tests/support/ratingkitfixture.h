#pragma once

#include "core/common/result.h"
#include "core/history/runrecord.h"

#include <QStringList>

namespace Cb::Core {
class Database;
}

namespace Cb::Test {

// A run for rating-kit tests: three models from three providers, two repeats each, answers in
// Markdown with hostile HTML, self-identification and a link; one failed, one refused and one
// empty answer; costs, usage, timings, response ids and reasoning set to distinctive values.
// Inserted with ids no other number in a kit can be mistaken for.
namespace RatingKitFixture {

Core::RunRecord run();
// Inserts run() after placeholder rows, so its run id is 4821378 and its call ids 5937114 onwards.
Core::Result<Core::RunRecord> insert(Core::Database& database);
// Every string that would identify a model or a call if it appeared in a kit of that run:
// model ids and keys, provider names, costs, token counts, timings, response ids, reasoning,
// the run's id and uuid and each call id.
QStringList identifying(const Core::RunRecord& inserted);

} // namespace RatingKitFixture

} // namespace Cb::Test
