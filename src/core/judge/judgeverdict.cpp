#include "core/judge/judgeverdict.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

#include <optional>

namespace Cb::Core {

namespace {

std::optional<JudgeVerdict::Kind> kindOf(QString word)
{
    word = word.trimmed().toLower();
    word.replace(QLatin1Char('-'), QLatin1Char('_')).replace(QLatin1Char(' '), QLatin1Char('_'));
    // Decorations a model adds around a bare word: quotes, asterisks, a trailing full stop.
    static const QRegularExpression trim(QStringLiteral("^[\\s\"'*`_\\[(]+|[\\s\"'*`_.!\\])]+$"));
    word.remove(trim);
    if (word == QLatin1String("a") || word == QLatin1String("answer_a"))
        return JudgeVerdict::Kind::A;
    if (word == QLatin1String("b") || word == QLatin1String("answer_b"))
        return JudgeVerdict::Kind::B;
    if (word == QLatin1String("tie"))
        return JudgeVerdict::Kind::Tie;
    if (word == QLatin1String("both_bad"))
        return JudgeVerdict::Kind::BothBad;
    return std::nullopt;
}

// The last balanced {...} in the text that parses as a JSON object with a "verdict" string.
std::optional<QJsonObject> lastVerdictObject(const QString& text)
{
    for (qsizetype end = text.lastIndexOf(QLatin1Char('}')); end >= 0;
         end = end > 0 ? text.lastIndexOf(QLatin1Char('}'), end - 1) : -1) {
        for (qsizetype start = text.lastIndexOf(QLatin1Char('{'), end); start >= 0;
             start = start > 0 ? text.lastIndexOf(QLatin1Char('{'), start - 1) : -1) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(text.mid(start, end - start + 1).toUtf8(), &error);
            if (error.error == QJsonParseError::NoError && doc.isObject() &&
                doc.object().value(QStringLiteral("verdict")).isString())
                return doc.object();
        }
    }
    return std::nullopt;
}

} // namespace

JudgeVerdict JudgeVerdict::parse(const QString& reply)
{
    if (const auto object = lastVerdictObject(reply)) {
        const auto kind = kindOf(object->value(QStringLiteral("verdict")).toString());
        return {kind.value_or(Kind::Unparseable), object->value(QStringLiteral("reason")).toString()};
    }
    QStringList lines = reply.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return {};
    QString last = lines.last().trimmed();
    static const QRegularExpression label(QStringLiteral("^[*_\\s]*(final\\s+)?verdict[*_\\s]*:"),
                                          QRegularExpression::CaseInsensitiveOption);
    last.remove(label);
    const auto kind = kindOf(last);
    if (!kind)
        return {};
    lines.removeLast();
    return {*kind, lines.join(QLatin1Char('\n')).trimmed()};
}

QString JudgeVerdict::name(Kind kind)
{
    switch (kind) {
    case Kind::A:
        return QStringLiteral("A");
    case Kind::B:
        return QStringLiteral("B");
    case Kind::Tie:
        return QStringLiteral("tie");
    case Kind::BothBad:
        return QStringLiteral("both_bad");
    case Kind::Unparseable:
        break;
    }
    return QStringLiteral("unparseable");
}

JudgeConsistency JudgeConsistency::combine(const JudgeVerdict& ab, const JudgeVerdict& ba)
{
    return combine(ab.kind, ba.kind);
}

JudgeConsistency JudgeConsistency::combine(JudgeVerdict::Kind ab, JudgeVerdict::Kind ba)
{
    using K = JudgeVerdict::Kind;
    if (ab == K::Unparseable || ba == K::Unparseable)
        return {Kind::Unparseable, {}};
    if (ab == K::A && ba == K::B)
        return {Kind::Consistent, QStringLiteral("left")};
    if (ab == K::B && ba == K::A)
        return {Kind::Consistent, QStringLiteral("right")};
    if (ab == K::Tie && ba == K::Tie)
        return {Kind::Consistent, QStringLiteral("tie")};
    if (ab == K::BothBad && ba == K::BothBad)
        return {Kind::Consistent, QStringLiteral("both_bad")};
    return {Kind::Inconsistent, {}};
}

} // namespace Cb::Core
