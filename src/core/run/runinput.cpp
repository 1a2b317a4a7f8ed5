#include "core/run/runinput.h"

#include "core/pack/pack.h"

#include <QJsonObject>

namespace Cb::Core {

RunInput RunInput::fromPack(const Pack& pack, const QString& packPath, const AssembledPrompt& prompt)
{
    RunInput in;
    in.prompt = prompt;
    in.packTitle = pack.title;
    in.packPath = packPath;
    in.packHash = QString::fromLatin1(pack.snapshotHash());
    in.packGoal = pack.goal;
    in.pack = std::make_shared<const Pack>(pack);
    for (const PackSection& section : pack.sections) {
        for (const PackItem& item : section.items) {
            if (!item.enabled)
                continue;
            in.manifest.append(QJsonObject{{QStringLiteral("section"), section.name},
                                           {QStringLiteral("title"), item.title},
                                           {QStringLiteral("source"), item.sourcePath},
                                           {QStringLiteral("bytes"), qint64(item.text.toUtf8().size())}});
        }
    }
    return in;
}

RunInput RunInput::fromRecord(const RunRecord& run)
{
    RunInput in;
    in.prompt.templateName = run.templateName;
    in.prompt.instructions = run.instructions;
    in.prompt.input = run.input;
    in.packTitle = run.packTitle;
    in.packPath = run.packPath;
    in.packHash = run.packHash;
    in.packGoal = run.packGoal;
    in.manifest = run.manifest;
    return in;
}

} // namespace Cb::Core
