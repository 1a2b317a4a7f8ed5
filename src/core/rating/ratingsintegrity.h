#pragma once

#include <QList>
#include <QString>

namespace Cb::Core {

// One answer in a ratings file: the kit item, the verdict and an optional comment.
struct RatingAnswer
{
    QString item;
    QString verdict; // "a", "b", "tie" or "both_bad"
    QString comment{};
};

// The integrity code of a ratings file (docs/RATINGS_FILE.md): SHA-256, in lower-case hex, of
// the UTF-8 bytes of
//     secret "\n" kit "\n" rater "\n" then, per answer sorted by item id (code-unit order),
//     item "\t" verdict "\t" comment "\n"
// where tabs, newlines and backslashes in a comment are escaped as \t, \n and \\ so no answer
// can spill into another. The secret is the kit's own, so a file cannot be credited to another
// kit, and an answer edited by hand no longer matches. The rating kit's JavaScript computes the
// same string; RatingsIntegrity_* tests pin both to known digests.
class RatingsIntegrity
{
public:
    static QString canonical(const QString& secret, const QString& kit, const QString& rater,
                             QList<RatingAnswer> answers);
    static QString code(const QString& secret, const QString& kit, const QString& rater,
                        const QList<RatingAnswer>& answers);
};

} // namespace Cb::Core
