#pragma once

#include <QFile>
#include <QTemporaryDir>

// ctest runs each test case as its own process, several at once. Every process gets a HOME of
// its own, so QStandardPaths' test-mode locations (~/.qttest: history, pack recovery files,
// templates) are never shared between two tests running side by side. Call before the
// application object exists; the directory is removed at exit.
inline void isolateHome()
{
    static QTemporaryDir home;
    if (home.isValid())
        qputenv("HOME", QFile::encodeName(home.path()));
}
