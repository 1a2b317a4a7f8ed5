#pragma once

#include <QThreadPool>

namespace Cb::Core {

// A task on a QThreadPool that blocks on work queued to the same pool (a blockingMapped inside
// a QtConcurrent::run) holds a thread the nested work may need: once every pool thread waits
// like that, nothing runs again (two PDF exports on a 2-core machine). While this object lives
// the waiting thread does not count against the pool's limit, as QThreadPool::releaseThread()
// documents for a thread that sleeps waiting for more work. Harmless on a non-pool thread:
// the limit is raised for the wait and restored afterwards.
class ReleasedPoolThread
{
public:
    explicit ReleasedPoolThread(QThreadPool* pool = QThreadPool::globalInstance()) : m_pool(pool)
    {
        m_pool->releaseThread();
    }
    ~ReleasedPoolThread() { m_pool->reserveThread(); }
    ReleasedPoolThread(const ReleasedPoolThread&) = delete;
    ReleasedPoolThread& operator=(const ReleasedPoolThread&) = delete;

private:
    QThreadPool* m_pool = nullptr;
};

} // namespace Cb::Core
