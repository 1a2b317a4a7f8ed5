#include "core/tokenize/tokenizerregistry.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Cb::Core {

TokenizerRegistry::TokenizerRegistry(QString vocabularyDir)
    : m_vocabularyDir(std::move(vocabularyDir))
{
}

size_t TokenizerRegistry::index(Encoding encoding)
{
    return encoding == Encoding::O200kBase ? 0 : 1;
}

Result<std::shared_ptr<const Tokenizer>> TokenizerRegistry::tokenizer(Encoding encoding)
{
    Slot& s = m_slots[index(encoding)];
    // One mutex per encoding serialises its load; m_mutex only guards the pointer, so readers
    // of another (or an already loaded) encoding never wait for a parse.
    std::lock_guard loadLock(s.loadMutex);
    if (auto existing = loaded(encoding))
        return existing;
    auto result = Tokenizer::load(encoding, m_vocabularyDir);
    if (result) {
        std::lock_guard lock(m_mutex);
        s.tokenizer = *result;
    }
    return result;
}

QFuture<Result<std::shared_ptr<const Tokenizer>>>
TokenizerRegistry::tokenizerAsync(Encoding encoding)
{
    if (auto existing = loaded(encoding)) {
        return QtFuture::makeReadyFuture(
            Result<std::shared_ptr<const Tokenizer>>(std::move(existing)));
    }
    return QtConcurrent::run([this, encoding] { return tokenizer(encoding); });
}

std::shared_ptr<const Tokenizer> TokenizerRegistry::loaded(Encoding encoding) const
{
    std::lock_guard lock(m_mutex);
    return m_slots[index(encoding)].tokenizer;
}

TokenizerRegistry& TokenizerRegistry::shared()
{
    static TokenizerRegistry registry;
    return registry;
}

} // namespace Cb::Core
