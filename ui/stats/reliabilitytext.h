#pragma once

#include "core/eval/reliability.h"

#include <QString>

namespace Cb::Ui::ReliabilityText {

// Reliability figures as the interface says them. Core's own labels (ReliabilityStats::label(),
// passAtKLabel()) stay English for the reports and the CLI, which choose their language apart.
QString label(const Core::ReliabilityStats& stats);  // "3/4 (1 refused)" → "3/4 (거부 1회)"
QString passAtK(const Core::PassAtK& k);             // "pass^3: 2 of 5 runs, 40% (12–77%)"
QString passAtK(const Core::ReliabilityStats& stats, const QString& separator);

} // namespace Cb::Ui::ReliabilityText
