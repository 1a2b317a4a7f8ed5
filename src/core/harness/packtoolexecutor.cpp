#include "core/harness/packtoolexecutor.h"

#include "core/harness/packcorpus.h"
#include "core/harness/packsearchindex.h"
#include "core/tokenize/tokenizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <optional>

namespace Cb::Core {

namespace {

QJsonObject schema(const QJsonObject& properties)
{
    QJsonArray required;
    for (auto it = properties.begin(); it != properties.end(); ++it)
        required.append(it.key());
    return {{QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("properties"), properties},
            {QStringLiteral("required"), required},
            {QStringLiteral("additionalProperties"), false}};
}

QJsonObject property(const QString& type, bool optional, const QString& description)
{
    const QJsonValue t = optional ? QJsonValue(QJsonArray{type, QStringLiteral("null")}) : QJsonValue(type);
    return {{QStringLiteral("type"), t}, {QStringLiteral("description"), description}};
}

ToolExecution failure(const QString& tool, const QString& message)
{
    ToolExecution e;
    e.result.name = tool;
    e.result.output = QStringLiteral("Error: ") + message;
    e.result.isError = true;
    e.trail.name = tool;
    e.trail.isError = true;
    e.trail.summary = (tool.isEmpty() ? QStringLiteral("tool call") : tool) + QStringLiteral(" failed: ") + message;
    return e;
}

// An optional integer argument: absent or null gives the fallback; anything else must be a
// whole number >= minimum.
std::optional<qint64> integerArg(const QJsonObject& args, const QString& key, qint64 fallback, qint64 minimum,
                                 QString* error)
{
    const QJsonValue v = args.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || std::isnan(d) || d != std::floor(d)) {
        *error = QStringLiteral("`%1` must be a whole number or null.").arg(key);
        return std::nullopt;
    }
    if (d < double(minimum)) {
        *error = QStringLiteral("`%1` must be at least %2.").arg(key).arg(minimum);
        return std::nullopt;
    }
    return qint64(d);
}

std::optional<QString> stringArg(const QJsonObject& args, const QString& key, bool required, QString* error)
{
    const QJsonValue v = args.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            *error = QStringLiteral("`%1` is required.").arg(key);
        return required ? std::nullopt : std::optional<QString>(QString());
    }
    if (!v.isString()) {
        *error = QStringLiteral("`%1` must be a string.").arg(key);
        return std::nullopt;
    }
    return v.toString();
}

} // namespace

PackToolExecutor::PackToolExecutor(std::shared_ptr<const PackCorpus> corpus, std::shared_ptr<const PackSearchIndex> index,
                                   std::shared_ptr<const Tokenizer> tokenizer, qint64 readBudget)
    : m_corpus(std::move(corpus)), m_index(std::move(index)), m_tokenizer(std::move(tokenizer)), m_readBudget(readBudget)
{
}

QList<ToolDefinition> PackToolExecutor::definitions()
{
    return {
        {QStringLiteral("list_items"), QStringLiteral("List the pack's items (id, title, section, size in tokens)."),
         schema({{QStringLiteral("section"),
                  property(QStringLiteral("string"), true, QStringLiteral("Only this section; null for all."))}})},
        {QStringLiteral("read_item"),
         QStringLiteral("Read an item's text by id. Long items come in parts: the result says the offset to "
                        "continue from."),
         schema({{QStringLiteral("id"), property(QStringLiteral("string"), false, QStringLiteral("The item's id."))},
                 {QStringLiteral("offset"),
                  property(QStringLiteral("integer"), true,
                           QStringLiteral("Characters to skip from the item's start; null for 0."))},
                 {QStringLiteral("max_tokens"),
                  property(QStringLiteral("integer"), true,
                           QStringLiteral("At most this many tokens (up to %1); null for %2.")
                               .arg(kMaxReadTokens)
                               .arg(kDefaultReadTokens))}})},
        {QStringLiteral("search_pack"),
         QStringLiteral("Full-text search over every item; best matches first, each with its id and a snippet."),
         schema({{QStringLiteral("query"),
                  property(QStringLiteral("string"), false, QStringLiteral("Words or a phrase to find."))},
                 {QStringLiteral("limit"),
                  property(QStringLiteral("integer"), true,
                           QStringLiteral("Most hits to return (up to %1); null for %2.")
                               .arg(kMaxSearchHits)
                               .arg(kDefaultSearchHits))}})},
    };
}

