#include "core/rating/ratingsintegrity.h"

#include <QCryptographicHash>

#include <algorithm>

namespace Cb::Core {

namespace {

QString escaped(QString s)
{
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    s.replace(QLatin1Char('\t'), QStringLiteral("\\t"));
    s.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return s;
}

} // namespace

QString RatingsIntegrity::canonical(const QString& secret, const QString& kit, const QString& rater,
                                    QList<RatingAnswer> answers)
{
    // Code-unit order is what JavaScript's default sort gives, so both sides agree.
    std::sort(answers.begin(), answers.end(),
              [](const RatingAnswer& x, const RatingAnswer& y) { return x.item < y.item; });
    QString out = escaped(secret) + QLatin1Char('\n') + escaped(kit) + QLatin1Char('\n') + escaped(rater) +
                  QLatin1Char('\n');
    for (const RatingAnswer& a : answers)
        out += escaped(a.item) + QLatin1Char('\t') + escaped(a.verdict) + QLatin1Char('\t') + escaped(a.comment) +
               QLatin1Char('\n');
    return out;
}

QString RatingsIntegrity::code(const QString& secret, const QString& kit, const QString& rater,
                               const QList<RatingAnswer>& answers)
{
    const QByteArray bytes = canonical(secret, kit, rater, answers).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace Cb::Core
