#include "core/common/resourcepaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Cb::Core {

QString resourceDir()
{
    const QString fromEnv = qEnvironmentVariable("CB_RESOURCE_DIR");
    if (!fromEnv.isEmpty() && QFileInfo(fromEnv).isDir())
        return QDir(fromEnv).absolutePath();
    if (QCoreApplication::instance()) {
        const QString installed =
            QCoreApplication::applicationDirPath() + QStringLiteral("/../share/contextbench");
        if (QFileInfo(installed).isDir())
            return QDir(installed).absolutePath();
    }
    return QStringLiteral(CB_SOURCE_RESOURCE_DIR);
}

QString resourcePath(const QString& relative)
{
    return resourceDir() + QLatin1Char('/') + relative;
}

} // namespace Cb::Core