ToolExecution PackToolExecutor::execute(const ToolCall& call)
{
    ToolExecution e;
    QJsonParseError parseError;
    const QString raw = call.arguments.trimmed();
    const QJsonDocument doc = QJsonDocument::fromJson(raw.isEmpty() ? QByteArray("{}") : raw.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        e = failure(call.name, QStringLiteral("the arguments are not a JSON object (%1); send them as JSON, e.g. "
                                              "{\"id\":\"…\"}.")
                                   .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                                     : QStringLiteral("not an object")));
    else if (call.name == QLatin1String("list_items"))
        e = listItems(doc.object());
    else if (call.name == QLatin1String("read_item"))
        e = readItem(doc.object());
    else if (call.name == QLatin1String("search_pack"))
        e = searchPack(doc.object());
    else
        e = failure(call.name, QStringLiteral("there is no tool named “%1”; the tools are list_items, read_item "
                                              "and search_pack.")
                                   .arg(call.name));
    e.result.callId = call.callId;
    e.result.name = call.name;
    e.trail.name = call.name;
    e.trail.arguments = call.arguments;
    e.trail.resultBytes = e.result.output.toUtf8().size();
    e.trail.resultTokens = countTokens(e.result.output);
    return e;
}

ToolExecution PackToolExecutor::listItems(const QJsonObject& args)
{
    QString error;
    const auto section = stringArg(args, QStringLiteral("section"), false, &error);
    if (!section)
        return failure(QStringLiteral("list_items"), error);
    const QString wanted = section->trimmed();
    if (!wanted.isEmpty() && !m_corpus->sections.contains(wanted, Qt::CaseInsensitive))
        return failure(QStringLiteral("list_items"),
                       QStringLiteral("no section named “%1”; the sections are: %2.")
                           .arg(wanted, m_corpus->sections.join(QStringLiteral(", "))));
    ToolExecution e;
    QStringList lines;
    for (const CorpusItem& item : m_corpus->items) {
        if (!wanted.isEmpty() && item.section.compare(wanted, Qt::CaseInsensitive) != 0)
            continue;
        lines << QStringLiteral("%1 — %2 (%3, %4 tokens)").arg(item.shortId, item.title, item.section).arg(item.tokens);
        e.trail.itemIds << item.shortId;
    }
    e.result.output = lines.isEmpty() ? QStringLiteral("The pack has no items.") : lines.join(QLatin1Char('\n'));
    e.trail.summary = wanted.isEmpty() ? QStringLiteral("listed %1 items").arg(lines.size())
                                       : QStringLiteral("listed %1 items in %2").arg(lines.size()).arg(wanted);
    return e;
}

ToolExecution PackToolExecutor::readItem(const QJsonObject& args)
{
    const QString tool = QStringLiteral("read_item");
    QString error;
    const auto id = stringArg(args, QStringLiteral("id"), true, &error);
    const auto offset = id ? integerArg(args, QStringLiteral("offset"), 0, 0, &error) : std::nullopt;
    const auto maxTokens =
        offset ? integerArg(args, QStringLiteral("max_tokens"), kDefaultReadTokens, 1, &error) : std::nullopt;
    if (!maxTokens)
        return failure(tool, error);
    const CorpusItem* item = m_corpus->find(*id);
    if (!item) // disabled items are absent from the corpus: the same answer, nothing leaks
        return failure(tool, QStringLiteral("no item with id “%1”; list_items shows the ids.").arg(*id));
    if (*maxTokens > kMaxReadTokens)
        return failure(tool, QStringLiteral("max_tokens %1 is over the limit of %2 per read; read in parts.")
                                 .arg(*maxTokens)
                                 .arg(kMaxReadTokens));
    if (*offset > item->text.size())
        return failure(tool, QStringLiteral("offset %1 is past the end of “%2” (%3 characters).")
                                 .arg(*offset)
                                 .arg(item->title)
                                 .arg(item->text.size()));
    qint64 allowed = *maxTokens;
    if (m_readBudget > 0) {
        if (budgetExhausted())
            return failure(tool, QStringLiteral("the read budget of %1 tokens for this answer is used up; answer "
                                                "from what you have read.")
                                     .arg(m_readBudget));
        allowed = qMin(allowed, m_readBudget - m_tokensRead);
    }
    const auto [length, tokens] = charsWithin(item->text, *offset, int(allowed));
    const QString part = item->text.mid(*offset, length);
    const qsizetype end = *offset + length;
    m_tokensRead += tokens;

    ToolExecution e;
    e.result.output = QStringLiteral("[%1 — %2 (%3), characters %4–%5 of %6]\n")
                          .arg(item->shortId, item->title, item->section)
                          .arg(*offset)
                          .arg(end)
                          .arg(item->text.size()) +
                      part;
    if (end < item->text.size())
        e.result.output += QStringLiteral("\n[cut at character %1 of %2: call read_item with offset %1 to continue]")
                               .arg(end)
                               .arg(item->text.size());
    e.trail.itemIds << item->shortId;
    e.trail.summary = QStringLiteral("read *%1* %2 tokens").arg(item->title).arg(tokens) +
                      (*offset > 0 || end < item->text.size()
                           ? QStringLiteral(" (characters %1–%2 of %3)").arg(*offset).arg(end).arg(item->text.size())
                           : QString());
    return e;
}

