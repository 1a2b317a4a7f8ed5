#pragma once

#include "core/history/runrecord.h"
#include "core/prompt/assembledprompt.h"

#include <QJsonArray>

#include <memory>

namespace Cb::Core {

struct Pack;

// What one Send sends and where it came from: the exact assembled prompt plus the pack's
// identity, as history records it. A plain value.
struct RunInput
{
    AssembledPrompt prompt;
    QString packTitle;
    QString packPath;
    QString packHash; // Pack::snapshotHash(), hex
    QString packGoal;
    QJsonArray manifest; // [{section, title, source, bytes}] of the enabled items
    // The pack itself, for models in tools mode (they fetch items on demand); null when the
    // input comes from a record, which keeps only the assembled prompt.
    std::shared_ptr<const Pack> pack;

    static RunInput fromPack(const Pack& pack, const QString& packPath, const AssembledPrompt& prompt);
    // The same prompt and pack identity as a recorded run ("Run again").
    static RunInput fromRecord(const RunRecord& run);
};

} // namespace Cb::Core
