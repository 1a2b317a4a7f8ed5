#include "core/run/runhistorywriter.h"

#include "core/history/historystore.h"
#include "core/run/runsession.h"

#include <utility>

namespace Cb::Core {

RunHistoryWriter::RunHistoryWriter(RunSession* session, HistoryStore* store, int intervalMs, QObject* parent)
    : QObject(parent), m_session(session), m_store(store)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &RunHistoryWriter::flush);
    connect(session, &RunSession::textAppended, this, [this](qint64 id) { markDirty(id); });
    connect(session, &RunSession::reasoningAppended, this, [this](qint64 id) { markDirty(id); });
    connect(session, &RunSession::callChanged, this, [this](qint64 id) {
        m_dirty.remove(id);
        if (!m_skip.remove(id))
            write(id);
    });
    connect(session, &RunSession::followUpTextAppended, this,
            [this](qint64 id, int position) { markFollowUpDirty({id, position}); });
    connect(session, &RunSession::followUpChanged, this, [this](qint64 id, int position) {
        m_dirtyFollowUps.remove({id, position});
        writeFollowUp({id, position});
    });
    // The session may go first (it is often this writer's sibling): write while it still exists.
    connect(session, &QObject::destroyed, this, [this] {
        m_dirty.clear();
        m_dirtyFollowUps.clear();
        m_session = nullptr;
    });
}

RunHistoryWriter::~RunHistoryWriter() { flush(); }

void RunHistoryWriter::markDirty(qint64 callId)
{
    m_dirty.insert(callId);
    if (!m_timer.isActive())
        m_timer.start();
}

void RunHistoryWriter::markFollowUpDirty(FollowUpKey key)
{
    m_dirtyFollowUps.insert(key);
    if (!m_timer.isActive())
        m_timer.start();
}

void RunHistoryWriter::flush()
{
    m_timer.stop();
    const QSet<qint64> dirty = std::exchange(m_dirty, {});
    for (qint64 id : dirty)
        write(id);
    const QSet<FollowUpKey> followUps = std::exchange(m_dirtyFollowUps, {});
    for (const FollowUpKey& key : followUps)
        writeFollowUp(key);
}

void RunHistoryWriter::write(qint64 callId)
{
    if (!m_session || !m_store)
        return;
    const CallRecord* call = m_session->call(callId);
    if (!call)
        return;
    QElapsedTimer clock;
    clock.start();
    const VoidResult written = m_store->updateCall(*call);
    record(written, clock.nsecsElapsed());
}

void RunHistoryWriter::writeFollowUp(FollowUpKey key)
{
    if (!m_session || !m_store)
        return;
    const FollowUpRecord* followUp = m_session->followUp(key.first, key.second);
    if (!followUp || followUp->id == 0) // never recorded (no history when it started)
        return;
    QElapsedTimer clock;
    clock.start();
    const VoidResult written = m_store->updateFollowUp(*followUp);
    record(written, clock.nsecsElapsed());
}

void RunHistoryWriter::record(const VoidResult& written, qint64 ns)
{
    ++m_writes;
    m_writeNs += ns;
    m_slowestNs = qMax(m_slowestNs, ns);
    if (!written && written.error().message != m_lastError) {
        m_lastError = written.error().message;
        Q_EMIT writeFailed(written.error());
    }
}

} // namespace Cb::Core
