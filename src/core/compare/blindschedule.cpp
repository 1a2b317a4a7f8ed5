#include "core/compare/blindschedule.h"

#include <QMap>

#include <random>

namespace Cb::Core {

namespace {

// Uniform in [0, bound) by rejection, identical on every standard library.
quint64 below(std::mt19937_64& rng, quint64 bound)
{
    const quint64 limit = std::mt19937_64::max() - (std::mt19937_64::max() % bound);
    quint64 r = rng();
    while (r >= limit)
        r = rng();
    return r % bound;
}

template <typename T>
void shuffle(QList<T>& list, std::mt19937_64& rng)
{
    for (qsizetype i = list.size() - 1; i > 0; --i)
        list.swapItemsAt(i, qsizetype(below(rng, quint64(i) + 1)));
}

} // namespace

QList<BlindPair> BlindSchedule::pairs(const QList<BlindCall>& calls, quint64 seed)
{
    // Attempts per model in repeat order; QMap keeps models sorted so the seed alone decides.
    QMap<QString, QList<BlindCall>> byModel;
    for (const BlindCall& c : calls)
        byModel[c.model].append(c);
    for (QList<BlindCall>& attempts : byModel)
        std::stable_sort(attempts.begin(), attempts.end(),
                         [](const BlindCall& a, const BlindCall& b) { return a.repeatIndex < b.repeatIndex; });

    std::mt19937_64 rng(seed);
    QList<BlindPair> out;
    const QStringList models = byModel.keys();
    for (int a = 0; a < models.size(); ++a) {
        for (int b = a + 1; b < models.size(); ++b) {
            const QList<BlindCall>& first = byModel[models[a]];
            const QList<BlindCall>& second = byModel[models[b]];
            for (qsizetype r = 0; r < std::min(first.size(), second.size()); ++r) {
                BlindPair p{first[r].callId, second[r].callId};
                if (below(rng, 2) == 1)
                    std::swap(p.leftCallId, p.rightCallId);
                out.append(p);
            }
        }
    }
    shuffle(out, rng);
    return out;
}

QList<int> BlindSchedule::permutation(int n, quint64 seed)
{
    QList<int> order;
    for (int i = 0; i < n; ++i)
        order.append(i);
    std::mt19937_64 rng(seed);
    shuffle(order, rng);
    return order;
}

QString BlindSchedule::label(int index)
{
    QString letters;
    for (int i = index; i >= 0; i = i / 26 - 1)
        letters.prepend(QChar(u'A' + i % 26));
    return QStringLiteral("Output ") + letters;
}

} // namespace Cb::Core
