#include "core/harness/packtools.h"

#include "core/harness/packcorpus.h"
#include "core/harness/packsearchindex.h"
#include "core/pack/pack.h"
#include "core/tokenize/tokenizerregistry.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Cb::Core {

Result<PackTools> PackTools::build(const Pack& pack, std::shared_ptr<const Tokenizer> tokenizer,
                                   const QSet<QString>& only)
{
    auto corpus = std::make_shared<const PackCorpus>(PackCorpus::fromPack(pack, tokenizer, only));
    auto index = PackSearchIndex::build(*corpus);
    if (!index)
        return fail(index.error());
    return PackTools{std::move(corpus), std::move(*index), std::move(tokenizer)};
}

QFuture<Result<PackTools>> PackTools::buildAsync(Pack pack, std::shared_ptr<const Tokenizer> tokenizer,
                                                 QSet<QString> only)
{
    return QtConcurrent::run([pack = std::move(pack), tokenizer = std::move(tokenizer), only = std::move(only)] {
        std::shared_ptr<const Tokenizer> t = tokenizer;
        if (!t)
            if (auto loaded = TokenizerRegistry::shared().tokenizer(Encoding::O200kBase))
                t = *loaded;
        return build(pack, t, only);
    });
}

} // namespace Cb::Core
