#pragma once

#include <QRegularExpression>
#include <QString>

#include <optional>

namespace Cb::Core {

// One line of a .gitignore file, compiled. Follows gitignore(5): '!' negates, a trailing '/'
// matches directories only, a '/' at the start or in the middle anchors the pattern to the
// .gitignore's folder, '*' and '?' never cross '/', '**' spans folders, '[a-z]', '[!a-z]' and
// POSIX classes are character classes, '\' escapes. Immutable value; thread-safe to share.
class GitignorePattern
{
public:
    // nullopt for blank lines, comments and patterns that can never match.
    static std::optional<GitignorePattern> parse(const QString& line);

    // `relativePath` is relative to the .gitignore's folder, '/'-separated, without a leading '/'.
    bool matches(const QString& relativePath, bool isDirectory) const;

    bool isNegated() const { return m_negated; }
    bool isDirectoryOnly() const { return m_directoryOnly; }
    const QString& text() const { return m_text; }

private:
    static QString toRegex(const QString& glob);

    QString m_text;
    QRegularExpression m_regex;
    bool m_negated = false;
    bool m_directoryOnly = false;
};

} // namespace Cb::Core
