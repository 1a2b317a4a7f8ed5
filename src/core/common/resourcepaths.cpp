#include "core/common/resourcepaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include "cb_source_paths.h"

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

QString localizedResourcePath(const QString& relative, const QString& language)
{
    if (!language.isEmpty() && language != QLatin1String("en")) {
        const QFileInfo info(relative);
        const QString dir =
            info.path() == QLatin1String(".") ? QString() : info.path() + QLatin1Char('/');
        const QString candidate = resourcePath(dir + info.completeBaseName() + QLatin1Char('-') +
                                               language + QLatin1Char('.') + info.suffix());
        if (QFileInfo::exists(candidate))
            return candidate;
    }
    return resourcePath(relative);
}

} // namespace Cb::Core
