#pragma once

#include "core/prompt/assembledprompt.h"
#include "core/prompt/textdigestmemo.h"
#include "core/tokenize/encoding.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace Cb::Core {

class TokenCountCache;
class Tokenizer;

// One count of a prompt under one encoding, in three steps: add what is to be counted (each
// addition returns a handle), run() counts on all cores only the stretches the cache lacks
// (each distinct one once) and remembers them, value() sums a handle's terms.
//
// An item counts as head + core + tail (TextDigest): the core, most of a large text, is cached
// on its own key, so a prompt part is counted as its items' cores plus the short stretches
// between them (item heads and tails, headings). Cutting at the cores' ends is exact because
// both are positions where the pre-tokenizers always split. Not thread-safe; one per count.
class PromptCountPlan
{
public:
    PromptCountPlan(Encoding encoding, TokenCountCache& cache);

    // The density of a part of the prompt from its items' remembered core densities and the
    // stretches between them, so an edit does not scan the whole prompt again.
    static TokenDensity density(const QString& text, const QList<PromptSegment>& segments,
                                PromptSegment::Part part, TextDigestMemo& memo);

    int addItem(const QString& text, const TextDigest& digest);
    // A part of the prompt (instructions or input) with the segments of its items.
    int addPart(const QString& text, const QList<PromptSegment>& segments,
                PromptSegment::Part part, TextDigestMemo& memo);
    void run(const Tokenizer& tokenizer);
    qint64 value(int handle) const;

private:
    struct Span
    {
        QString text; // [from, to) of text, or utf8 when text is null
        qsizetype from = 0;
        qsizetype to = 0;
        QByteArray utf8;
    };
    // A term is a known count (span < 0) or the count of m_spans[span].
    struct Term
    {
        qint64 known = 0;
        int span = -1;
    };
    struct Handle
    {
        QList<Term> terms;
        QByteArray cacheAs; // remembered under this key once counted, if not empty
    };

    // An item's core where it lies in a part's text, from ItemCores().
    struct ItemCore
    {
        TextDigest digest;
        const PromptSegment* segment = nullptr;
        qsizetype start = 0; // in the part's text
        qsizetype end = 0;
    };
    // The cores of the items written unchanged into a part, in text order, not overlapping.
    static std::vector<ItemCore> itemCores(const QString& text,
                                           const QList<PromptSegment>& segments,
                                           PromptSegment::Part part, TextDigestMemo& memo);

    Term keyed(const QByteArray& key, Span span);
    Term anonymous(Span span);
    void addGap(Handle& h, const QString& text, qsizetype from, qsizetype to);

    Encoding m_encoding;
    TokenCountCache& m_cache;
    std::vector<Span> m_spans;
    std::vector<QByteArray> m_spanKeys;
    std::vector<size_t> m_counts;
    QHash<QByteArray, Term> m_byKey;
    QHash<QByteArray, int> m_itemHandles;
    std::vector<Handle> m_handles;
};

} // namespace Cb::Core
