#pragma once

#include "core/eval/bradleyterry.h"
#include "core/eval/pairwisetable.h"
#include "core/eval/panelstats.h"
#include "core/eval/reliability.h"
#include "core/history/runrecord.h"
#include "core/models/billedusage.h"

#include <QList>

#include <optional>

namespace Cb::Formats {

// Numbers derived from one call for reports and CSV rows.
struct CallFacts
{
    QString label; // "o3", or "o3 #2" when the model ran more than once (ReportFacts::label)
    Cb::Core::BilledUsage usage;
    int votesWon = 0;
    int votesLost = 0;
    int votesTied = 0; // ties and both-bad
};

// Everything a report shows beyond the raw record: per-call token usage normalised across
// providers, run totals, and — when the run has them — vote statistics (pairwise win rates with
// Wilson intervals, a Bradley–Terry ranking), mean ratings and k-of-k reliability from
// judgements. Computed once per export from the (already redacted and filtered) run.
// A plain value; compute() is pure and runs on any thread.
struct ReportFacts
{
    struct ModelRating
    {
        QString model;
        double mean = 0;
        int count = 0;
    };

    QList<CallFacts> calls; // parallel to run.calls
    QStringList models;     // distinct model keys (ModelIdentity), in call order
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 reasoningTokens = 0;
    double costUsd = 0;
    bool costKnown = false; // at least one call reported a cost
    QList<Cb::Core::PairStats> pairs;
    std::optional<Cb::Core::BradleyTerry::Fit> ranking; // two or more models with votes
    QList<ModelRating> ratings;
    QList<Cb::Core::ReliabilityStats> reliability; // only when some call was judged
    // Human votes per rater, agreement and the verdict (no bootstrap: reports show the
    // Bradley–Terry fit above without intervals). Judge votes only in panel.judge.
    Cb::Core::PanelStats panel;

    bool hasVotes() const { return !pairs.isEmpty(); }
    // How tables and headings name a model key: without its provider unless that would make two
    // models of the report look alike (ModelIdentity::shortLabel).
    QString label(const QString& key) const;

    static ReportFacts compute(const Cb::Core::RunRecord& run);
};

} // namespace Cb::Formats
