#pragma once

#include "core/common/reportlanguage.h"

#include <QString>

namespace Cb::Core {

struct PanelStats;

// The panel's result in one line of words, for the Stats dialog, reports and `contextbench
// stats`: "o3-pro preferred in 64% of 50 judgements (95% CI 50–76%), 5 raters, α = 0.41
// (moderate agreement)". Wording rules: docs/STATISTICS.md, "The verdict". Every line is in
// `language` (a report's, or ReportLanguage::application() for the window); the default is the
// English source text, which the JSON exports keep. Pure; any thread.
namespace PanelVerdict {

QString of(const PanelStats& stats, const ReportLanguage& language = {});

// Landis & Koch's (1977) words for an agreement coefficient, applied to the value rounded to two
// decimals (the number printed next to it): below 0 "less than chance", to 0.20 "slight", 0.40
// "fair", 0.60 "moderate", 0.80 "substantial", above "almost perfect"; each followed by " agreement".
QString band(double coefficient, const ReportLanguage& language = {});

// "Agreement over 4 answer pairs judged by more than one rater (2 raters): Krippendorff's α
// (ordinal) 0.79, Cohen's κ 0.64, Fleiss' κ 0.62", with the reason where a coefficient is not
// given; "Agreement: no answer pair was judged by more than one rater" when nothing was shared.
QString agreementLine(const PanelStats& stats, const ReportLanguage& language = {});

} // namespace PanelVerdict

} // namespace Cb::Core
