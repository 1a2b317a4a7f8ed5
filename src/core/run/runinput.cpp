#include "core/run/runinput.h"

#include "core/pack/pack.h"
#include "core/pack/packfile.h"
#include "core/pack/packitemref.h"
#include "core/providers/conversationturn.h"

#include <QCoreApplication>
#include <QFileInfo>

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
    const QHash<QString, QString> shortIds = PackItemRef::shortIds(pack);
    for (const PackSection& section : pack.sections) {
        for (const PackItem& item : section.items) {
            if (!item.enabled)
                continue;
            // The ids let the coverage view match tool reads and citations to manifest rows.
            in.manifest.append(QJsonObject{{QStringLiteral("id"), item.id},
                                           {QStringLiteral("short_id"), shortIds.value(item.id)},
                                           {QStringLiteral("section"), section.name},
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

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Cb::Core::RunInput", text); }

} // namespace

Result<std::shared_ptr<const Pack>> RunInput::recordedPack(const RunRecord& run)
{
    if (run.packPath.isEmpty() || !QFileInfo::exists(run.packPath))
        return fail(ErrorCode::NotFound, tr("The pack file this run was sent from is not there any more (%1): its "
                                            "tools-mode models need the pack to read from.")
                                             .arg(run.packPath.isEmpty() ? tr("no path recorded") : run.packPath));
    auto pack = PackFile::load(run.packPath);
    if (!pack)
        return fail(pack.error());
    if (QString::fromLatin1(pack->snapshotHash()) != run.packHash)
        return fail(ErrorCode::InvalidInput, tr("The pack %1 has changed since this run was sent, so its tools-mode "
                                                "models would read other material. Send it again from the pack instead.")
                                                 .arg(run.packPath));
    return std::make_shared<const Pack>(std::move(*pack));
}

QSet<QString> RunInput::recordedToolItems(const RunRecord& run)
{
    QSet<QString> items;
    for (const QJsonValue& id : run.settings.value(toolItemsKey()).toArray())
        items.insert(id.toString());
    return items;
}

Result<RunInput> RunInput::forRunAgain(const RunRecord& run)
{
    RunInput in = fromRecord(run);
    const CallRecord* tools = nullptr;
    for (const CallRecord& c : run.calls)
        if (c.contextMode == QLatin1String("tools") && (!tools || tools->conversation.isEmpty()))
            tools = &c;
    if (!tools)
        return in;
    const QList<ConversationTurn> sent = conversationFromJson(tools->conversation);
    in.toolItems = recordedToolItems(run);
    if (sent.isEmpty() || in.toolItems.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("This run's tools-mode calls were recorded before ContextBench kept "
                                                "what they were sent; open the pack and send it again from there."));
    in.toolsInput = sent.first().text;
    auto pack = recordedPack(run);
    if (!pack)
        return fail(pack.error());
    in.pack = *pack;
    return in;
}

} // namespace Cb::Core
