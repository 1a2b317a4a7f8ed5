#include "gui/screenshots.h"

#include <QDir>
#include <QPixmap>
#include <QWidget>

namespace Cb::Test {

void saveScreenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("CB_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QDir().mkpath(dir);
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace Cb::Test
