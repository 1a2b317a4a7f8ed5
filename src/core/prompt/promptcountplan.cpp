#include "core/prompt/promptcountplan.h"

#include "core/common/sha256.h"
#include "core/tokenize/tokencountcache.h"
#include "core/tokenize/tokenizer.h"
#include "core/common/releasedpoolthread.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace Cb::Core {

namespace {

// Stretches between items shorter than this are counted each time (cheaper than hashing them).
constexpr qsizetype kCachedGap = 16 * 1024;

QByteArray coreKey(const QByteArray& itemKey)
{
    return QByteArrayLiteral("core:") + itemKey;
}

} // namespace

PromptCountPlan::PromptCountPlan(Encoding encoding, TokenCountCache& cache)
    : m_encoding(encoding), m_cache(cache)
{
}

PromptCountPlan::Term PromptCountPlan::keyed(const QByteArray& key, Span span)
{
    if (const auto it = m_byKey.constFind(key); it != m_byKey.cend())
        return *it;
    Term term;
    if (const auto cached = m_cache.find(m_encoding, key)) {
        term.known = qint64(*cached);
    } else {
        term = anonymous(std::move(span));
        if (term.span >= 0)
            m_spanKeys[size_t(term.span)] = key;
    }
    m_byKey.insert(key, term);
    return term;
}

PromptCountPlan::Term PromptCountPlan::anonymous(Span span)
{
    if (span.text.isNull() ? span.utf8.isEmpty() : span.from >= span.to)
        return {};
    m_spans.push_back(std::move(span));
    m_spanKeys.emplace_back();
    return {0, int(m_spans.size() - 1)};
}

int PromptCountPlan::addItem(const QString& text, const TextDigest& digest)
{
    if (const auto it = m_itemHandles.constFind(digest.key); it != m_itemHandles.cend())
        return *it;
    Handle h;
    if (const auto cached = m_cache.find(m_encoding, digest.key)) {
        h.terms.append({qint64(*cached), -1});
    } else {
        h.cacheAs = digest.key;
        h.terms.append(anonymous({text, 0, digest.coreStart, {}}));
        if (digest.coreStart < digest.coreEnd)
            h.terms.append(
                keyed(coreKey(digest.key), {text, digest.coreStart, digest.coreEnd, {}}));
        h.terms.append(anonymous({text, std::max(digest.coreStart, digest.coreEnd),
                                  text.size(), {}}));
    }
    m_handles.push_back(std::move(h));
    m_itemHandles.insert(digest.key, int(m_handles.size() - 1));
    return int(m_handles.size() - 1);
}

void PromptCountPlan::addGap(Handle& h, const QString& text, qsizetype from, qsizetype to)
{
    if (to - from < kCachedGap) {
        h.terms.append(anonymous({text, from, to, {}}));
        return;
    }
    // A long stretch (an item written with changes, one without a core): keyed by content.
    QByteArray utf8 = QStringView(text).sliced(from, to - from).toUtf8();
    const QByteArray key = QByteArrayLiteral("gap:") + Sha256::hash(utf8).toHex();
    h.terms.append(keyed(key, {{}, 0, 0, std::move(utf8)}));
}

std::vector<PromptCountPlan::ItemCore>
PromptCountPlan::itemCores(const QString& text, const QList<PromptSegment>& segments,
                           PromptSegment::Part part, TextDigestMemo& memo)
{
    QList<const PromptSegment*> items;
    for (const PromptSegment& s : segments) {
        if (s.part == part && s.kind == PromptSegment::Kind::Item && s.textStart >= 0 &&
            s.textStart + s.text.size() <= text.size())
            items.append(&s);
    }
    std::sort(items.begin(), items.end(),
              [](const PromptSegment* a, const PromptSegment* b) { return a->textStart < b->textStart; });
    std::vector<ItemCore> cores;
    qsizetype cursor = 0;
    for (const PromptSegment* s : items) {
        TextDigest d = memo.digest(s->text);
        const qsizetype coreStart = s->textStart + d.coreStart;
        if (d.coreStart >= d.coreEnd || coreStart < cursor)
            continue;
        cursor = s->textStart + d.coreEnd;
        cores.push_back({std::move(d), s, coreStart, cursor});
    }
    return cores;
}

TokenDensity PromptCountPlan::density(const QString& text, const QList<PromptSegment>& segments,
                                      PromptSegment::Part part, TextDigestMemo& memo)
{
    TokenDensity sum;
    qsizetype cursor = 0;
    for (const ItemCore& core : itemCores(text, segments, part, memo)) {
        sum += TokenDensity::of(QStringView(text).sliced(cursor, core.start - cursor));
        sum += core.digest.coreDensity;
        cursor = core.end;
    }
    sum += TokenDensity::of(QStringView(text).sliced(cursor));
    return sum;
}

int PromptCountPlan::addPart(const QString& text, const QList<PromptSegment>& segments,
                             PromptSegment::Part part, TextDigestMemo& memo)
{
    Handle h;
    qsizetype cursor = 0;
    for (const ItemCore& core : itemCores(text, segments, part, memo)) {
        addGap(h, text, cursor, core.start);
        h.terms.append(keyed(coreKey(core.digest.key),
                             {core.segment->text, core.digest.coreStart, core.digest.coreEnd, {}}));
        cursor = core.end;
    }
    addGap(h, text, cursor, text.size());
    m_handles.push_back(std::move(h));
    return int(m_handles.size() - 1);
}

void PromptCountPlan::run(const Tokenizer& tokenizer)
{
    const ReleasedPoolThread waiting; // may run on a pool thread (a background count)
    m_counts = QtConcurrent::blockingMapped<std::vector<size_t>>(
        m_spans.begin(), m_spans.end(), [&tokenizer](const Span& s) {
            if (s.text.isNull())
                return tokenizer.count(
                    std::string_view(s.utf8.constData(), size_t(s.utf8.size())));
            const QByteArray utf8 = QStringView(s.text).sliced(s.from, s.to - s.from).toUtf8();
            return tokenizer.count(std::string_view(utf8.constData(), size_t(utf8.size())));
        });
    for (size_t i = 0; i < m_spans.size(); ++i) {
        if (!m_spanKeys[i].isEmpty())
            m_cache.insert(m_encoding, m_spanKeys[i], m_counts[i]);
    }
    for (int i = 0; i < int(m_handles.size()); ++i) {
        if (!m_handles[size_t(i)].cacheAs.isEmpty())
            m_cache.insert(m_encoding, m_handles[size_t(i)].cacheAs, size_t(value(i)));
    }
}

qint64 PromptCountPlan::value(int handle) const
{
    qint64 sum = 0;
    for (const Term& t : m_handles[size_t(handle)].terms)
        sum += t.span < 0 ? t.known : qint64(m_counts[size_t(t.span)]);
    return sum;
}

} // namespace Cb::Core
