#include "core/prompt/templatesyntax.h"

#include <optional>

namespace Cb::Core {

namespace {
const QString kOpen = QStringLiteral("{{");
const QString kClose = QStringLiteral("}}");
const QString kOpenEscape = QStringLiteral("{{{{");
const QString kCloseEscape = QStringLiteral("}}}}");
const QString kSectionPrefix = QStringLiteral("section:");

// The slots with a fixed meaning, by name.
const QList<std::pair<QString, TemplateToken::Kind>>& builtIns()
{
    static const QList<std::pair<QString, TemplateToken::Kind>> table = {
        {QStringLiteral("goal"), TemplateToken::Kind::Goal},
        {QStringLiteral("title"), TemplateToken::Kind::Title},
        {QStringLiteral("date"), TemplateToken::Kind::Date},
        {QStringLiteral("context"), TemplateToken::Kind::Context},
    };
    return table;
}

// The slot for the text between the braces, or nullopt when it is not a slot.
std::optional<TemplateToken> slotFor(const QString& inner, const QString& written)
{
    const QString name = inner.trimmed();
    if (name.startsWith(kSectionPrefix)) {
        const QString section = name.mid(kSectionPrefix.size()).trimmed();
        if (section.isEmpty() || section.contains(QLatin1Char('}')))
            return std::nullopt;
        return TemplateToken{TemplateToken::Kind::Section, written, section};
    }
    if (!TemplateSyntax::isValidVariableName(name))
        return std::nullopt;
    for (const auto& [builtInName, kind] : builtIns())
        if (name == builtInName)
            return TemplateToken{kind, written, {}};
    return TemplateToken{TemplateToken::Kind::Variable, written, name};
}
} // namespace

QString TemplateToken::slotName() const
{
    if (kind == Kind::Section)
        return kSectionPrefix + argument;
    if (kind == Kind::Variable)
        return argument;
    for (const auto& [name, builtInKind] : builtIns())
        if (builtInKind == kind)
            return name;
    return {}; // Text
}

bool TemplateSyntax::isValidVariableName(const QString& name)
{
    if (name.isEmpty())
        return false;
    const QChar first = name.front();
    if (!(first.isLetter() && first.unicode() < 128) && first != QLatin1Char('_'))
        return false;
    for (const QChar c : name) {
        const bool ascii = c.unicode() < 128;
        if (!(ascii && (c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') ||
                        c == QLatin1Char('.'))))
            return false;
    }
    return true;
}

QList<TemplateToken> TemplateSyntax::tokenize(const QString& text)
{
    QList<TemplateToken> tokens;
    QString literal;
    auto flushLiteral = [&] {
        if (!literal.isEmpty())
            tokens.append({TemplateToken::Kind::Text, literal, {}});
        literal.clear();
    };
    qsizetype i = 0;
    while (i < text.size()) {
        const QStringView rest = QStringView(text).mid(i);
        if (rest.startsWith(kOpenEscape) || rest.startsWith(kCloseEscape)) {
            literal += rest.left(2);
            i += 4;
            continue;
        }
        if (rest.startsWith(kOpen)) {
            const qsizetype end = text.indexOf(kClose, i + 2);
            if (end >= 0) {
                const QString inner = text.mid(i + 2, end - i - 2);
                // A '{' or a line break inside means these braces do not open a slot: "{{a{{goal}}"
                // is the literal "{{a" followed by the goal.
                if (!inner.contains(QLatin1Char('{')) && !inner.contains(QLatin1Char('\n'))) {
                    if (auto slot = slotFor(inner, text.mid(i, end + 2 - i))) {
                        flushLiteral();
                        tokens.append(*slot);
                        i = end + 2;
                        continue;
                    }
                }
            }
            literal += kOpen;
            i += 2;
            continue;
        }
        literal += text.at(i);
        ++i;
    }
    flushLiteral();
    return tokens;
}

} // namespace Cb::Core
