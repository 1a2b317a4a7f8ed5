#pragma once

#include "core/common/result.h"
#include "core/tokenize/tokenizer.h"

#include <QFuture>
#include <QString>

#include <array>
#include <memory>
#include <mutex>

namespace Cb::Core {

// Loads each encoding at most once and hands out the shared, immutable Tokenizer.
// Thread-safe: concurrent first calls for one encoding wait for the single load; different
// encodings load independently. A failed load is not cached, so a later call retries.
// The app injects one instance (or uses shared()); tests make their own with a vocabulary dir.
class TokenizerRegistry
{
public:
    // vocabularyDir empty: resourcePath("tokenizers").
    explicit TokenizerRegistry(QString vocabularyDir = {});

    TokenizerRegistry(const TokenizerRegistry&) = delete;
    TokenizerRegistry& operator=(const TokenizerRegistry&) = delete;

    // Blocks while loading on first use (a few ms for the shipped vocabularies, whose tables are
    // built into the binary; tens of ms to parse any other file): not for the GUI thread.
    Result<std::shared_ptr<const Tokenizer>> tokenizer(Encoding encoding);
    // Loads on the global thread pool; an already loaded tokenizer gives a finished future.
    // The registry must outlive the future.
    QFuture<Result<std::shared_ptr<const Tokenizer>>> tokenizerAsync(Encoding encoding);
    // The tokenizer if it is loaded already, else null; never blocks on a load.
    std::shared_ptr<const Tokenizer> loaded(Encoding encoding) const;

    // Process-wide registry over the shipped vocabularies.
    static TokenizerRegistry& shared();

private:
    struct Slot
    {
        std::mutex loadMutex;
        std::shared_ptr<const Tokenizer> tokenizer; // guarded by m_mutex
    };
    static size_t index(Encoding encoding);

    QString m_vocabularyDir;
    mutable std::mutex m_mutex;
    std::array<Slot, 2> m_slots;
};

} // namespace Cb::Core
