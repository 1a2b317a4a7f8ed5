#pragma once

#include <QString>

namespace Cb::Core {

// What kind of failure happened: code for logic (retry? which message?), message for people.
enum class ErrorCode {
    Io,            // a file could not be read or written
    Parse,         // malformed content (JSON, pack file, event stream)
    Unsupported,   // a format or version this build cannot handle
    TooLarge,      // over a configured or protocol size limit
    InvalidInput,  // bad argument or user input
    NotFound,      // missing file, record, model
    Database,      // SQLite / Qt SQL failure
    NewerSchema,   // data written by a newer ContextBench; refused, never modified
    Keychain,      // the OS keychain refused or is absent
    Network,       // transport failure (refused, reset, DNS)
    Timeout,       // a phase of a request took too long
    Auth,          // 401/403: missing or rejected API key
    RateLimited,   // 429 that may be retried
    Quota,         // 429 that must not be retried (quota, request too large)
    Server,        // 5xx / overloaded
    Provider,      // a provider-reported error that fits nothing above
    Cancelled,     // the user cancelled
};

struct Error
{
    ErrorCode code = ErrorCode::InvalidInput;
    QString message;

    Error() = default;
    Error(ErrorCode c, QString m) : code(c), message(std::move(m)) {}
};

QString errorCodeName(ErrorCode code);

} // namespace Cb::Core
