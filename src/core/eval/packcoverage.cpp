#include "core/eval/packcoverage.h"

#include <QHash>
#include <QJsonObject>

namespace Cb::Core {

namespace {

void addOnce(QStringList& list, const QString& label)
{
    if (!list.contains(label))
        list.append(label);
}

} // namespace

int PackCoverage::unusedCount() const
{
    int n = 0;
    for (const Item& item : items)
        n += item.used() ? 0 : 1;
    return n;
}

bool PackCoverage::hasData() const
{
    for (const Item& item : items)
        if (item.used())
            return true;
    return false;
}

QStringList PackCoverage::answerLabels(const RunRecord& run)
{
    QHash<QString, int> total;
    for (const CallRecord& c : run.calls)
        ++total[c.model];
    QHash<QString, int> seen;
    QStringList labels;
    for (const CallRecord& c : run.calls) {
        const int n = ++seen[c.model];
        labels.append(total.value(c.model) > 1 ? QStringLiteral("%1 #%2").arg(c.model).arg(n)
                                               : c.model);
    }
    return labels;
}

PackCoverage PackCoverage::build(const RunRecord& run)
{
    PackCoverage out;
    out.answers = answerLabels(run);
    QHash<QString, int> byId;    // UUID or short id -> row
    QHash<QString, int> byTitle; // for manifests without ids (and citations of such runs)
    for (const QJsonValue& v : run.manifest) {
        const QJsonObject o = v.toObject();
        Item item;
        item.itemId = o.value(QStringLiteral("id")).toString();
        item.section = o.value(QStringLiteral("section")).toString();
        item.title = o.value(QStringLiteral("title")).toString();
        if (!item.itemId.isEmpty())
            byId.insert(item.itemId, int(out.items.size()));
        // Tool trails name items by the short id the model used (PackItemRef).
        if (const QString shortId = o.value(QStringLiteral("short_id")).toString(); !shortId.isEmpty())
            byId.insert(shortId, int(out.items.size()));
        if (!byTitle.contains(item.title))
            byTitle.insert(item.title, int(out.items.size()));
        out.items.append(item);
    }
    auto rowOf = [&](const QString& id, const QString& title) {
        if (const auto it = byId.constFind(id); it != byId.constEnd())
            return *it;
        if (!title.isEmpty())
            if (const auto it = byTitle.constFind(title); it != byTitle.constEnd())
                return *it;
        return -1;
    };
    for (int i = 0; i < run.calls.size(); ++i) {
        const CallRecord& c = run.calls[i];
        const QString& label = out.answers[i];
        for (const ToolTrailEntry& step : c.toolTrail)
            for (const QString& id : step.itemIds)
                if (const int row = rowOf(id, {}); row >= 0)
                    addOnce(out.items[row].readBy, label);
        // A follow-up's reply is checked like the answer: what it cited counts for the answer.
        QList<Citation> cites = c.citations.citations;
        for (const FollowUpRecord& f : c.followUps)
            cites += f.citations.citations;
        for (const Citation& cite : std::as_const(cites)) {
            if (cite.itemId.isEmpty()) // unknown items are in no row: the answer's Sources list says so
                continue;
            const int row = rowOf(cite.itemId, cite.title);
            if (row < 0)
                continue;
            Item& item = out.items[row];
            addOnce(item.citedBy, label);
            ++item.citations;
            item.verified += cite.verified() ? 1 : 0;
        }
    }
    return out;
}

} // namespace Cb::Core
