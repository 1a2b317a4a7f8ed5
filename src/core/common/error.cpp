#include "core/common/error.h"

namespace Cb::Core {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Io: return QStringLiteral("io");
    case ErrorCode::Parse: return QStringLiteral("parse");
    case ErrorCode::Unsupported: return QStringLiteral("unsupported");
    case ErrorCode::TooLarge: return QStringLiteral("too_large");
    case ErrorCode::InvalidInput: return QStringLiteral("invalid_input");
    case ErrorCode::NotFound: return QStringLiteral("not_found");
    case ErrorCode::Database: return QStringLiteral("database");
    case ErrorCode::NewerSchema: return QStringLiteral("newer_schema");
    case ErrorCode::Keychain: return QStringLiteral("keychain");
    case ErrorCode::Network: return QStringLiteral("network");
    case ErrorCode::Timeout: return QStringLiteral("timeout");
    case ErrorCode::Auth: return QStringLiteral("auth");
    case ErrorCode::RateLimited: return QStringLiteral("rate_limited");
    case ErrorCode::Quota: return QStringLiteral("quota");
    case ErrorCode::Server: return QStringLiteral("server");
    case ErrorCode::Provider: return QStringLiteral("provider");
    case ErrorCode::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

} // namespace Cb::Core
