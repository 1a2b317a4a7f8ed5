#pragma once

#include "fuzz/core/corefuzzentries.h"

#include <QStringList>

namespace Cb::Fuzz {

// Replays saved fuzz inputs through an entry outside libFuzzer: every file of
// <root>/fuzz/corpus/<target>/ and <root>/fuzz/crashes/<target>/. Property failures are
// collected (prefixed with the file name) instead of aborting; a real crash still crashes the
// test binary, which CTest reports. Single-threaded: installs its own failure handler while
// running and removes it afterwards.
class CorpusReplay
{
public:
    static QStringList files(const QString& root, const QString& target);
    // Runs each file through the entry; returns the property failures.
    static QStringList run(Entry entry, const QStringList& files);
};

} // namespace Cb::Fuzz
