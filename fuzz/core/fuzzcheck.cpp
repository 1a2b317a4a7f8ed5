#include "fuzz/core/fuzzcheck.h"

#include <cstdio>
#include <cstdlib>

namespace Cb::Fuzz {

namespace {

FailureHandler& handler()
{
    static FailureHandler h;
    return h;
}

} // namespace

void setFailureHandler(FailureHandler h)
{
    handler() = std::move(h);
}

void check(bool ok, const QString& message)
{
    if (ok)
        return;
    if (handler()) {
        handler()(message);
        return;
    }
    std::fprintf(stderr, "fuzz property violated: %s\n", message.toUtf8().constData());
    std::abort();
}

} // namespace Cb::Fuzz
