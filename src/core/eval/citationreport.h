#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Cb::Core {

// One quote a model gave as the source of a claim: [[id: "quote"]] in its answer. A citation
// with several quotes for one id is one Citation per quote (they share the span).
struct Citation
{
    enum class Status
    {
        Verified,      // the item exists and the quote occurs in it (after normalising)
        UnknownItem,   // the id names no item the model was given
        QuoteNotFound, // the item exists but the quote does not occur in its text
    };
    QString id;        // as the model wrote it
    QString itemId{};  // the item's UUID; empty for an unknown item
    QString title{};   // the item's title at the time of the run; empty for an unknown item
    QString quote{};   // as written, without its quotation marks
    Status status = Status::UnknownItem;
    qsizetype start = 0;  // the whole [[…]] in the answer (QString units)
    qsizetype length = 0;

    bool verified() const { return status == Status::Verified; }
    QString reason() const; // "verified", "unknown item", "quote not in item"
};

// The citations of one answer and how each fared, as CitationChecker found them when the call
// finished; stored with the call (calls.citations_json) so history, exports and statistics never
// need the pack again. A plain value.
struct CitationReport
{
    bool checked = false; // false: never checked (a call recorded before schema 10, or no pack)
    QList<Citation> citations;

    int total() const { return int(citations.size()); }
    int verified() const;
    int notFound() const { return total() - verified(); }
    // "claims cited 18, verified 16, not found 2"
    QString summary() const;

    // Everything, for the history: {"citations":[{id,item,title,quote,status,start,length}]}.
    QJsonObject toStorageJson() const;
    static CitationReport fromStorageJson(const QJsonObject& json);
    // The shape of exports and `run --json`: {"total","verified","not_found":[{id,title,quote,
    // reason}],"citations":[…as stored]} — fromStorageJson() reads it back.
    QJsonObject toExportJson() const;
};

} // namespace Cb::Core
