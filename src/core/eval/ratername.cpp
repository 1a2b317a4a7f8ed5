#include "core/eval/ratername.h"

namespace Cb::Core {

QString RaterName::of(qint64 raterId, const QString& typedName, const ReportLanguage& language)
{
    if (raterId == 0)
        return language.translate("Report", "You", "the person at the keyboard, as a rater");
    if (!typedName.isEmpty())
        return typedName;
    return language.translate("Report", "rater %1", "a rater whose name is unknown; %1 is its number").arg(raterId);
}

} // namespace Cb::Core
