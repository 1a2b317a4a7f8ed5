#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Cb::Core {

// One question of a rating kit: an opaque id shown in the HTML, and the two calls behind it.
// "A" is the left call (shown first / on the left), so an imported "a" verdict is a "left" vote.
struct RatingKitItem
{
    QString item; // opaque, e.g. "q7f3a"; never derived from a model, call id or run id
    qint64 runId = 0;
    qint64 leftCallId = 0;  // shown as Answer A
    qint64 rightCallId = 0; // shown as Answer B
};

// A rating kit as recorded in the history when its HTML is written: whose it is, what it asks
// and the secret its ratings file must be signed with (see RatingsIntegrity).
struct RatingKitRecord
{
    qint64 id = 0;
    QString uuid;
    qint64 raterId = 0;
    QString raterName{};
    qint64 runId = 0;        // the run it was made from, or 0 for an experiment
    qint64 experimentId = 0; // the experiment it was made from, or 0 for a run
    quint64 seed = 0;        // drives this rater's order of items and sides
    QString secret{};        // 32 random hex characters, also embedded in the kit
    QList<RatingKitItem> items{};
    QDateTime createdAt{};
    QString importedSha256{}; // of the last ratings file imported for it ('' = none yet)
    QDateTime importedAt{};
};

} // namespace Cb::Core
