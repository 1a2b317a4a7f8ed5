#include "core/eval/citationchecker.h"

#include "core/pack/packitemref.h"

#include <QHash>

namespace Cb::Core {

namespace {

// How far a citation may run from its "[[" to its "]]": a quote is a phrase or a sentence, and
// an unclosed "[[" must not swallow the rest of a long answer.
constexpr qsizetype kMaxCitationLength = 4000;

// Ids are UUID prefixes or whole UUIDs: hex digits, '-', braces. Anything else ("[[TODO: …]]",
// "[[Link]]") is not a citation.
bool isIdChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F') ||
           u == '-' || u == '{' || u == '}';
}

// The marks that close a quote opened by `open`: the matching one first; the others only when
// the matching one never comes (models mix straight and typographic marks). Empty when `open`
// opens no quote.
struct Closers
{
    QString matching;
    QString fallback;
};

Closers closersFor(QChar open)
{
    switch (open.unicode()) {
    case '"':
        return {QStringLiteral("\"\u201D"), QStringLiteral("\u201C")};
    case 0x201C: // “
        return {QStringLiteral("\u201D"), QStringLiteral("\"\u201C")};
    case 0x201E: // „
        return {QStringLiteral("\u201C\u201D"), QStringLiteral("\"")};
    case 0x201D: // ” used as an opener, as some models do
        return {QStringLiteral("\u201D"), QStringLiteral("\"")};
    case 0x00AB: // «
        return {QStringLiteral("\u00BB"), {}};
    case 0x300C: // 「
        return {QStringLiteral("\u300D"), {}};
    case 0x300E: // 『
        return {QStringLiteral("\u300F"), {}};
    default:
        return {};
    }
}

qsizetype findCloser(const QString& s, qsizetype from, qsizetype limit, const QString& marks)
{
    for (qsizetype j = from; j < limit && !marks.isEmpty(); ++j)
        if (marks.contains(s[j]))
            return j;
    return -1;
}

QChar asciiFor(QChar c)
{
    switch (c.unicode()) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
        return QLatin1Char('\'');
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
    case 0x00AB:
    case 0x00BB:
        return QLatin1Char('"');
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
        return QLatin1Char('-');
    default:
        return c;
    }
}

bool isInvisible(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x00AD || u == 0x200B || u == 0x200C || u == 0x200D || u == 0x2060 || u == 0xFEFF;
}

// One citation starting at `open` ("[["); appended to `out` when well formed. Returns where the
// scan goes on.
qsizetype parseAt(const QString& s, qsizetype open, QList<Citation>& out)
{
    const qsizetype limit = qMin(s.size(), open + kMaxCitationLength);
    qsizetype i = open + 2;
    auto skipSpace = [&] {
        while (i < limit && s[i].isSpace())
            ++i;
    };
    skipSpace();
    const qsizetype idStart = i;
    while (i < limit && isIdChar(s[i]))
        ++i;
    const QString id = s.mid(idStart, i - idStart);
    skipSpace();
    if (id.size() < 4 || i >= limit || (s[i] != QLatin1Char(':') && s[i] != QChar(0xFF1A)))
        return open + 2;
    ++i;
    QStringList quotes;
    for (;;) {
        while (i < limit && (s[i].isSpace() || s[i] == QLatin1Char(',') || s[i] == QChar(0xFF0C)))
            ++i;
        if (i + 1 >= limit)
            return open + 2; // never closed
        if (s[i] == QLatin1Char(']') && s[i + 1] == QLatin1Char(']'))
            break;
        const Closers closers = closersFor(s[i]);
        if (closers.matching.isEmpty()) {
            // A bare quote (everything up to "]]"), or after quoted ones a remark such as
            // "(p. 3)", which is not part of any quote.
            const qsizetype end = s.indexOf(QStringLiteral("]]"), i);
            if (end < 0 || end >= limit)
                return open + 2;
            if (!quotes.isEmpty()) {
                i = end;
                break;
            }
            QString bare = s.mid(i, end - i).trimmed();
            if (bare.size() >= 2 && bare.front() == QLatin1Char('\'') && bare.back() == QLatin1Char('\''))
                bare = bare.mid(1, bare.size() - 2);
            quotes.append(bare);
            i = end;
            break;
        }
        qsizetype close = findCloser(s, i + 1, limit, closers.matching);
        if (close < 0)
            close = findCloser(s, i + 1, limit, closers.fallback);
        if (close < 0)
            return open + 2;
        quotes.append(s.mid(i + 1, close - i - 1));
        i = close + 1;
    }
    const qsizetype end = i + 2;
    if (quotes.isEmpty())
        quotes.append(QString()); // [[id:]]: a citation without a quote cannot be verified
    for (const QString& quote : quotes) {
        Citation c;
        c.id = id;
        c.quote = quote;
        c.start = open;
        c.length = end - open;
        out.append(c);
    }
    return end;
}

} // namespace

CitationChecker::CitationChecker(Pack pack) : m_pack(std::move(pack)) {}

QList<Citation> CitationChecker::find(const QString& answer)
{
    QList<Citation> out;
    for (qsizetype at = answer.indexOf(QStringLiteral("[[")); at >= 0;) {
        const qsizetype next = parseAt(answer, at, out);
        at = answer.indexOf(QStringLiteral("[["), next);
    }
    return out;
}

QString CitationChecker::normalise(const QString& text)
{
    const QString composed = text.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(composed.size());
    bool space = false;
    for (const QChar c : composed) {
        if (isInvisible(c))
            continue;
        if (c.isSpace()) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out += QLatin1Char(' ');
        space = false;
        out += asciiFor(c);
    }
    return out;
}

CitationReport CitationChecker::check(const QString& answer) const
{
    CitationReport report;
    report.checked = true;
    report.citations = find(answer);
    QHash<QString, QString> normalised; // item UUID -> its text normalised, once per item
    for (Citation& c : report.citations) {
        const QString uuid = PackItemRef::resolve(m_pack, c.id);
        const PackItem* item = uuid.isEmpty() ? nullptr : m_pack.item(uuid);
        if (!item || !item->enabled) {
            c.status = Citation::Status::UnknownItem;
            continue;
        }
        c.itemId = item->id;
        c.title = item->title;
        auto text = normalised.constFind(uuid);
        if (text == normalised.constEnd())
            text = normalised.insert(uuid, normalise(item->text));
        const QString quote = normalise(c.quote);
        c.status = !quote.isEmpty() && text->contains(quote) ? Citation::Status::Verified
                                                             : Citation::Status::QuoteNotFound;
    }
    return report;
}

} // namespace Cb::Core
