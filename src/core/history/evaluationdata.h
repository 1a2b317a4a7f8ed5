#pragma once

#include "core/eval/rankingvotes.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace Cb::Core {

// Which runs the statistics look at. Empty / invalid fields do not filter.
struct EvaluationFilter
{
    QString packTitle;
    QString templateName;
    QDateTime from; // inclusive
    QDateTime to;   // exclusive: "up to and including a day" is the next day's start

    // Whole local days, both inclusive; an invalid date leaves that end open.
    void setDays(QDate first, QDate last)
    {
        from = first.isValid() ? first.startOfDay() : QDateTime();
        to = last.isValid() ? last.addDays(1).startOfDay() : QDateTime();
    }
};

// A stored vote with the models behind its two sides.
struct VoteSample
{
    qint64 runId = 0;
    QString leftModel;  // provider:model shown on the left
    QString rightModel;
    QString outcome;    // "left", "right", "tie", "both_bad"
    bool blind = true;
    QDateTime createdAt;
    qint64 leftCallId = 0;
    qint64 rightCallId = 0;
    qint64 raterId = 0; // 0 = the person at the keyboard
    QString rater{};      // the rater's name; empty for the person at the keyboard
    bool judge = false; // cast by a judge model: never pooled with human votes
};

// A stored ranking of several outputs with the models behind them, best first.
struct RankingSample
{
    qint64 runId = 0;
    qint64 rankingId = 0;
    QList<RankedOutput> outputs; // in the order they were shown
    bool blind = true;
    QDateTime createdAt;
    qint64 raterId = 0; // as in VoteSample
    QString rater{};
    bool judge = false;
};

// A stored call, reduced to what the statistics need.
struct CallSample
{
    qint64 runId = 0;
    qint64 callId = 0;
    QString model; // provider:model
    QString status;
    QString judgement; // "pass", "fail" or empty
    std::optional<double> costUsd;
    std::optional<qint64> totalMs;
    std::optional<int> rating;
    // As billed (BilledUsage: output includes reasoning); -1 when the call reported no usage.
    qint64 inputTokens = -1;
    qint64 outputTokens = -1;
    qint64 reasoningTokens = -1;
};

// Everything the Stats view draws, read in one go from the history.
struct EvaluationData
{
    QList<VoteSample> votes;
    QList<RankingSample> rankings;
    QList<CallSample> calls;
    QStringList packTitles;    // every pack title in the history, for the filter
    QStringList templateNames; // every template name in the history
};

} // namespace Cb::Core
