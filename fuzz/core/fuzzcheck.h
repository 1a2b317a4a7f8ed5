#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>
#include <functional>

namespace Cb::Fuzz {

// Property checks shared by the fuzz entries. Under libFuzzer a failed check aborts, so the
// fuzzer saves the input as a crash; the corpus replay test installs a handler that turns a
// failure into a test failure naming the input instead. Not thread-safe: set the handler
// before running entries.
using FailureHandler = std::function<void(const QString& message)>;

void setFailureHandler(FailureHandler handler);
// Reports `message` through the handler (default: print to stderr and abort) when !ok.
void check(bool ok, const QString& message);

// A fuzz entry point: the same function the libFuzzer binary and the replay test call.
using Entry = int (*)(const uint8_t* data, size_t size);

} // namespace Cb::Fuzz
