#pragma once

#include "core/eval/panelstats.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Cb::Formats {

// Panel statistics as JSON, for `contextbench stats --json` and the JSON export:
//   {"pairs":[{"a","b","wins_a","wins_b","ties","both_bad","n","from_rankings","win_rate_a","ci_low",
//              "ci_high","position_bias":{...}}],
//    "raters":[{"id","name","votes","rankings","position_bias":{"left_wins","right_wins","left_rate",
//               "ci_low","ci_high"},"pairs":[as above]}],
//    "position_bias":{...pooled}, "agreement":{"krippendorff_alpha","cohen_kappa","fleiss_kappa",
//    "items_multi_rated","raters","scale", and a "..._note" saying why a coefficient is null},
//    "bradley_terry":[{"model","rank","strength","ci_low","ci_high","wins","comparisons","group"}],
//    "bradley_terry_bootstrap":{"unit","resamples","rater_items","seed"}, "bradley_terry_prior",
//    "k_of_k":[{"model","k","cases","all_passed","not_fully_judged","with_failed_call","rate",
//               "ci_low","ci_high"}], "judge":{"votes","raters"}, "verdict", "agreement_line"}
// ties exclude both_bad; a tie or both-bad vote is half a win in win_rate_a. Every number that
// is undefined is null, never NaN. Pure.
namespace PanelJson {

QJsonObject of(const Cb::Core::PanelStats& stats);

QJsonArray pairs(const QList<Cb::Core::PairStats>& pairs);
QJsonArray raters(const Cb::Core::PanelStats& stats);
QJsonObject agreement(const Cb::Core::PanelStats& stats);
QJsonObject judge(const Cb::Core::PanelStats& stats);
// Shared with StatisticsJson: a rate with its interval under `name`, "ci_low" and "ci_high"
// (nulls when undefined), and pass^k per model and k.
void putRate(QJsonObject& o, const QString& name, const Cb::Core::WinRate& rate);
QJsonArray kOfK(const QList<Cb::Core::ReliabilityStats>& reliability);

} // namespace PanelJson

} // namespace Cb::Formats
