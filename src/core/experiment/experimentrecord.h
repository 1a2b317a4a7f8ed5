#pragma once

#include "core/run/runplan.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace Cb::Core {

// A pack plus an optional goal and template variables; recorded as one run.
struct ExperimentCase
{
    qint64 id = 0;
    int position = 0;
    QString packPath;
    QString packHash;
    QString goal; // empty: the pack's own
    QJsonObject variables;
    qint64 runId = 0; // 0 until the case's run is recorded
    // What the case's run is built from until that run is recorded (ExperimentCaseInputJson);
    // empty afterwards. A resume records the runs of cases left without one from it.
    QJsonObject input{};
};

// One provider batch as recorded the moment its id existed, and its last known status.
struct ExperimentBatch
{
    qint64 id = 0;
    qint64 experimentId = 0;
    QString provider; // "openai", "anthropic"
    QString batchId;
    QString model;
    QString status;        // batchStateName()
    QStringList customIds; // the calls it holds, in input-file order
    QDateTime createdAt;
    QDateTime updatedAt;
};

// A study: cases × plan.models × plan.repeats, run live or through provider batches.
struct ExperimentRecord
{
    enum class Mode
    {
        Live,
        Batch,
    };

    qint64 id = 0;
    QString uuid;
    QString name;
    QDateTime createdAt;
    Mode mode = Mode::Batch;
    RunPlan plan;
    // Provider id → base URL the experiment was started with (stored in plan_json as
    // "base_urls", never a key), so a resume reaches the same servers.
    QHash<QString, QString> baseUrls{};
    QString status = QStringLiteral("running"); // running | done | cancelled
    QList<ExperimentCase> cases;
    QList<ExperimentBatch> batches;

    static QString modeName(Mode mode);
    static std::optional<Mode> modeFromName(const QString& name);
    // plan_json as stored: the plan plus "base_urls"; and back.
    QJsonObject planJson() const;
    void setPlanJson(const QJsonObject& json);
    // A base URL as it may be stored: without user info or query (where secrets could hide).
    static QString storableUrl(const QString& url);
};

} // namespace Cb::Core
