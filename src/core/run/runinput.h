#pragma once

#include "core/common/result.h"
#include "core/history/runrecord.h"
#include "core/prompt/assembledprompt.h"

#include <QJsonArray>
#include <QSet>

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
    QJsonArray manifest; // [{id, short_id, section, title, source, bytes}] of the enabled items
    // The pack as sent, so each answer's citations can be checked when its call finishes; null
    // for a run rebuilt from history (its answers keep the citations checked back then).
    std::shared_ptr<const Pack> pack{};
    // Tools mode: the items the tools may reach (empty: the items `prompt` holds), and the
    // manifest prompt as first sent (empty: built from `prompt`). Set when running a recorded
    // run again, whose prompt has no segments to find them in.
    QSet<QString> toolItems{};
    QString toolsInput{};

    static RunInput fromPack(const Pack& pack, const QString& packPath, const AssembledPrompt& prompt);
    // The same prompt and pack identity as a recorded run ("Run again").
    static RunInput fromRecord(const RunRecord& run);
    // fromRecord, and for a run with tools-mode calls what they need again: the pack read from
    // its file (it must be unchanged), the items its tools reached and the manifest prompt its
    // calls were sent. Fails with a message saying what is missing.
    static Result<RunInput> forRunAgain(const RunRecord& run);

    // The pack a recorded run was sent with, read again from run.packPath; fails when the file
    // is gone or no longer the pack the run recorded (its snapshot hash differs).
    static Result<std::shared_ptr<const Pack>> recordedPack(const RunRecord& run);
    // The items a recorded tools-mode run let its tools reach (run settings "tool_items").
    static QSet<QString> recordedToolItems(const RunRecord& run);
    // The settings key recordedToolItems() reads.
    static QString toolItemsKey() { return QStringLiteral("tool_items"); }
};

} // namespace Cb::Core
