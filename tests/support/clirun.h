#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include "cb_test_paths.h"

namespace Cb::Test {

// One run of the real `contextbench` binary (CB_APP_BINARY) with no display: its exit code
// (-1 if it crashed or hung), raw stdout and stderr. User data (templates, catalog overrides)
// and settings are read from dataHome, so the developer's own files never change what a test
// sees. `lang` is the system locale it runs in (English by default; "ko_KR.UTF-8" for Korean).
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;

    static CliRun run(const QStringList& args, const QString& dataHome,
                      const QString& lang = QStringLiteral("C.UTF-8"));
};

} // namespace Cb::Test
