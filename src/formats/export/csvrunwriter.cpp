#include "formats/export/csvrunwriter.h"

#include <QStringList>

namespace Cb::Formats {

using namespace Cb::Core;

namespace {

template <typename T> QString optional(const std::optional<T>& v)
{
    return v ? QString::number(*v) : QString();
}

} // namespace

QString CsvRunWriter::field(const QString& value)
{
    // A leading =, +, - or @ would make a spreadsheet run the cell as a formula; a quote
    // character in front keeps it text (OWASP "CSV injection"). Plain negative numbers never
    // occur in these columns.
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.front()))
        v.prepend(QLatin1Char('\''));
    if (!v.contains(QLatin1Char(',')) && !v.contains(QLatin1Char('"')) &&
        !v.contains(QLatin1Char('\n')) && !v.contains(QLatin1Char('\r')))
        return v;
    v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

QString CsvRunWriter::write(const RunRecord& run, const ReportFacts& facts)
{
    const QStringList header{QStringLiteral("call_id"),
                             QStringLiteral("provider"),
                             QStringLiteral("model"),
                             QStringLiteral("repeat"),
                             QStringLiteral("status"),
                             QStringLiteral("partial"),
                             QStringLiteral("input_tokens"),
                             QStringLiteral("output_tokens"),
                             QStringLiteral("reasoning_tokens"),
                             QStringLiteral("cost_usd"),
                             QStringLiteral("first_token_ms"),
                             QStringLiteral("total_ms"),
                             QStringLiteral("votes_won"),
                             QStringLiteral("votes_lost"),
                             QStringLiteral("votes_tied"),
                             QStringLiteral("rating"),
                             QStringLiteral("judgement"),
                             QStringLiteral("citations_total"),
                             QStringLiteral("citations_verified"),
                             QStringLiteral("citations_not_found")};
    QString out = header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (int i = 0; i < run.calls.size(); ++i) {
        const CallRecord& c = run.calls[i];
        const CallFacts& f = facts.calls[i];
        const QStringList row{QString::number(c.id),
                              c.provider,
                              c.model,
                              QString::number(c.repeatIndex + 1),
                              callStatusName(c.status),
                              c.partial ? QStringLiteral("true") : QStringLiteral("false"),
                              QString::number(f.usage.inputTokens),
                              QString::number(f.usage.outputTokens),
                              QString::number(f.usage.reasoningTokens),
                              c.costUsd ? QString::number(*c.costUsd, 'f', 6) : QString(),
                              optional(c.firstTokenMs),
                              optional(c.totalMs),
                              QString::number(f.votesWon),
                              QString::number(f.votesLost),
                              QString::number(f.votesTied),
                              optional(c.rating),
                              c.judgement,
                              // Empty when the answer was never checked (no pack, or before schema 10).
                              c.citations.checked ? QString::number(c.citations.total()) : QString(),
                              c.citations.checked ? QString::number(c.citations.verified()) : QString(),
                              c.citations.checked ? QString::number(c.citations.notFound()) : QString()};
        QStringList fields;
        for (const QString& v : row)
            fields.append(field(v));
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

} // namespace Cb::Formats
