#pragma once

#include <QString>

namespace Cb::Core {

// Locates read-only data files shipped with the app (tokenizer vocabularies, model catalog,
// templates, samples). Looks in, first match wins:
//   1. $CB_RESOURCE_DIR (tests and power users)
//   2. <binary dir>/../share/contextbench   (installed layout, .deb)
//   3. the source tree's resources/ folder   (a build run from its build directory)
// Thread-safe; needs a QCoreApplication only for (2).
QString resourceDir();

// resourceDir() + "/" + relative. Does not check that the file exists.
QString resourcePath(const QString& relative);

// The file's version for `language` when it ships one, named with the language before the
// extension ("samples/welcome.ctxpack", "ko" -> samples/welcome-ko.ctxpack); else resourcePath().
QString localizedResourcePath(const QString& relative, const QString& language);

} // namespace Cb::Core
