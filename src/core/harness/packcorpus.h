#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace Cb::Core {

struct Pack;
class Tokenizer;

// One item a model may see in tools mode: an enabled item of an enabled run, with its short id
// (PackItemRef) and its size in tokens.
struct CorpusItem
{
    QString uuid;
    QString shortId;
    QString section;
    QString title;
    QString text;
    qint64 tokens = 0;
};

// The part of a pack a tools-mode call may reach: its title, goal, section names and enabled
// items, nothing else — disabled items are dropped here, so no tool can ever return them.
// `tokensExact` is false when no tokenizer was given (sizes are estimates, ~4 characters a
// token). A value, immutable once built; safe to share across threads.
struct PackCorpus
{
    QString title;
    QString goal;
    QStringList sections; // names of sections with at least one enabled item, in pack order
    QList<CorpusItem> items;
    bool tokensExact = false;

    // Counting tokens of a large pack takes time (Tokenizer::countMany, on the global pool):
    // call from a worker thread.
    // `only`: when not empty, just these item ids (the items the run's prompt holds, so an
    // item a template leaves out stays out in tools mode too).
    static PackCorpus fromPack(const Pack& pack, const std::shared_ptr<const Tokenizer>& tokenizer,
                               const QSet<QString>& only = {});
    // The item a model's id stands for: short id or full UUID, case and spaces ignored.
    const CorpusItem* find(const QString& id) const;
    qint64 totalTokens() const;
};

} // namespace Cb::Core
