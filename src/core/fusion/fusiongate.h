#pragma once

#include "core/history/fusionrecord.h"

namespace Cb::Core {

// Whether a run may be fused yet: fusion comes after judging, never instead of it. Open once
// every blind pair of the run (BlindSchedule: each pair of models, per repeat) has a blind vote
// — yours, a panel member's or a judge model's — or once the answers were ranked blind, and
// the run has at least two answers to fuse. Pure; any thread.
namespace FusionGate {

// Empty when fusion may go ahead; otherwise what is missing, in words for the user.
QString blocker(const RunRecord& run);
// Blind pairs of the run and how many of them have a blind vote.
std::pair<int, int> votedPairs(const RunRecord& run);

} // namespace FusionGate

} // namespace Cb::Core
