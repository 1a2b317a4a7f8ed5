#include "core/compare/headingalignment.h"

#include "core/compare/markdownblocksplitter.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Cb::Core {

namespace {

// Up to three spaces, 1-6 '#', then a space or the end of the line; a closing run of '#' is dropped.
const QRegularExpression& atxHeading()
{
    static const QRegularExpression re(QStringLiteral("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$"));
    return re;
}

// Shared words over the smaller title's words (overlap coefficient), so "Risks" pairs with
// "Risks and mitigations"; Jaccard breaks ties between equally overlapping candidates.
std::pair<double, double> overlap(const QSet<QString>& a, const QSet<QString>& b)
{
    if (a.isEmpty() || b.isEmpty())
        return {0.0, 0.0};
    const double shared = double(QSet<QString>(a).intersect(b).size());
    return {shared / double(std::min(a.size(), b.size())), shared / double(a.size() + b.size() - shared)};
}

QSet<QString> words(const QString& normalized)
{
    static const QSet<QString> stop{QStringLiteral("and"), QStringLiteral("the"), QStringLiteral("of"),
                                    QStringLiteral("a"),   QStringLiteral("an"),  QStringLiteral("for"),
                                    QStringLiteral("to"),  QStringLiteral("in"),  QStringLiteral("on")};
    QSet<QString> out;
    for (const QString& w : normalized.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (!stop.contains(w))
            out.insert(w);
    return out;
}

// Order-preserving pairing of equal keys: the longest common subsequence.
QList<std::pair<int, int>> lcsPairs(const QStringList& a, const QStringList& b)
{
    const int n = int(a.size());
    const int m = int(b.size());
    QList<QList<int>> len(n + 1, QList<int>(m + 1, 0));
    for (int i = n - 1; i >= 0; --i)
        for (int j = m - 1; j >= 0; --j)
            len[i][j] = a[i] == b[j] ? len[i + 1][j + 1] + 1 : std::max(len[i + 1][j], len[i][j + 1]);
    QList<std::pair<int, int>> pairs;
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
        if (a[i] == b[j]) {
            pairs.append({i++, j++});
        } else if (len[i + 1][j] >= len[i][j + 1]) {
            ++i;
        } else {
            ++j;
        }
    }
    return pairs;
}

} // namespace

QList<MarkdownSection> HeadingAlignment::sections(const QString& markdown)
{
    QList<MarkdownSection> out{MarkdownSection{}};
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    QString openFence;
    for (int i = 0; i < lines.size(); ++i) {
        const QString& line = lines[i];
        if (!openFence.isEmpty()) {
            if (MarkdownBlockSplitter::closesFence(line, openFence))
                openFence.clear();
        } else if (const QString fence = MarkdownBlockSplitter::fenceOpening(line); !fence.isEmpty()) {
            openFence = fence;
        } else if (const QRegularExpressionMatch h = atxHeading().match(line); h.hasMatch()) {
            out.append({h.captured(2).trimmed(), int(h.captured(1).size()), QString(), i});
            continue;
        }
        QString& body = out.last().body;
        if (!body.isEmpty())
            body += QLatin1Char('\n');
        body += line;
    }
    if (out.first().body.trimmed().isEmpty())
        out.removeFirst();
    return out;
}

QString HeadingAlignment::normalizedTitle(const QString& title)
{
    static const QRegularExpression numbering(
        QStringLiteral("^\\s*(?:(?:step|part|section|phase|stage)\\s+)?(?:\\d+(?:\\.\\d+)*|[ivxlc]+|[a-z])[.):]\\s+"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression leadingNumber(QStringLiteral("^\\s*\\d+(?:\\.\\d+)*\\s+"));
    static const QRegularExpression nonWord(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
    QString t = title.toLower();
    t.remove(numbering);
    t.remove(leadingNumber);
    t.replace(nonWord, QStringLiteral(" "));
    t.replace(QLatin1Char('_'), QLatin1Char(' '));
    return t.simplified();
}

QList<SectionRow> HeadingAlignment::align(const QList<MarkdownSection>& left, const QList<MarkdownSection>& right)
{
    QStringList leftKeys;
    QStringList rightKeys;
    for (const MarkdownSection& s : left)
        leftKeys.append(normalizedTitle(s.title));
    for (const MarkdownSection& s : right)
        rightKeys.append(normalizedTitle(s.title));

    QList<int> match(left.size(), -1); // left index → right index
    QList<bool> exact(left.size(), false);
    QList<bool> taken(right.size(), false);
    for (const auto& [i, j] : lcsPairs(leftKeys, rightKeys)) {
        match[i] = j;
        exact[i] = true;
        taken[j] = true;
    }
    // Fuzzy pass: best-scoring pairs first, so "Risks and mitigations" pairs with "Risks".
    struct Candidate
    {
        std::pair<double, double> score;
        int i;
        int j;
    };
    QList<Candidate> candidates;
    for (int i = 0; i < left.size(); ++i) {
        if (match[i] >= 0 || leftKeys[i].isEmpty())
            continue;
        for (int j = 0; j < right.size(); ++j)
            if (!taken[j] && !rightKeys[j].isEmpty())
                if (const auto s = overlap(words(leftKeys[i]), words(rightKeys[j])); s.first >= 0.5)
                    candidates.append({s, i, j});
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
    for (const Candidate& c : candidates) {
        if (match[c.i] >= 0 || taken[c.j])
            continue;
        match[c.i] = c.j;
        taken[c.j] = true;
    }

    QList<SectionRow> rows;
    QList<int> rowOfRight(right.size(), -1);
    for (int i = 0; i < left.size(); ++i) {
        if (match[i] >= 0) {
            rowOfRight[match[i]] = int(rows.size());
            rows.append({SectionRow::Presence::Both, i, match[i], exact[i]});
        } else {
            rows.append({SectionRow::Presence::LeftOnly, i, -1, false});
        }
    }
    // Right-only sections go after the row of the nearest matched right section above them.
    int insertAt = 0;
    for (int j = 0; j < right.size(); ++j) {
        if (taken[j]) {
            insertAt = rowOfRight[j] + 1;
            continue;
        }
        rows.insert(insertAt, {SectionRow::Presence::RightOnly, -1, j, false});
        for (int& r : rowOfRight)
            if (r >= insertAt)
                ++r;
        ++insertAt;
    }
    return rows;
}

} // namespace Cb::Core
