#pragma once

#include "core/harness/tooltrailentry.h"
#include "core/providers/toolcall.h"

#include <QList>

#include <utility>

#include <memory>

namespace Cb::Core {

struct PackCorpus;
class PackSearchIndex;
class Tokenizer;

// The result to send back and the trail entry to record for one call (round/position unset).
struct ToolExecution
{
    ToolResult result;
    ToolTrailEntry trail;
};

// Runs the tools of tools mode locally against a PackCorpus: list_items(section?),
// read_item(id, offset?, max_tokens?) and search_pack(query, limit?). Offsets count characters
// (UTF-16 units) from the item's start; max_tokens counts tokens of the run's tokenizer. Every
// mistake a model can make — JSON that does not parse, an unknown tool, a missing or mistyped
// argument, an id that names no item it may see, a read over kMaxReadTokens or past the read
// budget — comes back as an error result it can read and act on, never as an exception.
// Keeps the tokens read so far (the budget is per loop): one executor per tool loop. Cheap to
// create; the corpus, index and tokenizer are shared. Not thread-safe (one loop, one thread).
class PackToolExecutor
{
public:
    static constexpr int kDefaultReadTokens = 4000;
    static constexpr int kMaxReadTokens = 16000;
    static constexpr int kDefaultSearchHits = 8;
    static constexpr int kMaxSearchHits = 50;

    // tokenizer may be null (sizes estimated at ~4 characters a token); readBudget <= 0: none.
    PackToolExecutor(std::shared_ptr<const PackCorpus> corpus, std::shared_ptr<const PackSearchIndex> index,
                     std::shared_ptr<const Tokenizer> tokenizer, qint64 readBudget = 0);

    // The three tools in the strict schema subset (every property required, optional ones
    // typed [T, "null"], additionalProperties false).
    static QList<ToolDefinition> definitions();

    ToolExecution execute(const ToolCall& call);
    qint64 tokensRead() const { return m_tokensRead; }
    bool budgetExhausted() const { return m_readBudget > 0 && m_tokensRead >= m_readBudget; }
    const PackCorpus& corpus() const { return *m_corpus; }

private:
    ToolExecution listItems(const QJsonObject& args);
    ToolExecution readItem(const QJsonObject& args);
    ToolExecution searchPack(const QJsonObject& args);
    qint64 countTokens(const QString& text) const;
    // How many characters of `text` from `offset` fit in maxTokens tokens, and the tokens they
    // take (what the read budget is charged).
    std::pair<qsizetype, qint64> charsWithin(const QString& text, qsizetype offset, int maxTokens) const;

    std::shared_ptr<const PackCorpus> m_corpus;
    std::shared_ptr<const PackSearchIndex> m_index;
    std::shared_ptr<const Tokenizer> m_tokenizer;
    qint64 m_readBudget = 0;
    qint64 m_tokensRead = 0;
};

} // namespace Cb::Core
