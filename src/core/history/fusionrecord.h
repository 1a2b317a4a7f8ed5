#pragma once

#include "core/history/runrecord.h"

namespace Cb::Core {

// Where one section of a fused plan came from: the answers (calls) it drew on and, when a model
// wrote it, that model. In pick mode the sources are exact (the user's ticks); where a model
// merged, they are what the model marked (empty when it marked none).
struct FusionSection
{
    QString title{};
    int level = 0;           // heading level; 0 = text before the first heading
    QList<qint64> sources{}; // call ids
    QString mergedBy{};      // provider:model that wrote the section; empty in pick mode
};

// One fused plan of a run (issue 17; table `fusions`, schema 11): its mode, the model and the
// prompt that merged the answers (none in pick mode), the call's outcome (the same fields as
// CallRecord, so ReplyOutcome fills it), and the plan with its lineage. `text` is the model's
// reply as it came; `plan` is that reply without the source markers (or the assembled
// sections in pick mode). Never part of blind votes, rankings or statistics.
struct FusionRecord
{
    qint64 id = 0;
    qint64 runId = 0;
    QString mode{};     // "fuse", "guided" or "pick"
    QString provider{}; // empty in pick mode
    QString model{};
    QJsonObject params{};
    QString instructions{}; // the prompt sent (empty in pick mode)
    QString input{};
    QJsonArray choices{}; // guided and pick: [{title, sources: [call ids]}] per section ticked
    CallStatus status = CallStatus::Queued;
    bool partial = false;
    QString text{};
    QString reasoning{};
    QJsonObject usage{};
    std::optional<double> costUsd{};
    QString errorCode{};
    QString errorMessage{};
    QString responseId{};
    QDateTime createdAt{};
    QDateTime startedAt{};
    std::optional<qint64> firstTokenMs{};
    std::optional<qint64> totalMs{};
    QString plan{};
    QList<FusionSection> sections{};

    QString modelKey() const { return provider.isEmpty() ? QString() : provider + QLatin1Char(':') + model; }
};

} // namespace Cb::Core
