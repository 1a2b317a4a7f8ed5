#pragma once

#include "core/common/result.h"
#include "core/models/modelinfo.h"

#include <QJsonObject>

namespace Cb::Core {

// The catalog entry <-> JSON mapping (format documented in resources/models/README.md).
// Parsing is strict about types (a price given as a string is an error naming the field) and
// lenient about unknown keys, so newer catalogs with extra fields still load.
Result<ModelInfo> modelInfoFromJson(const QJsonObject& object);
QJsonObject modelInfoToJson(const ModelInfo& model);

// Recursive merge: objects merge key by key, anything else in `overlay` replaces `base`.
// An explicit null in `overlay` replaces too (that is how an override clears a price).
QJsonObject mergeJsonObjects(const QJsonObject& base, const QJsonObject& overlay);

} // namespace Cb::Core
