#include "core/prompt/prompttemplate.h"

#include "core/prompt/templatesyntax.h"

namespace Cb::Core {

QString wrapStyleName(WrapStyle style)
{
    switch (style) {
    case WrapStyle::Xml:
        return QStringLiteral("xml");
    case WrapStyle::Markdown:
        return QStringLiteral("markdown");
    case WrapStyle::Plain:
        return QStringLiteral("plain");
    }
    return QStringLiteral("xml");
}

std::optional<WrapStyle> wrapStyleFromName(const QString& name)
{
    for (WrapStyle style : {WrapStyle::Xml, WrapStyle::Markdown, WrapStyle::Plain})
        if (name.trimmed().compare(wrapStyleName(style), Qt::CaseInsensitive) == 0)
            return style;
    return std::nullopt;
}

QStringList PromptTemplate::slotNames() const
{
    QStringList names;
    for (const QString* part : {&instructions, &input})
        for (const TemplateToken& token : TemplateSyntax::tokenize(*part))
            if (token.kind != TemplateToken::Kind::Text && !names.contains(token.slotName()))
                names.append(token.slotName());
    return names;
}

QStringList PromptTemplate::variableNames() const
{
    QStringList names;
    for (const QString* part : {&instructions, &input})
        for (const TemplateToken& token : TemplateSyntax::tokenize(*part))
            if (token.kind == TemplateToken::Kind::Variable && !names.contains(token.argument))
                names.append(token.argument);
    return names;
}

bool PromptTemplate::isValidName(const QString& name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    for (const QChar c : name)
        if (!(c.unicode() < 128 &&
              (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'))))
            return false;
    return name.front().isLetterOrNumber();
}

} // namespace Cb::Core
