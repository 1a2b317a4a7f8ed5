#include "core/experiment/experimentcaseinputjson.h"

#include "core/experiment/experimentrecord.h"
#include "core/pack/packfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

namespace Cb::Core::ExperimentCaseInputJson {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Cb::Core::ExperimentCaseInputJson", text); }

QString key(const char* name) { return QString::fromLatin1(name); }

} // namespace

QJsonObject toJson(const RunInput& input)
{
    // Tools mode lets its tools reach the prompt's items: kept by id, as the segments are not.
    QSet<QString> items = input.toolItems;
    for (const PromptSegment& s : input.prompt.segments)
        if (s.kind == PromptSegment::Kind::Item && !s.itemId.isEmpty())
            items.insert(s.itemId);
    QStringList ids(items.cbegin(), items.cend());
    ids.sort();
    QJsonObject out{{key("template"), input.prompt.templateName},
                    {key("instructions"), input.prompt.instructions},
                    {key("input"), input.prompt.input},
                    {key("pack_title"), input.packTitle},
                    {key("manifest"), input.manifest}};
    if (!ids.isEmpty())
        out.insert(key("tool_items"), QJsonArray::fromStringList(ids));
    if (!input.toolsInput.isEmpty())
        out.insert(key("tools_input"), input.toolsInput);
    return out;
}

Result<RunInput> fromCase(const ExperimentCase& c)
{
    if (c.input.isEmpty())
        return fail(ErrorCode::NotFound, tr("Case %1 was never recorded, and this experiment was started by a version "
                                            "of ContextBench that did not keep its prompt; start it again.")
                                             .arg(c.position + 1));
    RunInput in;
    in.prompt.templateName = c.input.value(key("template")).toString();
    in.prompt.instructions = c.input.value(key("instructions")).toString();
    in.prompt.input = c.input.value(key("input")).toString();
    in.packTitle = c.input.value(key("pack_title")).toString();
    in.manifest = c.input.value(key("manifest")).toArray();
    in.packPath = c.packPath;
    in.packHash = c.packHash;
    in.packGoal = c.goal;
    for (const QJsonValue& id : c.input.value(key("tool_items")).toArray())
        in.toolItems.insert(id.toString());
    in.toolsInput = c.input.value(key("tools_input")).toString();
    return in;
}

std::shared_ptr<const Pack> recordedPack(const QString& path, const QString& hash)
{
    if (path.isEmpty() || !QFileInfo::exists(path))
        return nullptr;
    auto pack = PackFile::load(path);
    if (!pack || QString::fromLatin1(pack->snapshotHash()) != hash)
        return nullptr;
    return std::make_shared<const Pack>(std::move(*pack));
}

} // namespace Cb::Core::ExperimentCaseInputJson
