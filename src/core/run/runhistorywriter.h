#pragma once

#include "core/common/result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace Cb::Core {

class HistoryStore;
class RunSession;

// Persists a RunSession's calls and their follow-ups to history as they stream (a follow-up's
// row is inserted by whoever starts it; this writer keeps it up to date). State, usage, timing and error
// changes are written at once; text and reasoning deltas are coalesced and written at most
// every `intervalMs` per run (each write rewrites the call's row in its own transaction), so a
// crash loses at most that window of output. flush() writes what is pending (call it before
// quitting). Not owning the session or the store; GUI thread.
class RunHistoryWriter : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 500;

    RunHistoryWriter(RunSession* session, HistoryStore* store, int intervalMs = kDefaultIntervalMs,
                     QObject* parent = nullptr);
    ~RunHistoryWriter() override;

    void flush();
    // The call's next change is already in history (batch results are written on a thread of
    // their own): it is not written again.
    void skipNextWrite(qint64 callId) { m_skip.insert(callId); }
    int intervalMs() const { return m_timer.interval(); }
    // Cost of persistence so far, for benchmarks and the status bar.
    int writes() const { return m_writes; }
    qint64 writeNanoseconds() const { return m_writeNs; }
    qint64 slowestWriteNanoseconds() const { return m_slowestNs; }

Q_SIGNALS:
    // A write failed; later writes are still tried. Emitted once per distinct message.
    void writeFailed(const Cb::Core::Error& error);

private:
    using FollowUpKey = QPair<qint64, int>; // call id, position
    void markDirty(qint64 callId);
    void markFollowUpDirty(FollowUpKey key);
    void write(qint64 callId);
    void writeFollowUp(FollowUpKey key);
    void record(const VoidResult& written, qint64 nanoseconds);

    RunSession* m_session;
    HistoryStore* m_store;
    QTimer m_timer;
    QSet<qint64> m_dirty;
    QSet<qint64> m_skip;
    QSet<FollowUpKey> m_dirtyFollowUps;
    QString m_lastError;
    int m_writes = 0;
    qint64 m_writeNs = 0;
    qint64 m_slowestNs = 0;
};

} // namespace Cb::Core
