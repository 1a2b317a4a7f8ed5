#pragma once

#include "core/settings/settingsstore.h"

#include <QSettings>

namespace Cb::Core {

// SettingsStore over QSettings (INI file in the user's config directory, or a given file).
class QSettingsStore final : public SettingsStore
{
public:
    QSettingsStore();                              // the application's default location
    explicit QSettingsStore(const QString& iniPath); // a specific file (tests, portable use)

    QVariant value(const QString& key) const override;
    void setValue(const QString& key, const QVariant& value) override;
    void remove(const QString& key) override;
    void sync() override;
    QString fileName() const { return m_settings.fileName(); }

private:
    QSettings m_settings;
};

} // namespace Cb::Core
