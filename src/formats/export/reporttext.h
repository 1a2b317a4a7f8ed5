#pragma once

#include "core/history/runrecord.h"

#include <QString>

#include <optional>

namespace Cb::Formats {

// The wording and number formats every report format shares, so Markdown, HTML and PDF say the
// same thing the same way. Locale-independent on purpose: a report reads the same on any
// machine, and golden files stay stable. Pure functions; any thread.
class ReportText
{
public:
    static QString tokens(qint64 count);                          // "11 876"
    static QString cost(std::optional<double> usd);               // "$1.1382", "—"
    static QString seconds(std::optional<qint64> ms);             // "41.2 s", "—"
    static QString dateTime(const QDateTime& time);               // "2026-03-14 09:30 UTC"
    static QString rating(std::optional<int> rating);             // "4/5", "—"
    static QString percent(double fraction);                      // "62%"
    static QString settings(const QJsonObject& settings);         // "a=1, b=high"
    static QString title(const Cb::Core::RunRecord& run);         // pack title or "Run 7"
    static QString subtitle(const Cb::Core::RunRecord& run);      // "Comparison of 2 outputs"
    static QString statusLabel(const Cb::Core::CallRecord& call); // "done", "failed (partial)"
    static QString sectionTitle(int index, const QString& label); // "Output 1 — o3"
};

} // namespace Cb::Formats
