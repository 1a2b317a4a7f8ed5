#pragma once

#include "formats/export/reportfacts.h"

#include <QJsonObject>

namespace Cb::Formats {

// A run's statistics as the JSON export carries them beside the record: per pair of models the
// votes, the first model's win rate with its Wilson interval and the pair's position bias; per
// model the k-of-k counts (refused and unjudged apart) and pass rate; the Bradley–Terry
// strengths; under "panel" the per-rater tables, agreement, verdict and judge votes (PanelJson).
// Models are named by their ModelIdentity key. Pure.
namespace StatisticsJson {

QJsonObject of(const ReportFacts& facts);

} // namespace StatisticsJson

} // namespace Cb::Formats
