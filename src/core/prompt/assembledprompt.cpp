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

} // namespace Cb::Core
