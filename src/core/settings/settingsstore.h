#pragma once

#include <QVariant>

namespace Cb::Core {

// Where settings live. The app injects a QSettings-backed store; tests inject an in-memory one.
// Not thread-safe: use from the GUI thread.
class SettingsStore
{
public:
    virtual ~SettingsStore() = default;
    virtual QVariant value(const QString& key) const = 0; // invalid QVariant when unset
    virtual void setValue(const QString& key, const QVariant& value) = 0;
    virtual void remove(const QString& key) = 0;
    virtual void sync() {}
};

} // namespace Cb::Core
