#pragma once

#include <QByteArray>
#include <QString>

// The kind of corpus, from files a machine running the benchmark has: about 5 MB of
// real English prose with code samples (the Node.js API documentation and changelogs in
// /usr/share/doc/nodejs: Debian's nodejs-doc, or NodeSource's nodejs package; run.sh needs node
// anyway) followed by about 5 MB of C headers (/usr/include, sorted by path). Whole lines only;
// files that are not valid UTF-8 are skipped (the JavaScript tokenizers would read their bytes
// as U+FFFD and count something else). Deterministic for a given set of installed packages.
class RealCorpus
{
public:
    static constexpr qsizetype kPartBytes = 5'000'000;

    // Empty with *error set when a part cannot be filled.
    static QByteArray assemble(QString* error);
};
