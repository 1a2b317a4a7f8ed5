#include "core/providers/batch/batchfile.h"

#include <QTemporaryFile>

namespace Cb::Core {

QString BatchFile::path() const
{
    return file ? file->fileName() : QString();
}

} // namespace Cb::Core
