#pragma once

#include "core/history/runrecord.h"
#include "core/rating/ratingkitrecord.h"
#include "core/rating/ratingsintegrity.h"

#include <QByteArray>
#include <optional>

namespace Cb::Core {
class Database;
}

namespace Cb::Test {

// A run of three answers (openai:o3, openai:o3-pro, anthropic:claude-sonnet-4-5), a rater and
// a rating kit of three items over its pairs, written to a history database, and ratings files
// for that kit signed as the kit's page signs them (RatingsIntegrity).
class RatingsFixture
{
public:
    // Writes the run, the rater (named `rater`) and the kit; check ok() afterwards.
    explicit RatingsFixture(Core::Database& database, const QString& rater = QStringLiteral("Ana"));
    bool ok() const { return m_ok; }

    // A ratings file for the kit, as its page saves it; `integrity` replaces the correct code.
    QByteArray file(const QList<Core::RatingAnswer>& answers, std::optional<QString> integrity = std::nullopt) const;
    static QByteArray fileFor(const QString& kitUuid, const QString& secret, const QString& rater,
                              const QList<Core::RatingAnswer>& answers, std::optional<QString> integrity = std::nullopt);

    Core::RunRecord run;
    qint64 raterId = 0;
    Core::RatingKitRecord kit;

private:
    bool m_ok = false;
};

} // namespace Cb::Test
