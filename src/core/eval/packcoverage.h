#pragma once

#include "core/history/runrecord.h"

namespace Cb::Core {

// Which pack items each answer of a run used: read through the tools (tools mode, the
// tool_calls trail, its follow-ups' reads included) or cited ([[id: "quote"]], any mode, in
// the answer or a follow-up's reply), and the items no answer used. Built
// from the run's record alone — its manifest (the items sent, with their ids), each call's tool
// trail and checked citations — so it needs no pack file. A plain value.
struct PackCoverage
{
    struct Item
    {
        QString itemId{}; // UUID; empty for a run recorded before manifests carried ids
        QString section{};
        QString title{};
        QStringList readBy{};  // answer labels ("o3", "o3 #2"), in call order
        QStringList citedBy{}; // answer labels with a citation of this item (verified or not)
        int citations = 0;     // citations of this item, all answers
        int verified = 0;      // of which verified

        bool used() const { return !readBy.isEmpty() || !citedBy.isEmpty(); }
    };
    QList<Item> items; // manifest order
    QStringList answers; // every answer's label, in call order

    int unusedCount() const;
    bool hasData() const; // some answer read or cited anything

    static PackCoverage build(const RunRecord& run);
    // "o3", or "o3 #2" for a model's second call in the run.
    static QStringList answerLabels(const RunRecord& run);
};

} // namespace Cb::Core
