#include "core/experiment/experimentrecord.h"

namespace Cb::Core {

QString ExperimentRecord::modeName(Mode mode)
{
    return mode == Mode::Live ? QStringLiteral("live") : QStringLiteral("batch");
}

std::optional<ExperimentRecord::Mode> ExperimentRecord::modeFromName(const QString& name)
{
    if (name == QStringLiteral("live"))
        return Mode::Live;
    if (name == QStringLiteral("batch"))
        return Mode::Batch;
    return std::nullopt;
}

} // namespace Cb::Core
