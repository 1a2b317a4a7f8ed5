#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Cb::Core {

// The provider-neutral state of one batch. OpenAI's statuses map one to one; Anthropic's
// in_progress / canceling / ended are refined from its timestamps and request counts.
enum class BatchState
{
    Validating,
    InProgress,
    Finalizing,
    Completed,
    Failed,
    Expired,
    Cancelling,
    Cancelled,
};

QString batchStateName(BatchState state); // "in_progress", as OpenAI spells it
std::optional<BatchState> batchStateFromName(const QString& name);
bool isTerminal(BatchState state);

// One batch as last seen on the provider.
struct BatchStatus
{
    QString id;
    BatchState state = BatchState::Validating;
    QString providerStatus; // the provider's own word
    qint64 total = -1;
    qint64 succeeded = -1;
    qint64 failed = -1;
    QString outputFileId; // OpenAI
    QString errorFileId;  // OpenAI
    // Validation errors of a failed batch: (1-based input line or -1, message).
    QList<std::pair<int, QString>> validationErrors;
    QDateTime expiresAt;

    bool isTerminal() const { return Cb::Core::isTerminal(state); }
};

} // namespace Cb::Core
