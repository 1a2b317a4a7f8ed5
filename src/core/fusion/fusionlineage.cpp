#include "core/fusion/fusionlineage.h"

#include "core/fusion/fusionanswer.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Cb::Core {

namespace {

// In the report's language when a report asks, else in the interface language.
QString tr(const char* text, const ReportLanguage* language = nullptr)
{
    return language ? language->translate("Cb::Core::FusionLineage", text)
                    : QCoreApplication::translate("Cb::Core::FusionLineage", text);
}

// "gpt-4.1" for "openai:gpt-4.1": the lineage names the model, the provider is in the details.
QString modelName(const QString& key)
{
    const int colon = key.indexOf(QLatin1Char(':'));
    return colon < 0 ? key : key.mid(colon + 1);
}

QString joined(const QStringList& names, const ReportLanguage* language)
{
    if (names.size() <= 1)
        return names.value(0);
    return QStringList(names.mid(0, names.size() - 1)).join(QStringLiteral(", ")) + tr(" and ", language) +
           names.last();
}

} // namespace

QString FusionLineage::describe(const FusionSection& section, const RunRecord& run,
                                const QList<qint64>& leftOut, const ReportLanguage* language)
{
    QStringList names;
    for (qint64 id : section.sources) {
        const QString label = FusionAnswer::labelOf(run, id);
        names.append(leftOut.contains(id) ? tr("%1 (not in this export)", language).arg(label) : label);
    }
    if (section.mergedBy.isEmpty())
        return tr("from %1, as written", language).arg(joined(names, language));
    if (names.isEmpty())
        return tr("written by %1, which did not mark its sources", language).arg(modelName(section.mergedBy));
    return tr("from %1, merged by %2", language).arg(joined(names, language), modelName(section.mergedBy));
}

QString FusionLineage::title(const FusionRecord& fusion, const ReportLanguage* language)
{
    if (fusion.mode == QLatin1String("pick"))
        return tr("Fused plan · picked section by section", language);
    const QString by = modelName(fusion.modelKey());
    return fusion.mode == QLatin1String("guided") ? tr("Fused plan · guided, written by %1", language).arg(by)
                                                   : tr("Fused plan · merged by %1", language).arg(by);
}

QJsonObject FusionLineage::json(const FusionRecord& fusion, const RunRecord& run, bool includePrompt)
{
    // JSON is for scripts: the note is the English source whatever the interface speaks.
    const ReportLanguage english;
    QJsonArray sections;
    for (const FusionSection& s : fusion.sections) {
        QJsonArray sources;
        for (qint64 id : s.sources) {
            int index = 0;
            for (int i = 0; i < run.calls.size(); ++i)
                if (run.calls[i].id == id)
                    index = i + 1;
            sources.append(QJsonObject{{QStringLiteral("call_id"), id},
                                       {QStringLiteral("call_index"), index},
                                       {QStringLiteral("label"), FusionAnswer::labelOf(run, id)}});
        }
        sections.append(QJsonObject{{QStringLiteral("title"), s.title},
                                    {QStringLiteral("level"), s.level},
                                    {QStringLiteral("sources"), sources},
                                    {QStringLiteral("merged_by"), s.mergedBy.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                       : QJsonValue(s.mergedBy)},
                                    {QStringLiteral("note"), describe(s, run, {}, &english)}});
    }
    QJsonObject out{{QStringLiteral("id"), fusion.id},
                    {QStringLiteral("mode"), fusion.mode},
                    {QStringLiteral("merged_by"), fusion.modelKey().isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                             : QJsonValue(fusion.modelKey())},
                    {QStringLiteral("status"), callStatusName(fusion.status)},
                    {QStringLiteral("partial"), fusion.partial},
                    {QStringLiteral("cost_usd"), fusion.costUsd ? QJsonValue(*fusion.costUsd) : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("error"), fusion.errorMessage.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                            : QJsonValue(fusion.errorMessage)},
                    {QStringLiteral("plan"), fusion.plan},
                    {QStringLiteral("sections"), sections}};
    if (includePrompt && !fusion.input.isEmpty())
        out.insert(QStringLiteral("prompt"), QJsonObject{{QStringLiteral("instructions"), fusion.instructions},
                                                         {QStringLiteral("input"), fusion.input}});
    return out;
}

} // namespace Cb::Core
