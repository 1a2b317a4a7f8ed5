#pragma once

#include "core/prompt/tokendensity.h"
#include "core/tokenize/encoding.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Cb::Core {

// Token counts of one assembled prompt under one encoding. `instructions` and `input` are exact
// counts of the two parts as sent; `items` counts each item's own text (without the wrapping
// tags), keyed by item id, for every item whether enabled or not; `sections` sums the enabled
// items of each section. Byte-pair encoding is not additive, so the sum of items is close to but
// never the same as `input`: the budget always uses total().
struct EncodingCounts
{
    Encoding encoding = Encoding::O200kBase;
    qint64 instructions = 0;
    qint64 input = 0;
    QHash<QString, qint64> items;
    QList<qint64> sections;

    qint64 total() const { return instructions + input; }
    std::optional<qint64> item(const QString& itemId) const
    {
        const auto it = items.constFind(itemId);
        return it == items.cend() ? std::nullopt : std::optional<qint64>(*it);
    }
};

// The counts of one prompt for each encoding asked for, and which prompt they belong to
// (AssembledPrompt::sha256), so a late result for an older prompt can be recognised.
struct PromptCounts
{
    QByteArray promptSha256;
    QList<EncodingCounts> encodings;
    // Characters and Hangul share of instructions + input, for "characters per token".
    TokenDensity density{};

    const EncodingCounts* find(Encoding encoding) const
    {
        for (const EncodingCounts& c : encodings)
            if (c.encoding == encoding)
                return &c;
        return nullptr;
    }
};

} // namespace Cb::Core
