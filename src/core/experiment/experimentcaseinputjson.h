#pragma once

#include "core/run/runinput.h"

#include <QJsonObject>

namespace Cb::Core {

struct ExperimentCase;

// A case's run input as experiment_cases.input_json keeps it until the case's run is recorded:
// the assembled prompt and the pack's manifest (pack path, hash and goal are columns of their
// own). Enough to record and send the case after a restart, without the pack or template.
namespace ExperimentCaseInputJson {

QJsonObject toJson(const RunInput& input);
// The input recorded for `c`, without its pack (see recordedPack). Fails when the case kept no
// input (recorded before ContextBench kept it).
Result<RunInput> fromCase(const ExperimentCase& c);
// The pack at `path` if it is still the one recorded (`hash`): with it, answers get their
// citations checked and tools mode can run; null otherwise.
std::shared_ptr<const Pack> recordedPack(const QString& path, const QString& hash);

} // namespace ExperimentCaseInputJson

} // namespace Cb::Core
