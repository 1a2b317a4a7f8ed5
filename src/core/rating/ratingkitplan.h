#pragma once

#include "core/history/runrecord.h"
#include "core/rating/ratingkitrecord.h"

namespace Cb::Core {

// The answers a set of rating kits is made from: one run, or every case's run of an
// experiment, each with the task text its raters read.
struct RatingKitSource
{
    struct Case
    {
        RunRecord run;
        QString goal{}; // the run's pack goal, or the experiment case's own goal
    };

    qint64 runId = 0;        // set for a run
    qint64 experimentId = 0; // set for an experiment
    QList<Case> cases{};
};

// Two answers to judge against each other, before any rater's order or sides.
struct RatingKitPair
{
    int caseIndex = 0; // into RatingKitSource::cases
    qint64 firstCallId = 0;
    qint64 secondCallId = 0;
    QString firstModel{};  // ModelIdentity keys; never leave the core
    QString secondModel{};
};

// What one page of a kit shows: the item id, the task and the two answers (already redacted
// of model names). Nothing else about the calls reaches the HTML writer.
struct RatingKitQuestion
{
    QString item;
    QString task{};
    QString answerA{};
    QString answerB{};
};

// One rater's kit, planned but not yet recorded: the record for the history (uuid and secret
// already chosen, so the HTML can be written before the row exists) and its questions in the
// rater's order.
struct RatingKitDraft
{
    RatingKitRecord record{};
    QList<RatingKitQuestion> questions{};
};

} // namespace Cb::Core
