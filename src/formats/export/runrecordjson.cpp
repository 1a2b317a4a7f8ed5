#include "formats/export/runrecordjson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Cb::Formats {

using namespace Cb::Core;

namespace {

QJsonValue timeValue(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QDateTime timeFrom(const QJsonValue& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

template <typename T> QJsonValue optionalValue(const std::optional<T>& v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue();
}

template <typename T> std::optional<T> optionalFrom(const QJsonValue& v)
{
    if (!v.isDouble())
        return std::nullopt;
    return T(v.toDouble());
}

QJsonObject followUpJson(const FollowUpRecord& f)
{
    return {{QStringLiteral("id"), double(f.id)},
            {QStringLiteral("message"), f.message},
            {QStringLiteral("status"), callStatusName(f.status)},
            {QStringLiteral("partial"), f.partial},
            {QStringLiteral("text"), f.text},
            {QStringLiteral("reasoning_summary"), f.reasoning},
            {QStringLiteral("usage"), f.usage},
            {QStringLiteral("cost_usd"), optionalValue(f.costUsd)},
            {QStringLiteral("error_code"), f.errorCode},
            {QStringLiteral("error_message"), f.errorMessage},
            {QStringLiteral("created_at"), timeValue(f.createdAt)},
            {QStringLiteral("started_at"), timeValue(f.startedAt)},
            {QStringLiteral("first_token_ms"), optionalValue(f.firstTokenMs)},
            {QStringLiteral("total_ms"), optionalValue(f.totalMs)}};
}

FollowUpRecord followUpFrom(const QJsonObject& o, qint64 callId, int position)
{
    FollowUpRecord f;
    f.id = qint64(o.value(QStringLiteral("id")).toDouble());
    f.callId = callId;
    f.position = position;
    f.message = o.value(QStringLiteral("message")).toString();
    f.status = callStatusFromName(o.value(QStringLiteral("status")).toString());
    f.partial = o.value(QStringLiteral("partial")).toBool();
    f.text = o.value(QStringLiteral("text")).toString();
    f.reasoning = o.value(QStringLiteral("reasoning_summary")).toString();
    f.usage = o.value(QStringLiteral("usage")).toObject();
    f.costUsd = optionalFrom<double>(o.value(QStringLiteral("cost_usd")));
    f.errorCode = o.value(QStringLiteral("error_code")).toString();
    f.errorMessage = o.value(QStringLiteral("error_message")).toString();
    f.createdAt = timeFrom(o.value(QStringLiteral("created_at")));
    f.startedAt = timeFrom(o.value(QStringLiteral("started_at")));
    f.firstTokenMs = optionalFrom<qint64>(o.value(QStringLiteral("first_token_ms")));
    f.totalMs = optionalFrom<qint64>(o.value(QStringLiteral("total_ms")));
    return f;
}

QJsonArray toolTrailJson(const QList<ToolTrailEntry>& steps)
{
    QJsonArray out;
    for (const ToolTrailEntry& s : steps)
        out.append(QJsonObject{{QStringLiteral("round"), s.round},
                               {QStringLiteral("position"), s.position},
                               {QStringLiteral("name"), s.name},
                               {QStringLiteral("arguments"), s.arguments},
                               {QStringLiteral("result_bytes"), double(s.resultBytes)},
                               {QStringLiteral("result_tokens"), double(s.resultTokens)},
                               {QStringLiteral("is_error"), s.isError},
                               {QStringLiteral("summary"), s.summary},
                               {QStringLiteral("item_ids"), QJsonArray::fromStringList(s.itemIds)}});
    return out;
}

QList<ToolTrailEntry> toolTrailFrom(const QJsonArray& array)
{
    QList<ToolTrailEntry> out;
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        ToolTrailEntry s;
        s.round = o.value(QStringLiteral("round")).toInt();
        s.position = o.value(QStringLiteral("position")).toInt();
        s.name = o.value(QStringLiteral("name")).toString();
        s.arguments = o.value(QStringLiteral("arguments")).toString();
        s.resultBytes = qint64(o.value(QStringLiteral("result_bytes")).toDouble());
        s.resultTokens = qint64(o.value(QStringLiteral("result_tokens")).toDouble());
        s.isError = o.value(QStringLiteral("is_error")).toBool();
        s.summary = o.value(QStringLiteral("summary")).toString();
        for (const QJsonValue& id : o.value(QStringLiteral("item_ids")).toArray())
            s.itemIds.append(id.toString());
        out.append(s);
    }
    return out;
}

QJsonObject callJson(const CallRecord& c)
{
    QJsonArray followUps;
    for (const FollowUpRecord& f : c.followUps)
        followUps.append(followUpJson(f));
    QJsonObject o{{QStringLiteral("id"), double(c.id)},
            {QStringLiteral("provider"), c.provider},
            {QStringLiteral("model"), c.model},
            {QStringLiteral("repeat"), c.repeatIndex},
            {QStringLiteral("params"), c.params},
            {QStringLiteral("status"), callStatusName(c.status)},
            {QStringLiteral("partial"), c.partial},
            {QStringLiteral("text"), c.text},
            {QStringLiteral("reasoning_summary"), c.reasoning},
            {QStringLiteral("usage"), c.usage},
            {QStringLiteral("cost_usd"), optionalValue(c.costUsd)},
            {QStringLiteral("error_code"), c.errorCode},
            {QStringLiteral("error_message"), c.errorMessage},
            {QStringLiteral("started_at"), timeValue(c.startedAt)},
            {QStringLiteral("first_token_ms"), optionalValue(c.firstTokenMs)},
            {QStringLiteral("total_ms"), optionalValue(c.totalMs)},
            {QStringLiteral("rating"), optionalValue(c.rating)},
            {QStringLiteral("note"), c.note},
            {QStringLiteral("judgement"), c.judgement},
            {QStringLiteral("judgement_reason"), c.judgementReason},
            {QStringLiteral("follow_ups"), followUps}};
    // Only what there is, so exports of runs without either stay as they were.
    if (c.citations.checked)
        o.insert(QStringLiteral("citations"), c.citations.toExportJson());
    if (!c.toolTrail.isEmpty())
        o.insert(QStringLiteral("tool_calls"), toolTrailJson(c.toolTrail));
    return o;
}

CallRecord callFrom(const QJsonObject& o)
{
    CallRecord c;
    c.id = qint64(o.value(QStringLiteral("id")).toDouble());
    c.provider = o.value(QStringLiteral("provider")).toString();
    c.model = o.value(QStringLiteral("model")).toString();
    c.repeatIndex = o.value(QStringLiteral("repeat")).toInt();
    c.params = o.value(QStringLiteral("params")).toObject();
    c.status = callStatusFromName(o.value(QStringLiteral("status")).toString());
    c.partial = o.value(QStringLiteral("partial")).toBool();
    c.text = o.value(QStringLiteral("text")).toString();
    c.reasoning = o.value(QStringLiteral("reasoning_summary")).toString();
    c.usage = o.value(QStringLiteral("usage")).toObject();
    c.costUsd = optionalFrom<double>(o.value(QStringLiteral("cost_usd")));
    c.errorCode = o.value(QStringLiteral("error_code")).toString();
    c.errorMessage = o.value(QStringLiteral("error_message")).toString();
    c.startedAt = timeFrom(o.value(QStringLiteral("started_at")));
    c.firstTokenMs = optionalFrom<qint64>(o.value(QStringLiteral("first_token_ms")));
    c.totalMs = optionalFrom<qint64>(o.value(QStringLiteral("total_ms")));
    c.rating = optionalFrom<int>(o.value(QStringLiteral("rating")));
    c.note = o.value(QStringLiteral("note")).toString();
    c.judgement = o.value(QStringLiteral("judgement")).toString();
    c.judgementReason = o.value(QStringLiteral("judgement_reason")).toString();
    const QJsonArray followUps = o.value(QStringLiteral("follow_ups")).toArray();
    for (int i = 0; i < followUps.size(); ++i)
        c.followUps.append(followUpFrom(followUps.at(i).toObject(), c.id, i));
    if (o.contains(QStringLiteral("citations")))
        c.citations = CitationReport::fromStorageJson(o.value(QStringLiteral("citations")).toObject());
    c.toolTrail = toolTrailFrom(o.value(QStringLiteral("tool_calls")).toArray());
    return c;
}

QJsonObject voteJson(const VoteRecord& v)
{
    return {{QStringLiteral("id"), double(v.id)},
            {QStringLiteral("left_call_id"), double(v.leftCallId)},
            {QStringLiteral("right_call_id"), double(v.rightCallId)},
            {QStringLiteral("outcome"), v.outcome},
            {QStringLiteral("blind"), v.blind},
            {QStringLiteral("created_at"), timeValue(v.createdAt)}};
}

VoteRecord voteFrom(const QJsonObject& o)
{
    VoteRecord v;
    v.id = qint64(o.value(QStringLiteral("id")).toDouble());
    v.leftCallId = qint64(o.value(QStringLiteral("left_call_id")).toDouble());
    v.rightCallId = qint64(o.value(QStringLiteral("right_call_id")).toDouble());
    v.outcome = o.value(QStringLiteral("outcome")).toString();
    v.blind = o.value(QStringLiteral("blind")).toBool(true);
    v.createdAt = timeFrom(o.value(QStringLiteral("created_at")));
    return v;
}

QJsonObject rankingJson(const RankingRecord& r)
{
    QJsonArray entries;
    for (const RankingEntry& e : r.entries)
        entries.append(QJsonObject{{QStringLiteral("call_id"), double(e.callId)}, {QStringLiteral("rank"), e.rank}});
    return {{QStringLiteral("id"), double(r.id)},
            {QStringLiteral("entries"), entries},
            {QStringLiteral("blind"), r.blind},
            {QStringLiteral("created_at"), timeValue(r.createdAt)}};
}

RankingRecord rankingFrom(const QJsonObject& o)
{
    RankingRecord r;
    r.id = qint64(o.value(QStringLiteral("id")).toDouble());
    for (const QJsonValue& e : o.value(QStringLiteral("entries")).toArray())
        r.entries.append({qint64(e[QStringLiteral("call_id")].toDouble()), e[QStringLiteral("rank")].toInt(1)});
    r.blind = o.value(QStringLiteral("blind")).toBool(true);
    r.createdAt = timeFrom(o.value(QStringLiteral("created_at")));
    return r;
}

} // namespace

QJsonObject RunRecordJson::toJson(const RunRecord& run)
{
    QJsonArray calls;
    for (const CallRecord& c : run.calls)
        calls.append(callJson(c));
    QJsonArray votes;
    for (const VoteRecord& v : run.votes)
        votes.append(voteJson(v));
    QJsonObject json{{QStringLiteral("format"), kFormatMarker},
            {QStringLiteral("version"), kFormatVersion},
            {QStringLiteral("id"), double(run.id)},
            {QStringLiteral("uuid"), run.uuid},
            {QStringLiteral("created_at"), timeValue(run.createdAt)},
            {QStringLiteral("pack_title"), run.packTitle},
            {QStringLiteral("pack_path"), run.packPath},
            {QStringLiteral("pack_sha256"), run.packHash},
            {QStringLiteral("goal"), run.packGoal},
            {QStringLiteral("manifest"), run.manifest},
            {QStringLiteral("template"), run.templateName},
            {QStringLiteral("instructions"), run.instructions},
            {QStringLiteral("input"), run.input},
            {QStringLiteral("prompt_sha256"), run.promptSha256},
            {QStringLiteral("catalog_version"), run.catalogVersion},
            {QStringLiteral("settings"), run.settings},
            {QStringLiteral("calls"), calls},
            {QStringLiteral("votes"), votes}};
    // Only when present, so exports of runs without rankings stay as they were.
    if (!run.rankings.isEmpty()) {
        QJsonArray rankings;
        for (const RankingRecord& r : run.rankings)
            rankings.append(rankingJson(r));
        json.insert(QStringLiteral("rankings"), rankings);
    }
    return json;
}

Result<RunRecord> RunRecordJson::fromJson(const QJsonObject& o)
{
    if (o.value(QStringLiteral("format")).toString() != kFormatMarker)
        return fail(ErrorCode::Parse, QCoreApplication::translate("Cb::Formats::RunRecordJson",
                                                                  "not a ContextBench run record"));
    if (o.value(QStringLiteral("version")).toInt() > kFormatVersion)
        return fail(
            ErrorCode::Unsupported,
            QCoreApplication::translate("Cb::Formats::RunRecordJson",
                                        "run record version %1 is newer than this build reads")
                .arg(o.value(QStringLiteral("version")).toInt()));
    RunRecord run;
    run.id = qint64(o.value(QStringLiteral("id")).toDouble());
    run.uuid = o.value(QStringLiteral("uuid")).toString();
    run.createdAt = timeFrom(o.value(QStringLiteral("created_at")));
    run.packTitle = o.value(QStringLiteral("pack_title")).toString();
    run.packPath = o.value(QStringLiteral("pack_path")).toString();
    run.packHash = o.value(QStringLiteral("pack_sha256")).toString();
    run.packGoal = o.value(QStringLiteral("goal")).toString();
    run.manifest = o.value(QStringLiteral("manifest")).toArray();
    run.templateName = o.value(QStringLiteral("template")).toString();
    run.instructions = o.value(QStringLiteral("instructions")).toString();
    run.input = o.value(QStringLiteral("input")).toString();
    run.promptSha256 = o.value(QStringLiteral("prompt_sha256")).toString();
    run.catalogVersion = o.value(QStringLiteral("catalog_version")).toString();
    run.settings = o.value(QStringLiteral("settings")).toObject();
    for (const QJsonValue& c : o.value(QStringLiteral("calls")).toArray()) {
        run.calls.append(callFrom(c.toObject()));
        run.calls.last().runId = run.id;
    }
    for (const QJsonValue& v : o.value(QStringLiteral("votes")).toArray()) {
        run.votes.append(voteFrom(v.toObject()));
        run.votes.last().runId = run.id;
    }
    for (const QJsonValue& r : o.value(QStringLiteral("rankings")).toArray()) {
        run.rankings.append(rankingFrom(r.toObject()));
        run.rankings.last().runId = run.id;
    }
    return run;
}

Result<RunRecord> RunRecordJson::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("Cb::Formats::RunRecordJson", "cannot read %1: %2")
                        .arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return fail(ErrorCode::Parse, QStringLiteral("%1: %2").arg(path, error.errorString()));
    return fromJson(doc.object());
}

} // namespace Cb::Formats
