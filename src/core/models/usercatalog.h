#pragma once

#include "core/common/result.h"
#include "core/models/modelcatalog.h"

namespace Cb::Core {

// The catalog the app and the command line use: the shipped catalog plus the user's overrides
// file, if there is one (AppDataLocation/catalog-overrides.json, a partial catalog as described
// in resources/models/README.md). A broken overrides file is reported in `warning` and ignored,
// so prices still show; a broken shipped catalog is an error. Plain functions, any thread.
struct UserCatalog
{
    ModelCatalog catalog;
    QString warning; // empty when the overrides applied cleanly or there were none

    static QString overridesPath();
    // overridesPath empty: the default location.
    static Result<UserCatalog> load(const QString& overridesPath = {});
};

} // namespace Cb::Core
