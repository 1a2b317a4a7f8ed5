#include "core/eval/citationreport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Cb::Core {

namespace {

QString statusName(Citation::Status status)
{
    switch (status) {
    case Citation::Status::Verified:
        return QStringLiteral("verified");
    case Citation::Status::UnknownItem:
        return QStringLiteral("unknown_item");
    case Citation::Status::QuoteNotFound:
        return QStringLiteral("quote_not_found");
    }
    return QStringLiteral("unknown_item");
}

Citation::Status statusFromName(const QString& name)
{
    if (name == QLatin1String("verified"))
        return Citation::Status::Verified;
    if (name == QLatin1String("quote_not_found"))
        return Citation::Status::QuoteNotFound;
    return Citation::Status::UnknownItem;
}

} // namespace

QString Citation::reason() const
{
    switch (status) {
    case Status::Verified:
        return QStringLiteral("verified");
    case Status::UnknownItem:
        return QStringLiteral("unknown item");
    case Status::QuoteNotFound:
        return QStringLiteral("quote not in item");
    }
    return {};
}

int CitationReport::verified() const
{
    int n = 0;
    for (const Citation& c : citations)
        n += c.verified() ? 1 : 0;
    return n;
}

QString CitationReport::summary() const
{
    return QCoreApplication::translate("Cb::Core::CitationReport",
                                       "claims cited %1, verified %2, not found %3")
        .arg(total())
        .arg(verified())
        .arg(notFound());
}

QJsonObject CitationReport::toStorageJson() const
{
    QJsonArray list;
    for (const Citation& c : citations)
        list.append(QJsonObject{{QStringLiteral("id"), c.id},
                                {QStringLiteral("item"), c.itemId},
                                {QStringLiteral("title"), c.title},
                                {QStringLiteral("quote"), c.quote},
                                {QStringLiteral("status"), statusName(c.status)},
                                {QStringLiteral("start"), qint64(c.start)},
                                {QStringLiteral("length"), qint64(c.length)}});
    return QJsonObject{{QStringLiteral("citations"), list}};
}

CitationReport CitationReport::fromStorageJson(const QJsonObject& json)
{
    CitationReport report;
    if (!json.contains(QStringLiteral("citations")))
        return report;
    report.checked = true;
    for (const QJsonValue& v : json.value(QStringLiteral("citations")).toArray()) {
        const QJsonObject o = v.toObject();
        Citation c;
        c.id = o.value(QStringLiteral("id")).toString();
        c.itemId = o.value(QStringLiteral("item")).toString();
        c.title = o.value(QStringLiteral("title")).toString();
        c.quote = o.value(QStringLiteral("quote")).toString();
        c.status = statusFromName(o.value(QStringLiteral("status")).toString());
        c.start = o.value(QStringLiteral("start")).toInteger();
        c.length = o.value(QStringLiteral("length")).toInteger();
        report.citations.append(c);
    }
    return report;
}

QJsonObject CitationReport::toExportJson() const
{
    QJsonArray notFoundList;
    for (const Citation& c : citations)
        if (!c.verified())
            notFoundList.append(QJsonObject{{QStringLiteral("id"), c.id},
                                            {QStringLiteral("title"), c.title},
                                            {QStringLiteral("quote"), c.quote},
                                            {QStringLiteral("reason"), c.reason()}});
    return QJsonObject{{QStringLiteral("total"), total()},
                       {QStringLiteral("verified"), verified()},
                       {QStringLiteral("not_found"), notFoundList},
                       {QStringLiteral("citations"),
                        toStorageJson().value(QStringLiteral("citations"))}};
}

} // namespace Cb::Core
