#pragma once

#include <QList>
#include <QString>

namespace Cb::Core {

// What the blind schedule needs to know about a call.
struct BlindCall
{
    qint64 callId = 0;
    QString model; // provider:model
    int repeatIndex = 0;
};

// One blind comparison: which answer is shown on the left and which on the right.
struct BlindPair
{
    qint64 leftCallId = 0;
    qint64 rightCallId = 0;

    bool operator==(const BlindPair& other) const = default;
};

// Plans blind voting over a run. Every pair of different models is compared once per repeat
// (the i-th attempt of one model against the i-th attempt of the other), each pair with its
// sides drawn at random and the pairs in random order, so neither position nor sequence tells
// the judge which model wrote what. With o3 × 4 and o3-pro × 4 that is 4 pairs.
//
// The generator is a seeded std::mt19937_64 with its own index mapping (the standard
// distributions differ between library implementations), so a seed gives the same schedule
// everywhere — tests rely on it; the app seeds from the clock. Pure; any thread.
class BlindSchedule
{
public:
    static QList<BlindPair> pairs(const QList<BlindCall>& calls, quint64 seed);
    // A uniformly random permutation of 0..n-1 (Fisher–Yates).
    static QList<int> permutation(int n, quint64 seed);
    // "Output A", "Output B", ..., "Output Z", "Output AA", ...
    static QString label(int index);
};

} // namespace Cb::Core
