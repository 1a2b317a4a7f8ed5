#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace Cb::Formats {

// A forgiving HTML tokenizer: start tags with attributes, end tags, text. Comments, doctypes
// and processing instructions are skipped; the content of <script> and <style> is skipped as
// raw text without being parsed, so "</div>" inside a script cannot confuse the structure.
// Text is returned undecoded (entities intact). Pull-style; one instance per document.
class HtmlTokenizer
{
public:
    enum class Kind
    {
        StartTag,
        EndTag,
        Text,
        End
    };

    struct Token
    {
        Kind kind = Kind::End;
        QString name; // lower-case tag name
        QString text; // for Text
        // Lower-case names, decoded values. A list, not a hash: tags have few attributes and
        // hashing each name cost more than scanning.
        QList<std::pair<QString, QString>> attributes;
        bool selfClosing = false;

        QString attribute(QStringView name, const QString& fallback = QString()) const
        {
            for (const auto& [key, value] : attributes) {
                if (key == name)
                    return value;
            }
            return fallback;
        }
    };

    explicit HtmlTokenizer(const QString& html) : m_html(html) {}

    Token next();

private:
    Token readTag();
    void skipPast(const QString& terminator);
    void skipRawText(const QString& tagName);

    QString m_html;
    qsizetype m_pos = 0;
};

} // namespace Cb::Formats
