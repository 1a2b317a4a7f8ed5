#pragma once

#include "core/eval/wilsoninterval.h"

#include <QList>
#include <QString>

namespace Cb::Core {

// k-of-k reliability: how many of a model's repeated attempts at the same prompt passed.
// An attempt is judged pass/fail by a person or an automatic check, or not judged yet; an
// attempt the model refused is counted apart: never a pass, and not in the pass rate.
struct Attempt
{
    enum class Verdict
    {
        Pass,
        Fail,
        Unjudged,
        Refused
    };

    QString model;
    QString runId; // attempts of one run share it; aggregation spans runs
    Verdict verdict = Verdict::Unjudged;
};

struct ReliabilityStats
{
    QString model;
    int attempts = 0;
    int passes = 0;
    int fails = 0;
    int unjudged = 0;
    int refused = 0;
    int runs = 0;
    int runsAllPassed = 0; // runs in which every attempt was judged and passed
    WinRate passRate;      // passes / judged attempts, with a Wilson interval

    int judged() const { return passes + fails; }
    // Every attempt judged and passed; false with no attempts.
    bool allPassed() const { return attempts > 0 && passes == attempts; }
    // "3/4": passes over all attempts; unjudged and refused ones count as not passed.
    QString kOfK() const;
    // kOfK() plus the refused and unjudged counts when there are any: "3/4 (1 refused)".
    QString label() const;
};

// Pure functions over values; any thread.
class Reliability
{
public:
    static ReliabilityStats summarize(const QString& model, const QList<Attempt::Verdict>& verdicts,
                                      double z = Z95);
    // One entry per model (sorted by name), aggregated over all runs.
    static QList<ReliabilityStats> perModel(const QList<Attempt>& attempts, double z = Z95);
};

} // namespace Cb::Core
