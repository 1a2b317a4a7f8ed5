#pragma once

#include "core/common/error.h"

#include <atomic>
#include <memory>

namespace Cb::Core {

// A shared cancellation flag. Copies share one flag, so the GUI thread keeps one copy and hands
// another to the worker; the worker polls isCancelled() between pages, files or entries.
// Thread-safe; never blocks.
class CancelToken
{
public:
    CancelToken() : m_flag(std::make_shared<std::atomic_bool>(false)) {}

    void cancel() const { m_flag->store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_flag->load(std::memory_order_relaxed); }

    // The error an operation returns when it stops because of this token.
    static Error cancelledError()
    {
        return Error(ErrorCode::Cancelled, QStringLiteral("Import cancelled"));
    }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

} // namespace Cb::Core
