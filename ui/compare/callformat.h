#pragma once

#include "core/history/runrecord.h"

#include <QString>

namespace Cb::Ui::CallFormat {

// Short human figures for column headers and tables. Pure functions.
QString duration(qint64 ms);                  // "850 ms", "12.4 s", "3:07"
QString tokens(const Core::CallRecord& call); // "1.2k in · 8.4k out", "" if unknown
QString tokens(const QString& provider, const QJsonObject& usage); // usage as history records it
QString cost(const std::optional<double>& usd); // "$0.012", "" if unknown
QString effort(const QJsonObject& params);    // "effort high", "" if none
// A reasoning effort as the interface says it ("high" → "높음"); the API value stays "high".
QString effortLevel(const QString& effort);
QString state(Core::CallStatus status);       // "Streaming", "Done", ...
QString stateColor(Core::CallStatus status);  // a CSS colour for the state badge
// Elapsed time of the call at `now`: totalMs once finished, else since startedAt.
std::optional<qint64> elapsedMs(const Core::CallRecord& call, const QDateTime& now);

} // namespace Cb::Ui::CallFormat
