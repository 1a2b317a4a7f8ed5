#pragma once

#include "core/common/result.h"
#include "core/rating/ratingsintegrity.h"

#include <QByteArray>
#include <QDateTime>

namespace Cb::Core {

// A ratings file (docs/RATINGS_FILE.md, version 1) as read from disk: a rater's verdicts on
// the items of one rating kit, with the integrity code the kit's page computed. parse() checks
// the shape of the file only; whether the kit exists, the items belong to it and the integrity
// code matches its secret is RatingsImporter's business, since that needs the history.
struct RatingsFile
{
    static constexpr int kVersion = 1;

    QString path{};       // where it was read from ('' when parsed from bytes)
    QString kitUuid{};
    QString rater{};      // the name the kit was made for, as written in the file
    QDateTime savedAt{};  // invalid when absent or unreadable (it is informative only)
    QList<RatingAnswer> answers{};
    QString integrity{};  // 64 lower-case hex characters
    QString sha256{};     // of the file's bytes, to recognise a file imported before

    // Checks format, version, the kit, rater and integrity fields and every answer (item,
    // verdict, comment; no item twice). Errors name what is wrong, e.g. "answer 3 has the
    // unknown verdict 'maybe'".
    static Result<RatingsFile> parse(const QByteArray& bytes);
    // parse() on a file's bytes; errors start with the file name. Files over 32 MiB are refused.
    static Result<RatingsFile> read(const QString& path);
    // A cheap test for drag and drop: a JSON object whose "format" is "contextbench-ratings".
    static bool looksLikeRatingsFile(const QString& path);

    // The vote outcome for a verdict: a → left, b → right, tie, both_bad; '' when unknown.
    static QString outcomeFor(const QString& verdict);
};

} // namespace Cb::Core
