#pragma once

#include "core/history/runrecord.h"

#include <QString>
#include <QStringList>

namespace Cb::Ui {
class ComparePanel;
}

namespace Cb::Test {

// Runs for the comparison tests: `models` × `repeats` calls with ids 1.. (or as the history
// assigns them), realistic Markdown plans that differ by model and attempt.
Core::RunRecord compareRun(const QStringList& models, int repeats, bool finished);
// A plan in Markdown with headings, a list, a table and a code block; `variant` changes
// wording and which sections appear.
QString samplePlan(int variant);
// Titles of the columns the panel shows, in order ("Output A" while blind).
QStringList shownTitles(Ui::ComparePanel& panel);

} // namespace Cb::Test
