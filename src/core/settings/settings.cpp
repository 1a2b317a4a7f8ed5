#include "core/settings/settings.h"

namespace Cb::Core {

void Settings::addRecentPack(const QString& path)
{
    QStringList recent = get(Keys::RecentPacks);
    recent.removeAll(path);
    recent.prepend(path);
    const int max = qMax(1, get(Keys::RecentPacksMax));
    while (recent.size() > max)
        recent.removeLast();
    set(Keys::RecentPacks, recent);
}

} // namespace Cb::Core
