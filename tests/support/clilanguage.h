#pragma once

#include <QString>

class QProcessEnvironment;

namespace Cb::Test {

// The system language a test's `contextbench` process sees: LANG set to `lang`, and the
// variables that outrank it for messages (LANGUAGE, LC_ALL, LC_MESSAGES) removed, so a Korean
// session on the developer's machine never changes what an English test reads.
void setCliLanguage(QProcessEnvironment& env, const QString& lang = QStringLiteral("C.UTF-8"));

} // namespace Cb::Test
