#include "core/prompt/assembledprompt.h"

#include "core/common/sha256.h"

namespace Cb::Core {

QByteArray AssembledPrompt::sha256() const
{
    Sha256 h;
    h.addUtf8(instructions);
    h.addData(QByteArrayView("\0", 1));
    h.addUtf8(input);
    return h.result().toHex();
}

QString AssembledPrompt::transcript() const
{
    return kInstructionsMarker + QLatin1Char('\n') + instructions + QLatin1Char('\n') +
           kInputMarker + QLatin1Char('\n') + input + QLatin1Char('\n');
}

} // namespace Cb::Core
