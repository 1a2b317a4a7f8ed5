#pragma once

#include <QtGlobal>

namespace Cb::Core {

// Transport policy shared by all providers. Defaults suit real APIs; tests inject tiny values.
struct RetryPolicy
{
    int maxRetries = 3;        // extra attempts after the first, for 429 / 5xx / 529 / refused
    qint64 baseDelayMs = 1000; // exponential backoff: base * 2^(attempt-1), plus jitter
    qint64 maxDelayMs = 60000; // cap for computed and server-requested delays
    bool jitter = true;
};

// Per-phase limits. The idle gap is long because reasoning models (o3) think silently for
// minutes between `response.created` and the first delta.
struct PhaseTimeouts
{
    qint64 firstByteMs = 120000; // request sent -> response headers
    qint64 idleMs = 15 * 60000;  // longest silence between two reads of the body
    qint64 totalMs = 90 * 60000; // whole call, retries included
};

// Background-mode polling (OpenAI Responses): interval grows by `factor` up to `maxIntervalMs`;
// the deadline guards against responses stuck in "queued".
struct PollPolicy
{
    qint64 initialIntervalMs = 2000;
    qint64 maxIntervalMs = 15000;
    double factor = 1.5;
    qint64 deadlineMs = 2 * 3600 * 1000;
    int maxResumes = 5; // reconnects of a dropped background stream
};

struct ProviderOptions
{
    RetryPolicy retry;
    PhaseTimeouts timeouts;
    PollPolicy poll;
    // A server that never ends its stream must not exhaust memory: past this many bytes of
    // response body (text and reasoning are smaller still) a call fails, keeping its partial
    // output. Far above any real answer (the largest models emit ~128k tokens, about 1 MB).
    qint64 maxResponseBytes = 64LL * 1024 * 1024;
};

} // namespace Cb::Core
