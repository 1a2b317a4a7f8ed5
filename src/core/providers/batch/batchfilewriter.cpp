#include "core/providers/batch/batchfilewriter.h"

#include <QCoreApplication>

#include <QDir>
#include <QTemporaryFile>

namespace Cb::Core {

BatchFileWriter::BatchFileWriter(ProviderKind kind, BatchLimits limits, Framing framing)
    : m_kind(kind), m_limits(limits), m_framing(std::move(framing))
{
}

VoidResult BatchFileWriter::add(const QString& customId, const QString& model,
                                const QByteArray& entry)
{
    const qint64 size = entry.size() + m_framing.separator.size();
    if (m_framing.overheadBytes + size > m_limits.maxBytes)
        return fail(ErrorCode::TooLarge,
                    QCoreApplication::translate("Cb::Core::BatchFileWriter", "%1: request %2 alone is %3 MB, over the batch limit of %4 MB.")
                        .arg(providerDisplayName(m_kind), customId)
                        .arg(double(size) / 1e6, 0, 'f', 1)
                        .arg(double(m_limits.maxBytes) / 1e6, 0, 'f', 1));
    const bool full = m_open && (m_current.customIds.size() >= m_limits.maxRequests ||
                                 m_current.payloadBytes + size > m_limits.maxBytes);
    const bool otherModel = m_open && m_framing.oneModelPerFile && m_current.model != model;
    if (full || otherModel)
        if (auto closed = closeFile(); !closed)
            return closed;
    if (!m_open)
        if (auto started = startFile(model); !started)
            return started;
    if (!m_current.customIds.isEmpty())
        if (auto w = write(m_framing.separator); !w)
            return w;
    if (auto w = write(entry); !w)
        return w;
    m_current.customIds << customId;
    m_current.payloadBytes += size;
    return {};
}

Result<QList<BatchFile>> BatchFileWriter::finish()
{
    if (m_open)
        if (auto closed = closeFile(); !closed)
            return fail(closed.error());
    return std::move(m_done);
}

VoidResult BatchFileWriter::startFile(const QString& model)
{
    auto file = std::make_shared<QTemporaryFile>(QDir::tempPath() +
                                                 QStringLiteral("/contextbench-batch-XXXXXX"));
    if (!file->open())
        return fail(ErrorCode::Io, QCoreApplication::translate("Cb::Core::BatchFileWriter", "Could not create a temporary batch file in %1: %2")
                                       .arg(QDir::tempPath(), file->errorString()));
    m_current = BatchFile{m_kind, model, {}, m_framing.overheadBytes, m_framing.contentType,
                          std::move(file)};
    m_open = true;
    return write(m_framing.head);
}

VoidResult BatchFileWriter::closeFile()
{
    if (auto w = write(m_framing.tail); !w)
        return w;
    if (!m_current.file->flush())
        return fail(ErrorCode::Io, QCoreApplication::translate("Cb::Core::BatchFileWriter", "Could not write the batch file %1: %2")
                                       .arg(m_current.path(), m_current.file->errorString()));
    m_current.file->close();
    m_done << std::move(m_current);
    m_current = {};
    m_open = false;
    return {};
}

VoidResult BatchFileWriter::write(const QByteArray& bytes)
{
    if (m_current.file->write(bytes) != bytes.size())
        return fail(ErrorCode::Io, QCoreApplication::translate("Cb::Core::BatchFileWriter", "Could not write the batch file %1: %2")
                                       .arg(m_current.path(), m_current.file->errorString()));
    return {};
}

} // namespace Cb::Core
