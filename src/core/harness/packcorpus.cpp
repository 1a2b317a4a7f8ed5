#include "core/harness/packcorpus.h"

#include "core/pack/pack.h"
#include "core/pack/packitemref.h"
#include "core/tokenize/tokenizer.h"

namespace Cb::Core {

PackCorpus PackCorpus::fromPack(const Pack& pack, const std::shared_ptr<const Tokenizer>& tokenizer,
                                const QSet<QString>& only)
{
    PackCorpus corpus;
    corpus.title = pack.title;
    corpus.goal = pack.goal;
    corpus.tokensExact = tokenizer != nullptr;
    const QHash<QString, QString> ids = PackItemRef::shortIds(pack);
    for (const PackSection& section : pack.sections) {
        bool any = false;
        for (const PackItem& item : section.items) {
            if (!item.enabled || (!only.isEmpty() && !only.contains(item.id)))
                continue;
            any = true;
            CorpusItem c;
            c.uuid = item.id;
            c.shortId = ids.value(item.id);
            c.section = section.name;
            c.title = item.title;
            c.text = item.text;
            c.tokens = (item.text.size() + 3) / 4;
            corpus.items.append(std::move(c));
        }
        if (any)
            corpus.sections.append(section.name);
    }
    if (tokenizer) { // exact sizes, counted on every core
        QList<QByteArray> texts;
        texts.reserve(corpus.items.size());
        for (const CorpusItem& c : std::as_const(corpus.items))
            texts.append(c.text.toUtf8());
        const std::vector<size_t> counts = tokenizer->countMany(texts);
        for (qsizetype i = 0; i < corpus.items.size(); ++i)
            corpus.items[i].tokens = qint64(counts[size_t(i)]);
    }
    return corpus;
}

const CorpusItem* PackCorpus::find(const QString& id) const
{
    QString wanted = id.trimmed().toLower();
    wanted.remove(QLatin1Char('{'));
    wanted.remove(QLatin1Char('}'));
    if (wanted.isEmpty())
        return nullptr;
    for (const CorpusItem& item : items)
        if (item.shortId == wanted || item.uuid.toLower() == wanted)
            return &item;
    return nullptr;
}

qint64 PackCorpus::totalTokens() const
{
    qint64 sum = 0;
    for (const CorpusItem& item : items)
        sum += item.tokens;
    return sum;
}

} // namespace Cb::Core
