#include "core/importing/gitignorematcher.h"

namespace Cb::Core {

void GitignoreMatcher::addRules(const QString& folder, const QString& gitignoreText)
{
    RuleSet set;
    set.folder = folder;
    const QStringList lines = gitignoreText.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (auto pattern = GitignorePattern::parse(line))
            set.patterns.append(*pattern);
    }
    if (!set.patterns.isEmpty())
        m_sets.append(set);
}

GitignoreMatcher::Decision GitignoreMatcher::decide(const QString& path, bool isDirectory) const
{
    Decision decision;
    for (const RuleSet& set : m_sets) {
        QString relative;
        if (set.folder.isEmpty()) {
            relative = path;
        } else if (path.startsWith(set.folder) && path.size() > set.folder.size() &&
                   path.at(set.folder.size()) == QLatin1Char('/')) {
            relative = path.mid(set.folder.size() + 1);
        } else {
            continue;
        }
        for (const GitignorePattern& pattern : set.patterns) {
            if (pattern.matches(relative, isDirectory)) {
                decision.ignored = !pattern.isNegated();
                decision.pattern = pattern.text();
                decision.source = set.folder.isEmpty() ? QStringLiteral(".gitignore")
                                                       : set.folder + QStringLiteral("/.gitignore");
            }
        }
    }
    return decision;
}

bool GitignoreMatcher::isIgnored(const QString& path, bool isDirectory) const
{
    qsizetype slash = path.indexOf(QLatin1Char('/'));
    while (slash >= 0) {
        if (decide(path.left(slash), true).ignored)
            return true;
        slash = path.indexOf(QLatin1Char('/'), slash + 1);
    }
    return decide(path, isDirectory).ignored;
}

} // namespace Cb::Core
