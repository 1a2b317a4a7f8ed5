#include "support/ratingsfixture.h"

#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/history/raterstore.h"
#include "core/rating/ratingkitstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cb::Test {

RatingsFixture::RatingsFixture(Core::Database& database, const QString& rater)
{
    run.packTitle = QStringLiteral("Panel study");
    const QList<std::pair<const char*, const char*>> models{
        {"openai", "o3"}, {"openai", "o3-pro"}, {"anthropic", "claude-sonnet-4-5"}};
    for (const auto& [provider, model] : models) {
        Core::CallRecord c;
        c.provider = QString::fromLatin1(provider);
        c.model = QString::fromLatin1(model);
        c.status = Core::CallStatus::Done;
        c.text = QStringLiteral("An answer from ") + c.model;
        run.calls.append(c);
    }
    if (!Core::HistoryStore(database).insertRun(run))
        return;
    auto id = Core::RaterStore(database).add(rater);
    if (!id)
        return;
    raterId = *id;
    kit.raterId = raterId;
    kit.runId = run.id;
    kit.seed = 42;
    const auto call = [this](int i) { return run.calls[i].id; };
    kit.items = {{QStringLiteral("q1a"), run.id, call(0), call(1)},
                 {QStringLiteral("q2b"), run.id, call(2), call(1)},
                 {QStringLiteral("q3c"), run.id, call(0), call(2)}};
    m_ok = bool(Core::RatingKitStore(database).insert(kit));
    kit.raterName = rater;
}

QByteArray RatingsFixture::file(const QList<Core::RatingAnswer>& answers, std::optional<QString> integrity) const
{
    return fileFor(kit.uuid, kit.secret, kit.raterName, answers, integrity);
}

QByteArray RatingsFixture::fileFor(const QString& kitUuid, const QString& secret, const QString& rater,
                                   const QList<Core::RatingAnswer>& answers, std::optional<QString> integrity)
{
    QJsonArray list;
    for (const Core::RatingAnswer& a : answers)
        list.append(QJsonObject{{QStringLiteral("item"), a.item},
                                {QStringLiteral("verdict"), a.verdict},
                                {QStringLiteral("comment"), a.comment}});
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("contextbench-ratings")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("kit"), kitUuid},
        {QStringLiteral("rater"), rater},
        {QStringLiteral("saved_at"), QStringLiteral("2026-12-06T10:15:00.000Z")},
        {QStringLiteral("answers"), list},
        {QStringLiteral("integrity"), integrity.value_or(Core::RatingsIntegrity::code(secret, kitUuid, rater, answers))}};
    return QJsonDocument(root).toJson();
}

} // namespace Cb::Test
