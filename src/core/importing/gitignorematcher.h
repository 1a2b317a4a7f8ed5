#pragma once

#include "core/importing/gitignorepattern.h"

#include <QList>
#include <QString>

namespace Cb::Core {

// The .gitignore rules in force at one place of a folder tree: the files of the root and of
// every folder down to here, parents first. Within and across files the last matching pattern
// wins, and a file below an ignored folder stays ignored (git cannot re-include it either).
// A value: FolderScanner copies it per folder (cheap, implicitly shared) and adds that
// folder's .gitignore. Thread-safe for concurrent const use.
class GitignoreMatcher
{
public:
    struct Decision
    {
        bool ignored = false;
        QString pattern; // the deciding pattern as written, empty when none matched
        QString source;  // the .gitignore that holds it, relative to the root
    };

    // `folder` is relative to the root ('/'-separated, empty for the root itself).
    void addRules(const QString& folder, const QString& gitignoreText);

    // Decision for one entry, assuming its parent folders are not ignored (the scanner never
    // descends into ignored folders). `path` is relative to the root.
    Decision decide(const QString& path, bool isDirectory) const;

    // Full check including every parent folder of `path`.
    bool isIgnored(const QString& path, bool isDirectory) const;

    bool isEmpty() const { return m_sets.isEmpty(); }

private:
    struct RuleSet
    {
        QString folder;
        QList<GitignorePattern> patterns;
    };
    QList<RuleSet> m_sets;
};

} // namespace Cb::Core
