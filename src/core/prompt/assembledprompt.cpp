#include "core/prompt/assembledprompt.h"

#include <QCryptographicHash>

namespace Cb::Core {

QByteArray AssembledPrompt::sha256() const
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(instructions.toUtf8());
    h.addData(QByteArrayView("\0", 1));
    h.addData(input.toUtf8());
    return h.result().toHex();
}

QString AssembledPrompt::transcript() const
{
    return kInstructionsMarker + QLatin1Char('\n') + instructions + QLatin1Char('\n') +
           kInputMarker + QLatin1Char('\n') + input + QLatin1Char('\n');
}

} // namespace Cb::Core
