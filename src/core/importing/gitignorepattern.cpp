#include "core/importing/gitignorepattern.h"

namespace Cb::Core {

namespace {

// Trailing spaces are ignored unless escaped with a backslash.
QString trimTrailingSpaces(const QString& line)
{
    qsizetype end = line.size();
    while (end > 0 && line.at(end - 1) == QLatin1Char(' ')) {
        qsizetype backslashes = 0;
        for (qsizetype k = end - 2; k >= 0 && line.at(k) == QLatin1Char('\\'); --k)
            ++backslashes;
        if (backslashes % 2 == 1)
            break;
        --end;
    }
    return line.left(end);
}

// Translates "[...]" starting at `i` into a regex class that never matches '/'. Returns the
// index after the closing ']' or -1 when the bracket is not closed (then it is a literal '[').
qsizetype translateClass(const QString& glob, qsizetype i, QString& out)
{
    qsizetype j = i + 1;
    bool negated = false;
    if (j < glob.size() && (glob.at(j) == QLatin1Char('!') || glob.at(j) == QLatin1Char('^'))) {
        negated = true;
        ++j;
    }
    QString body;
    bool first = true;
    while (j < glob.size()) {
        const QChar c = glob.at(j);
        if (c == QLatin1Char(']') && !first) {
            out += QLatin1Char('[') + (negated ? QStringLiteral("^/") : QString()) + body +
                   QLatin1Char(']');
            return j + 1;
        }
        if (c == QLatin1Char('[') && j + 1 < glob.size() && glob.at(j + 1) == QLatin1Char(':')) {
            const qsizetype close = glob.indexOf(QStringLiteral(":]"), j + 2);
            if (close < 0)
                return -1;
            body += glob.mid(j, close + 2 - j);
            j = close + 2;
        } else if (c == QLatin1Char('\\') && j + 1 < glob.size()) {
            body += QLatin1Char('\\') + glob.at(j + 1);
            j += 2;
        } else {
            if (c == QLatin1Char('\\') || c == QLatin1Char('[') || c == QLatin1Char('^'))
                body += QLatin1Char('\\');
            body += c;
            ++j;
        }
        first = false;
    }
    return -1;
}

} // namespace

QString GitignorePattern::toRegex(const QString& glob)
{
    QString out;
    const qsizetype n = glob.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = glob.at(i);
        if (i == 0 && glob.startsWith(QStringLiteral("**/"))) {
            out += QStringLiteral("(?:.*/)?");
            i += 3;
        } else if (glob.mid(i, 4) == QStringLiteral("/**/")) {
            out += QStringLiteral("/(?:.*/)?");
            i += 4;
        } else if (i + 3 == n && glob.mid(i, 3) == QStringLiteral("/**")) {
            out += QStringLiteral("/.*");
            i += 3;
        } else if (glob == QStringLiteral("**")) {
            out += QStringLiteral(".*");
            i = n;
        } else if (c == QLatin1Char('*')) {
            while (i < n && glob.at(i) == QLatin1Char('*'))
                ++i;
            out += QStringLiteral("[^/]*");
        } else if (c == QLatin1Char('?')) {
            out += QStringLiteral("[^/]");
            ++i;
        } else if (c == QLatin1Char('[')) {
            const qsizetype next = translateClass(glob, i, out);
            if (next < 0) {
                out += QStringLiteral("\\[");
                ++i;
            } else {
                i = next;
            }
        } else if (c == QLatin1Char('\\') && i + 1 < n) {
            out += QRegularExpression::escape(glob.mid(i + 1, 1));
            i += 2;
        } else {
            out += QRegularExpression::escape(QString(c));
            ++i;
        }
    }
    return out;
}

std::optional<GitignorePattern> GitignorePattern::parse(const QString& rawLine)
{
    QString line = rawLine;
    if (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    line = trimTrailingSpaces(line);
    if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
        return std::nullopt;

    GitignorePattern p;
    p.m_text = line;
    if (line.startsWith(QLatin1Char('!'))) {
        p.m_negated = true;
        line.remove(0, 1);
    } else if (line.startsWith(QStringLiteral("\\!")) || line.startsWith(QStringLiteral("\\#"))) {
        line.remove(0, 1);
    }
    if (line.endsWith(QLatin1Char('/')) && !line.endsWith(QStringLiteral("\\/"))) {
        p.m_directoryOnly = true;
        line.chop(1);
    }
    if (line.isEmpty() || line == QStringLiteral("/"))
        return std::nullopt;

    // A separator at the start or in the middle anchors the pattern to the .gitignore's folder;
    // otherwise it matches a name at any depth below it.
    const bool anchored = line.contains(QLatin1Char('/'));
    if (line.startsWith(QLatin1Char('/')))
        line.remove(0, 1);
    const QString prefix = anchored ? QStringLiteral("^") : QStringLiteral("^(?:.*/)?");
    p.m_regex = QRegularExpression(prefix + toRegex(line) + QLatin1Char('$'));
    if (!p.m_regex.isValid())
        return std::nullopt;
    p.m_regex.optimize();
    return p;
}

bool GitignorePattern::matches(const QString& relativePath, bool isDirectory) const
{
    if (m_directoryOnly && !isDirectory)
        return false;
    return m_regex.match(relativePath).hasMatch();
}

} // namespace Cb::Core
