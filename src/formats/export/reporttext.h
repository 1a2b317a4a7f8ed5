#pragma once

#include "core/common/reportlanguage.h"
#include "core/history/runrecord.h"

#include <QString>

#include <optional>

namespace Cb::Formats {

// The wording and number formats every report format shares, so Markdown, HTML and PDF say the
// same thing the same way, in the report's language (ReportLanguage: its own translator and a
// fixed locale per language, so a report reads the same on any machine and goldens stay stable).
// Report strings live in the "Report" translation context. Any thread.
class ReportText
{
public:
    explicit ReportText(Cb::Core::ReportLanguage language = {});

    // Callers translate their own labels with language().translate("Report", "literal"), which
    // lupdate finds.
    const Cb::Core::ReportLanguage& language() const { return m_language; }

    QString number(qint64 value) const;                    // "11,876"
    QString tokens(qint64 count) const;                    // "11,876"
    QString cost(std::optional<double> usd) const;         // "$1.1382", "—"
    QString seconds(std::optional<qint64> ms) const;       // "41.2 s" / "41.2초", "—"
    QString dateTime(const QDateTime& time) const;         // "2026-03-14 09:30 UTC"
    QString rating(std::optional<int> rating) const;       // "4/5", "—"
    QString percent(double fraction) const;                // "62%"
    QString settings(const QJsonObject& settings) const;   // "a=1, b=high"
    QString title(const Cb::Core::RunRecord& run) const;   // pack title or "Run 7"
    QString subtitle(const Cb::Core::RunRecord& run) const; // "Comparison of 2 outputs"
    QString statusName(Cb::Core::CallStatus status) const;  // "done" / "완료"
    QString statusLabel(const Cb::Core::CallRecord& call) const; // "done", "failed (partial)"
    QString sectionTitle(int index, const QString& label) const; // "Output 1 — o3"
    QString judgement(const QString& judgement) const;      // "pass" / "통과", "—" when empty

private:
    Cb::Core::ReportLanguage m_language;
};

} // namespace Cb::Formats
