#pragma once

#include "core/settings/settings.h"

// Settings of the report language and of restarting for a new interface language (issue 16),
// used by the export dialog and the main window only.
namespace Cb::Core::Keys {

// The language of exported reports, the export dialog's last choice ("en", "ko"); empty: the
// interface language.
inline const SettingKey<QString> ReportLanguage{"export/reportLanguage", QString()};
// The session a relaunch restores (Ui::RestartSession: pack, unsaved edits, run shown, reading
// layout), written just before ContextBench restarts itself for a new interface language.
inline const SettingKey<QVariantMap> RestartSession{"app/restartSession", {}};

} // namespace Cb::Core::Keys
