#pragma once

#include "core/settings/settingsstore.h"

#include <QHash>

namespace Cb::Core {

// SettingsStore kept in memory: for tests and for the command line's throw-away settings.
class MemorySettingsStore final : public SettingsStore
{
public:
    QVariant value(const QString& key) const override { return m_values.value(key); }
    void setValue(const QString& key, const QVariant& value) override { m_values.insert(key, value); }
    void remove(const QString& key) override { m_values.remove(key); }

private:
    QHash<QString, QVariant> m_values;
};

} // namespace Cb::Core
