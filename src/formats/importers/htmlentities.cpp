#include "formats/importers/htmlentities.h"

#include <QHash>

namespace Cb::Formats {

namespace {

const QHash<QString, char32_t>& namedEntities()
{
    static const QHash<QString, char32_t> table = {
        {QStringLiteral("amp"), U'&'},     {QStringLiteral("lt"), U'<'},
        {QStringLiteral("gt"), U'>'},      {QStringLiteral("quot"), U'"'},
        {QStringLiteral("apos"), U'\''},   {QStringLiteral("nbsp"), 0xA0},
        {QStringLiteral("copy"), 0xA9},    {QStringLiteral("reg"), 0xAE},
        {QStringLiteral("trade"), 0x2122}, {QStringLiteral("hellip"), 0x2026},
        {QStringLiteral("mdash"), 0x2014}, {QStringLiteral("ndash"), 0x2013},
        {QStringLiteral("lsquo"), 0x2018}, {QStringLiteral("rsquo"), 0x2019},
        {QStringLiteral("ldquo"), 0x201C}, {QStringLiteral("rdquo"), 0x201D},
        {QStringLiteral("laquo"), 0xAB},   {QStringLiteral("raquo"), 0xBB},
        {QStringLiteral("bull"), 0x2022},  {QStringLiteral("middot"), 0xB7},
        {QStringLiteral("deg"), 0xB0},     {QStringLiteral("plusmn"), 0xB1},
        {QStringLiteral("times"), 0xD7},   {QStringLiteral("divide"), 0xF7},
        {QStringLiteral("euro"), 0x20AC},  {QStringLiteral("pound"), 0xA3},
        {QStringLiteral("yen"), 0xA5},     {QStringLiteral("cent"), 0xA2},
        {QStringLiteral("sect"), 0xA7},    {QStringLiteral("para"), 0xB6},
        {QStringLiteral("shy"), 0xAD},     {QStringLiteral("zwj"), 0x200D},
        {QStringLiteral("zwnj"), 0x200C},  {QStringLiteral("lrm"), 0x200E},
        {QStringLiteral("rlm"), 0x200F},   {QStringLiteral("ensp"), 0x2002},
        {QStringLiteral("emsp"), 0x2003},  {QStringLiteral("thinsp"), 0x2009},
        {QStringLiteral("larr"), 0x2190},  {QStringLiteral("rarr"), 0x2192},
        {QStringLiteral("uarr"), 0x2191},  {QStringLiteral("darr"), 0x2193},
        {QStringLiteral("harr"), 0x2194},  {QStringLiteral("le"), 0x2264},
        {QStringLiteral("ge"), 0x2265},    {QStringLiteral("ne"), 0x2260},
        {QStringLiteral("asymp"), 0x2248}, {QStringLiteral("infin"), 0x221E},
        {QStringLiteral("minus"), 0x2212}, {QStringLiteral("micro"), 0xB5},
        {QStringLiteral("frac12"), 0xBD},  {QStringLiteral("frac14"), 0xBC},
        {QStringLiteral("frac34"), 0xBE},  {QStringLiteral("sup2"), 0xB2},
        {QStringLiteral("sup3"), 0xB3},    {QStringLiteral("iexcl"), 0xA1},
        {QStringLiteral("iquest"), 0xBF},  {QStringLiteral("auml"), 0xE4},
        {QStringLiteral("ouml"), 0xF6},    {QStringLiteral("uuml"), 0xFC},
        {QStringLiteral("Auml"), 0xC4},    {QStringLiteral("Ouml"), 0xD6},
        {QStringLiteral("Uuml"), 0xDC},    {QStringLiteral("szlig"), 0xDF},
        {QStringLiteral("eacute"), 0xE9},  {QStringLiteral("egrave"), 0xE8},
        {QStringLiteral("agrave"), 0xE0},  {QStringLiteral("aacute"), 0xE1},
        {QStringLiteral("ccedil"), 0xE7},  {QStringLiteral("ntilde"), 0xF1},
        {QStringLiteral("oacute"), 0xF3},  {QStringLiteral("iacute"), 0xED},
        {QStringLiteral("uacute"), 0xFA},  {QStringLiteral("Eacute"), 0xC9},
        {QStringLiteral("alpha"), 0x3B1},  {QStringLiteral("beta"), 0x3B2},
        {QStringLiteral("gamma"), 0x3B3},  {QStringLiteral("delta"), 0x3B4},
        {QStringLiteral("pi"), 0x3C0},     {QStringLiteral("sigma"), 0x3C3},
        {QStringLiteral("mu"), 0x3BC},     {QStringLiteral("lambda"), 0x3BB},
        {QStringLiteral("check"), 0x2713}, {QStringLiteral("star"), 0x2606},
    };
    return table;
}

QString fromCodePoint(char32_t cp)
{
    // Invalid references (surrogates, beyond Unicode, NUL) become U+FFFD as browsers do.
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    return QString::fromUcs4(&cp, 1);
}

} // namespace

QString HtmlEntities::decode(const QString& text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('&')) {
            out += c;
            ++i;
            continue;
        }
        const qsizetype semi = text.indexOf(QLatin1Char(';'), i + 1);
        // Real references are short; a far-away ';' belongs to something else.
        if (semi < 0 || semi - i > 12) {
            out += c;
            ++i;
            continue;
        }
        const QString name = text.mid(i + 1, semi - i - 1);
        bool ok = false;
        if (name.startsWith(QLatin1Char('#'))) {
            const bool hex = name.size() > 1 &&
                             (name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X'));
            const uint cp = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
            if (ok)
                out += fromCodePoint(cp);
        } else if (const auto it = namedEntities().constFind(name);
                   it != namedEntities().constEnd()) {
            out += fromCodePoint(*it);
            ok = true;
        }
        if (ok) {
            i = semi + 1;
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

} // namespace Cb::Formats
