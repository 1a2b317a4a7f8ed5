#pragma once

#include "core/common/reportlanguage.h"
#include "core/eval/wilsoninterval.h"

#include <QList>
#include <QString>

namespace Cb::Core {

// k-of-k reliability: how many of a model's repeated attempts at the same prompt passed.
// An attempt is judged pass/fail by a person or an automatic check, or not judged yet; an
// attempt the model refused is counted apart: never a pass, and not in the pass rate; an attempt
// whose API call failed says nothing about the model's answers and is kept out of both.
struct Attempt
{
    enum class Verdict
    {
        Pass,
        Fail,
        Unjudged,
        Refused,
        CallFailed
    };

    QString model;
    QString runId; // attempts of one run share it; aggregation spans runs
    Verdict verdict = Verdict::Unjudged;
};

// pass^k for the runs that asked a model k times: the share of those runs in which all k
// answers passed, with a Wilson interval. Runs with a failed call or an unjudged answer cannot
// say and are counted apart, never as "not passed".
struct PassAtK
{
    int k = 0;
    int runs = 0;      // runs with k attempts, every one judged (or refused) and no call failed
    int allPassed = 0; // of `runs`, those in which all k passed
    int withUnjudged = 0;
    int withFailedCall = 0;
    WinRate rate; // allPassed / runs

    // "pass^3: 2 of 5 runs, 40% (12–77%)", in `language` (default: the English source text).
    QString label(const ReportLanguage& language = {}) const;
};

struct ReliabilityStats
{
    QString model;
    int attempts = 0;
    int passes = 0;
    int fails = 0;
    int unjudged = 0;
    int refused = 0;
    int failedCalls = 0;
    int runs = 0;
    int runsAllPassed = 0; // runs in which every attempt was judged and passed
    QList<PassAtK> passAtK; // one entry per number of attempts per run, by k
    WinRate passRate;      // passes / judged attempts, with a Wilson interval

    int judged() const { return passes + fails; }
    // Every attempt judged and passed; false with no attempts.
    bool allPassed() const { return attempts > 0 && passes == attempts; }
    // "3/4": passes over all attempts; unjudged and refused ones count as not passed.
    QString kOfK() const;
    // passAtK's labels, one per k, joined by `separator`; empty when there is none.
    QString passAtKLabel(const QString& separator, const ReportLanguage& language = {}) const;
    // kOfK() plus the refused, failed-call and unjudged counts when there are any: "3/4 (1 refused)",
    // in `language` (default: the English source text, which the CLI and JSON keep).
    QString label(const ReportLanguage& language = {}) const;
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
