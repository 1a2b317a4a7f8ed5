#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include "cb_test_paths.h"

namespace Cb::Test {

// One run of the real `contextbench` binary (CB_APP_BINARY) with no display: its exit code
// (-1 if it crashed or hung), raw stdout and stderr. User data (templates, catalog overrides)
// is read from dataHome, so the developer's own files never change what a test sees.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;

    static CliRun run(const QStringList& args, const QString& dataHome);
};

} // namespace Cb::Test
