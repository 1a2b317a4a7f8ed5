#pragma once

#include <QString>
#include <QStringList>

namespace Cb::Test {

// Every file below root holding any trace of secret: the secret as is, percent-encoded, in
// base64 at any alignment (SecretEncodings) or as UTF-16 (QDataStream, some binary stores).
// One "relative/path: form" line per hit, so a failure says where and how it leaked.
QStringList secretTraces(const QString& root, const QString& secret);

} // namespace Cb::Test
