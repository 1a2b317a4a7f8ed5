#include "core/models/usercatalog.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>

namespace Cb::Core {

QString UserCatalog::overridesPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/catalog-overrides.json");
}

Result<UserCatalog> UserCatalog::load(const QString& path)
{
    auto shipped = ModelCatalog::loadDefault();
    if (!shipped)
        return tl::unexpected<Error>(shipped.error());
    UserCatalog out{std::move(*shipped), {}};
    const QString overrides = path.isEmpty() ? overridesPath() : path;
    if (!QFileInfo::exists(overrides)) {
        if (!path.isEmpty())
            out.warning = QCoreApplication::translate("Cb::Core::UserCatalog",
                                                      "model overrides file %1 not found")
                              .arg(path);
        return out;
    }
    if (auto applied = out.catalog.applyOverridesFile(overrides); !applied)
        out.warning = QCoreApplication::translate("Cb::Core::UserCatalog",
                                                  "model overrides in %1 ignored: %2")
                          .arg(overrides, applied.error().message);
    return out;
}

} // namespace Cb::Core