ToolExecution PackToolExecutor::searchPack(const QJsonObject& args)
{
    const QString tool = QStringLiteral("search_pack");
    QString error;
    const auto query = stringArg(args, QStringLiteral("query"), true, &error);
    const auto limit = query ? integerArg(args, QStringLiteral("limit"), kDefaultSearchHits, 1, &error) : std::nullopt;
    if (!limit)
        return failure(tool, error);
    if (query->trimmed().isEmpty())
        return failure(tool, QStringLiteral("`query` is empty."));
    if (!m_index)
        return failure(tool, QStringLiteral("search is not available for this pack."));
    QString note; // set when the hits come from part of the matches
    const auto hits = m_index->search(*query, int(qMin<qint64>(*limit, kMaxSearchHits)), &note);
    if (!hits)
        return failure(tool, hits.error().message);
    ToolExecution e;
    QStringList lines;
    for (const SearchHit& h : *hits) {
        lines << QStringLiteral("%1 — %2 (%3): %4").arg(h.shortId, h.title, h.section, h.snippet);
        e.trail.itemIds << h.shortId;
    }
    if (!note.isEmpty())
        lines << note;
    e.result.output = lines.isEmpty() ? QStringLiteral("No item matches “%1”.").arg(*query) : lines.join(QLatin1Char('\n'));
    e.trail.summary = QStringLiteral("searched '%1' → %2 %3")
                          .arg(query->simplified())
                          .arg(hits->size())
                          .arg(hits->size() == 1 ? QStringLiteral("hit") : QStringLiteral("hits"));
    return e;
}

qint64 PackToolExecutor::countTokens(const QString& text) const
{
    return m_tokenizer ? qint64(m_tokenizer->count(text)) : (text.size() + 3) / 4;
}

std::pair<qsizetype, qint64> PackToolExecutor::charsWithin(const QString& text, qsizetype offset, int maxTokens) const
{
    const qsizetype rest = text.size() - offset;
    if (!m_tokenizer) {
        const qsizetype chars = qMin<qsizetype>(rest, qsizetype(maxTokens) * 4);
        return {chars, (chars + 3) / 4};
    }
    // A token rarely spans more than a few characters: encode a window, not the whole rest.
    const QString window = text.mid(offset, qMin<qsizetype>(rest, qsizetype(maxTokens) * 8 + 16));
    const QByteArray utf8 = window.toUtf8();
    const std::vector<uint32_t> tokens = m_tokenizer->encode(std::string_view(utf8.constData(), size_t(utf8.size())));
    if (tokens.size() <= size_t(maxTokens))
        return {window.size(), qint64(tokens.size())};
    const auto prefix = m_tokenizer->decode(std::span<const uint32_t>(tokens.data(), size_t(maxTokens)));
    if (!prefix)
        return {qMin<qsizetype>(rest, qsizetype(maxTokens) * 4), maxTokens};
    QByteArray bytes = *prefix;
    // Drop a UTF-8 sequence the cut left incomplete (a token may end mid-character).
    qsizetype lead = bytes.size() - 1;
    while (lead >= 0 && (uchar(bytes[lead]) & 0xC0) == 0x80)
        --lead;
    if (lead >= 0) {
        const uchar c = uchar(bytes[lead]);
        const qsizetype need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        if (bytes.size() - lead < need)
            bytes.truncate(lead);
    }
    qsizetype chars = QString::fromUtf8(bytes).size();
    if (chars > 0 && chars < window.size() && window.at(chars - 1).isHighSurrogate())
        --chars;
    return {qMin(chars, window.size()), maxTokens};
}

} // namespace Cb::Core
