#include "core/compare/worddiff.h"

#include "core/compare/myersdiff.h"

#include <QHash>

namespace Cb::Core {

namespace {

enum class CharClass { Word, Space, Other };

CharClass classOf(QChar c)
{
    if (c.isLetterOrNumber() || c == QLatin1Char('_') || c.isMark())
        return CharClass::Word;
    if (c.isSpace())
        return CharClass::Space;
    return CharClass::Other;
}

// Appends to the last segment when it has the same kind, so callers never see two in a row.
void append(QList<DiffSegment>& out, DiffSegment::Kind kind, const QString& text)
{
    if (text.isEmpty())
        return;
    if (!out.isEmpty() && out.last().kind == kind)
        out.last().text += text;
    else
        out.append({kind, text});
}

QList<int> intern(const QStringList& tokens, QHash<QString, int>& ids)
{
    QList<int> out;
    out.reserve(tokens.size());
    for (const QString& t : tokens) {
        auto it = ids.constFind(t);
        if (it == ids.constEnd())
            it = ids.insert(t, int(ids.size()));
        out.append(it.value());
    }
    return out;
}

QString joined(const QStringList& tokens, qsizetype from, qsizetype to)
{
    QString s;
    for (qsizetype i = from; i < to; ++i)
        s += tokens[i];
    return s;
}

// Diffs two token lists; returns false (and emits nothing) when the edit script exceeds maxEdits.
bool diffTokens(const QStringList& a, const QStringList& b, int maxEdits, QList<DiffSegment>& out)
{
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    const QStringList midA = a.mid(prefix, a.size() - prefix - suffix);
    const QStringList midB = b.mid(prefix, b.size() - prefix - suffix);
    QHash<QString, int> ids;
    const auto ops = MyersDiff::script(intern(midA, ids), intern(midB, ids), maxEdits);
    if (!ops)
        return false;
    append(out, DiffSegment::Kind::Equal, joined(a, 0, prefix));
    qsizetype i = 0;
    qsizetype j = 0;
    for (MyersDiff::Op op : *ops) {
        switch (op) {
        case MyersDiff::Op::Equal:
            append(out, DiffSegment::Kind::Equal, midA[i++]);
            ++j;
            break;
        case MyersDiff::Op::Remove:
            append(out, DiffSegment::Kind::Removed, midA[i++]);
            break;
        case MyersDiff::Op::Insert:
            append(out, DiffSegment::Kind::Added, midB[j++]);
            break;
        }
    }
    append(out, DiffSegment::Kind::Equal, joined(a, a.size() - suffix, a.size()));
    return true;
}

QStringList splitLines(const QString& text)
{
    QStringList lines;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype nl = text.indexOf(QLatin1Char('\n'), start);
        const qsizetype end = nl < 0 ? text.size() : nl + 1;
        lines.append(text.mid(start, end - start));
        start = end;
    }
    return lines;
}

// Emits a changed hunk: by words when the hunk is small enough, else whole lines.
void emitHunk(const QString& removed, const QString& added, int maxEdits, QList<DiffSegment>& out)
{
    if (!removed.isEmpty() && !added.isEmpty() &&
        diffTokens(WordDiff::tokenize(removed), WordDiff::tokenize(added), maxEdits, out))
        return;
    append(out, DiffSegment::Kind::Removed, removed);
    append(out, DiffSegment::Kind::Added, added);
}

} // namespace

QStringList WordDiff::tokenize(const QString& text)
{
    QStringList tokens;
    qsizetype start = 0;
    while (start < text.size()) {
        const CharClass cls = classOf(text[start]);
        qsizetype end = start + 1;
        if (text[start].isHighSurrogate() && end < text.size())
            ++end; // keep a surrogate pair whole (emoji, rare scripts)
        if (cls != CharClass::Other)
            while (end < text.size() && classOf(text[end]) == cls)
                ++end;
        tokens.append(text.mid(start, end - start));
        start = end;
    }
    return tokens;
}

QList<DiffSegment> WordDiff::diff(const QString& left, const QString& right, int maxEdits)
{
    QList<DiffSegment> out;
    if (diffTokens(tokenize(left), tokenize(right), maxEdits, out))
        return out;

    // Too different for one word-level script: align lines, then refine each changed hunk.
    out.clear();
    const QStringList a = splitLines(left);
    const QStringList b = splitLines(right);
    QHash<QString, int> ids;
    const auto ops = MyersDiff::script(intern(a, ids), intern(b, ids), maxEdits);
    if (!ops) {
        emitHunk(left, right, 0, out);
        return out;
    }
    qsizetype i = 0;
    qsizetype j = 0;
    QString removed;
    QString added;
    for (MyersDiff::Op op : *ops) {
        if (op == MyersDiff::Op::Equal) {
            emitHunk(removed, added, maxEdits / 4, out);
            removed.clear();
            added.clear();
            append(out, DiffSegment::Kind::Equal, a[i++]);
            ++j;
        } else if (op == MyersDiff::Op::Remove) {
            removed += a[i++];
        } else {
            added += b[j++];
        }
    }
    emitHunk(removed, added, maxEdits / 4, out);
    return out;
}

WordDiff::Stats WordDiff::stats(const QList<DiffSegment>& segments)
{
    Stats s;
    for (const DiffSegment& seg : segments) {
        int words = 0;
        for (const QString& t : tokenize(seg.text))
            words += classOf(t[0]) == CharClass::Word ? 1 : 0;
        (seg.kind == DiffSegment::Kind::Equal     ? s.equalWords
         : seg.kind == DiffSegment::Kind::Removed ? s.removedWords
                                                  : s.addedWords) += words;
    }
    return s;
}

} // namespace Cb::Core
