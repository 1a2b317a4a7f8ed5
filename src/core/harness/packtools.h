#pragma once

#include "core/common/result.h"

#include <QFuture>
#include <QSet>

#include <memory>

namespace Cb::Core {

struct Pack;
struct PackCorpus;
class PackSearchIndex;
class Tokenizer;

// What every tools-mode call of a run shares: the pack's visible items with their token
// sizes, and the search index over them. Built once per run off the GUI thread; each tool
// loop makes its own PackToolExecutor from it (the read budget is per answer). A value.
struct PackTools
{
    std::shared_ptr<const PackCorpus> corpus;
    std::shared_ptr<const PackSearchIndex> index;
    std::shared_ptr<const Tokenizer> tokenizer; // may be null: sizes estimated

    // Blocking (tokenizing and indexing a large pack takes seconds): call from a worker.
    // `only`: see PackCorpus::fromPack.
    static Result<PackTools> build(const Pack& pack, std::shared_ptr<const Tokenizer> tokenizer,
                                   const QSet<QString>& only = {});
    // build() on the global thread pool, on a copy of the pack. A null tokenizer: the shared
    // registry's o200k_base, loaded on that thread (sizes estimated if it cannot be loaded).
    static QFuture<Result<PackTools>> buildAsync(Pack pack, std::shared_ptr<const Tokenizer> tokenizer,
                                                 QSet<QString> only = {});
};

} // namespace Cb::Core
