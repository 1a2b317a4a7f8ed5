#pragma once

#include "core/common/reportlanguage.h"

#include <QString>

namespace Cb::Core {

// How a rater is named to a reader. Core keeps who cast a vote as an id (0 = the person at the
// keyboard) and the name a user typed, never words of its own: the words for the person at the
// keyboard ("You") and for a rater without a name ("rater 7") are chosen where they are shown, in
// that place's language — the window's and the command line's (ReportLanguage::application()), a
// report's own, or the English source for JSON, which keeps "You" as it always had. A typed name
// is returned exactly as typed. Pure; any thread (application() itself only on the GUI thread).
namespace RaterName {

QString of(qint64 raterId, const QString& typedName, const ReportLanguage& language = {});

} // namespace RaterName

} // namespace Cb::Core
