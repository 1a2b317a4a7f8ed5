#include "core/harness/packmanifest.h"

#include "core/harness/packcorpus.h"
#include "core/prompt/assembledprompt.h"

#include <algorithm>

namespace Cb::Core {

QString PackManifest::text(const PackCorpus& corpus)
{
    QString out;
    out += QStringLiteral("# Context pack: %1\n\n").arg(corpus.title.isEmpty() ? QStringLiteral("(untitled)") : corpus.title);
    if (!corpus.goal.trimmed().isEmpty())
        out += QStringLiteral("Goal: %1\n\n").arg(corpus.goal.trimmed());
    out += QStringLiteral("The pack's documents are not included in this message. %1 items, %2 tokens in all%3, "
                          "are available through tools:\n"
                          "- list_items(section): the items, optionally of one section.\n"
                          "- read_item(id, offset, max_tokens): an item's text; `offset` counts characters "
                          "from the start, and a cut read says where to continue.\n"
                          "- search_pack(query, limit): full-text search over all items, best matches first, "
                          "with snippets.\n"
                          "Read what you need before answering, and refer to items by their id.\n")
               .arg(corpus.items.size())
               .arg(corpus.totalTokens())
               .arg(corpus.tokensExact ? QString() : QStringLiteral(" (estimated)"));
    for (const QString& section : corpus.sections) {
        out += QStringLiteral("\n## %1\n").arg(section);
        for (const CorpusItem& item : corpus.items)
            if (item.section == section)
                out += QStringLiteral("- %1 — %2 (%3 tokens)\n").arg(item.shortId, item.title).arg(item.tokens);
    }
    return out;
}

AssembledPrompt PackManifest::toolsPrompt(const AssembledPrompt& full, const PackCorpus& corpus)
{
    AssembledPrompt out = full;
    out.segments.clear();
    // Ranges of the input that hold pack items (whole sections or single items), merged.
    QList<std::pair<qsizetype, qsizetype>> ranges;
    for (const PromptSegment& s : full.segments)
        if (s.part == PromptSegment::Part::Input &&
            (s.kind == PromptSegment::Kind::Item || s.kind == PromptSegment::Kind::Section))
            ranges.append({s.start, s.start + s.length});
    std::sort(ranges.begin(), ranges.end());
    QList<std::pair<qsizetype, qsizetype>> merged;
    for (const auto& r : ranges) {
        if (!merged.isEmpty() && r.first <= merged.last().second)
            merged.last().second = qMax(merged.last().second, r.second);
        else
            merged.append(r);
    }
    const QString manifest = text(corpus);
    if (merged.isEmpty()) {
        out.input = full.input.isEmpty() ? manifest : full.input + QStringLiteral("\n\n") + manifest;
        return out;
    }
    QString input;
    qsizetype at = 0;
    for (int i = 0; i < merged.size(); ++i) {
        input += full.input.mid(at, merged[i].first - at);
        if (i == 0)
            input += manifest;
        at = merged[i].second;
    }
    input += full.input.mid(at);
    out.input = input;
    return out;
}

} // namespace Cb::Core
