#include "formats/importers/scripttext.h"

#include <QHash>

namespace Cb::Formats {

namespace {

using Map = QHash<char16_t, char16_t>;

// Characters shared by both tables: digits and the five operators.
void addCommon(Map& map, char16_t zero, char16_t plus)
{
    for (char16_t d = 0; d < 10; ++d)
        map.insert(char16_t(u'0' + d), char16_t(zero + d));
    map.insert(u'+', plus);
    map.insert(u'-', char16_t(plus + 1));
    map.insert(u'\u2212', char16_t(plus + 1)); // MINUS SIGN
    map.insert(u'=', char16_t(plus + 2));
    map.insert(u'(', char16_t(plus + 3));
    map.insert(u')', char16_t(plus + 4));
}

const Map& superscripts()
{
    static const Map map = [] {
        Map m;
        addCommon(m, u'\u2070', u'\u207A');
        // ¹ ² ³ live in Latin-1, not beside ⁰.
        m.insert(u'1', u'\u00B9');
        m.insert(u'2', u'\u00B2');
        m.insert(u'3', u'\u00B3');
        // Every lower-case Latin letter except q has a modifier-letter form.
        const char16_t letters[][2] = {
            {u'a', u'\u1D43'}, {u'b', u'\u1D47'}, {u'c', u'\u1D9C'}, {u'd', u'\u1D48'},
            {u'e', u'\u1D49'}, {u'f', u'\u1DA0'}, {u'g', u'\u1D4D'}, {u'h', u'\u02B0'},
            {u'i', u'\u2071'}, {u'j', u'\u02B2'}, {u'k', u'\u1D4F'}, {u'l', u'\u02E1'},
            {u'm', u'\u1D50'}, {u'n', u'\u207F'}, {u'o', u'\u1D52'}, {u'p', u'\u1D56'},
            {u'r', u'\u02B3'}, {u's', u'\u02E2'}, {u't', u'\u1D57'}, {u'u', u'\u1D58'},
            {u'v', u'\u1D5B'}, {u'w', u'\u02B7'}, {u'x', u'\u02E3'}, {u'y', u'\u02B8'},
            {u'z', u'\u1DBB'}};
        for (const auto& [from, to] : letters)
            m.insert(from, to);
        return m;
    }();
    return map;
}

const Map& subscripts()
{
    static const Map map = [] {
        Map m;
        addCommon(m, u'\u2080', u'\u208A');
        const char16_t letters[][2] = {{u'a', u'\u2090'}, {u'e', u'\u2091'}, {u'o', u'\u2092'},
                                       {u'x', u'\u2093'}, {u'h', u'\u2095'}, {u'k', u'\u2096'},
                                       {u'l', u'\u2097'}, {u'm', u'\u2098'}, {u'n', u'\u2099'},
                                       {u'p', u'\u209A'}, {u's', u'\u209B'}, {u't', u'\u209C'},
                                       {u'i', u'\u1D62'}, {u'r', u'\u1D63'}, {u'u', u'\u1D64'},
                                       {u'v', u'\u1D65'}, {u'j', u'\u2C7C'}};
        for (const auto& [from, to] : letters)
            m.insert(from, to);
        return m;
    }();
    return map;
}

} // namespace

QString ScriptText::render(Kind kind, const QString& text)
{
    if (kind == Kind::None)
        return text;
    qsizetype first = 0;
    qsizetype last = text.size();
    while (first < last && text.at(first).isSpace())
        ++first;
    while (last > first && text.at(last - 1).isSpace())
        --last;
    if (first == last)
        return text;
    const QStringView core = QStringView(text).mid(first, last - first);
    const Map& map = kind == Kind::Superscript ? superscripts() : subscripts();
    QString mapped;
    mapped.reserve(core.size());
    for (const QChar c : core) {
        const auto it = map.constFind(c.unicode());
        if (it == map.constEnd()) {
            mapped = (kind == Kind::Superscript ? QStringLiteral("^(") : QStringLiteral("_(")) +
                     core.toString() + QLatin1Char(')');
            break;
        }
        mapped += QChar(*it);
    }
    return text.left(first) + mapped + text.mid(last);
}

} // namespace Cb::Formats
