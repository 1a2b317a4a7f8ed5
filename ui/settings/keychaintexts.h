#pragma once

#include <QList>

namespace Cb::Ui {

// The messages QtKeychain gives on Linux (its Secret Service, GNOME Keyring and KWallet back
// ends), under the contexts its tr() calls use. QtKeychain ships no Korean translation, so ours
// carries them: our translator answers its lookups, and "Unknown error" reads as Korean in
// Settings' keychain note. Listed here only so lupdate collects them.
struct KeychainText
{
    const char* context = nullptr;
    const char* source = nullptr;
};

QList<KeychainText> keychainTexts();

} // namespace Cb::Ui
