#pragma once

#include "core/history/runrecord.h"

#include <QJsonObject>

namespace Cb::Formats {

// The single gate every export passes through so no export ever carries an API key.
// Settings and params never should hold keys (keys live only behind the secrets interface), but
// a run record is also built from user-typed text and provider replies: a pasted key in a note,
// a goal or a model answer must not travel in a shared report. So the redactor
//  - drops JSON members whose name says they hold a credential (api_key, authorization, ...),
//  - replaces anything shaped like a provider key (sk-..., sk-ant-..., AIza...) or a bearer
//    token in every text field with "[redacted]".
// Pure functions over values; any thread.
class SecretRedactor
{
public:
    static inline const QString kMarker = QStringLiteral("[redacted]");

    static Cb::Core::RunRecord redact(const Cb::Core::RunRecord& run);
    static QString redactText(const QString& text);
    static QJsonObject redactObject(const QJsonObject& object);
    static bool isCredentialName(const QString& name);
};

} // namespace Cb::Formats
