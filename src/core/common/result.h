#pragma once

#include "core/common/error.h"

#include <tl/expected.hpp>

namespace Cb::Core {

// Synchronous APIs return Result<T>: a value or an Error. Switch to std::expected with C++23.
template <typename T>
using Result = tl::expected<T, Error>;

using VoidResult = Result<void>;

inline tl::unexpected<Error> fail(ErrorCode code, QString message)
{
    return tl::unexpected<Error>(Error(code, std::move(message)));
}

inline tl::unexpected<Error> fail(Error error)
{
    return tl::unexpected<Error>(std::move(error));
}

} // namespace Cb::Core
