#pragma once

#include "core/common/result.h"
#include "core/providers/batch/batchfile.h"

namespace Cb::Core {

// Streams batch entries into temporary files as they are built, starting a new file whenever
// the next entry would pass the provider's limits (or, for OpenAI, the model changes), so a
// study of thousands of 20 KB prompts never holds its bodies twice. `head`, `separator` and
// `tail` frame the entries into the exact HTTP body (multipart JSONL, or a JSON array).
class BatchFileWriter
{
public:
    struct Framing
    {
        QByteArray head;
        QByteArray separator;
        QByteArray tail;
        QByteArray contentType;
        bool oneModelPerFile = false;
        // Bytes the provider counts besides the entries themselves (JSON brackets).
        qint64 overheadBytes = 0;
    };

    BatchFileWriter(ProviderKind kind, BatchLimits limits, Framing framing);

    VoidResult add(const QString& customId, const QString& model, const QByteArray& entry);
    // Closes the current file; the writer can not be used afterwards.
    Result<QList<BatchFile>> finish();

private:
    VoidResult startFile(const QString& model);
    VoidResult closeFile();
    VoidResult write(const QByteArray& bytes);

    ProviderKind m_kind;
    BatchLimits m_limits;
    Framing m_framing;
    QList<BatchFile> m_done;
    BatchFile m_current;
    bool m_open = false;
};

} // namespace Cb::Core
