#include "core/settings/qsettingsstore.h"

#include <QCoreApplication>

namespace Cb::Core {

QSettingsStore::QSettingsStore()
    : m_settings(QSettings::IniFormat, QSettings::UserScope, QCoreApplication::organizationName(),
                 QCoreApplication::applicationName())
{
}

QSettingsStore::QSettingsStore(const QString& iniPath) : m_settings(iniPath, QSettings::IniFormat) {}

QVariant QSettingsStore::value(const QString& key) const { return m_settings.value(key); }

void QSettingsStore::setValue(const QString& key, const QVariant& value)
{
    m_settings.setValue(key, value);
}

void QSettingsStore::remove(const QString& key) { m_settings.remove(key); }

void QSettingsStore::sync() { m_settings.sync(); }

} // namespace Cb::Core
