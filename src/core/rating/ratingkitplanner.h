#pragma once

#include "core/common/result.h"
#include "core/rating/ratingkitplan.h"

namespace Cb::Core {

class Database;
class ExperimentStore;
class HistoryStore;

// Chooses what a panel judges and gives each rater their own blind order (docs/RATINGS_FILE.md,
// "Which pairs a kit asks about"):
//  - only calls that finished (Done) with answer text take part; reasoning is never shown;
//  - a pair is two answers to the same prompt (one run) from different models (ModelIdentity
//    keys, so openai:gpt-4.1 and local:gpt-4.1 are two models) with the same repeat index;
//  - each rater's seed shuffles the pairs and draws the sides so that, within every pair of
//    models, each model is Answer A in half the pairs (one more when the count is odd);
//  - item ids are random ("q" + 8 hex digits), unrelated to calls, runs or models.
// Planning is pure and deterministic for a seed except for item ids, uuid and secret; record()
// writes raters and kits in one transaction.
class RatingKitPlanner
{
public:
    static Result<RatingKitSource> loadRun(HistoryStore& history, qint64 runId);
    static Result<RatingKitSource> loadExperiment(HistoryStore& history, ExperimentStore& experiments,
                                                  qint64 experimentId);

    // Every pair to judge, in a fixed order (case, then model keys, then repeat index).
    static QList<RatingKitPair> pairs(const RatingKitSource& source);
    // How many different models answered in the case with the most: kits need at least two.
    static int answeringModels(const RatingKitSource& source);

    // One rater's kit; fails when there is nothing to judge.
    static Result<RatingKitDraft> plan(const RatingKitSource& source, const QString& raterName, quint64 seed);
    // A fresh seed for a rater (system randomness).
    static quint64 newSeed();

    // Adds each draft's rater (RaterStore::add) and records its kit (RatingKitStore), all or
    // nothing; fills in the drafts' rater and kit ids.
    static VoidResult record(Database& database, QList<RatingKitDraft>& drafts);
};

} // namespace Cb::Core
