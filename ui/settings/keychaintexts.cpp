#include "ui/settings/keychaintexts.h"

#include <QtGlobal>

namespace Cb::Ui {

QList<KeychainText> keychainTexts()
{
    // From QtKeychain 0.13 (keychain_unix.cpp, libsecret.cpp, plaintextstore.cpp).
    return {
        {"QKeychain::ReadPasswordJobPrivate", QT_TRANSLATE_NOOP("QKeychain::ReadPasswordJobPrivate", "Unknown error")},
        {"QKeychain::ReadPasswordJobPrivate",
         QT_TRANSLATE_NOOP("QKeychain::ReadPasswordJobPrivate", "D-Bus is not running")},
        {"QKeychain::ReadPasswordJobPrivate",
         QT_TRANSLATE_NOOP("QKeychain::ReadPasswordJobPrivate", "No keychain service available")},
        {"QKeychain::ReadPasswordJobPrivate",
         QT_TRANSLATE_NOOP("QKeychain::ReadPasswordJobPrivate", "Could not open wallet: %1; %2")},
        {"QKeychain::ReadPasswordJobPrivate",
         QT_TRANSLATE_NOOP("QKeychain::ReadPasswordJobPrivate", "Access to keychain denied")},
        {"QKeychain::ReadPasswordJobPrivate",
         QT_TRANSLATE_NOOP("QKeychain::ReadPasswordJobPrivate", "Could not determine data type: %1; %2")},
        {"QKeychain::ReadPasswordJobPrivate",
         QT_TRANSLATE_NOOP("QKeychain::ReadPasswordJobPrivate", "Entry not found")},
        {"QKeychain::WritePasswordJobPrivate",
         QT_TRANSLATE_NOOP("QKeychain::WritePasswordJobPrivate", "Unknown error")},
        {"QKeychain::WritePasswordJobPrivate",
         QT_TRANSLATE_NOOP("QKeychain::WritePasswordJobPrivate", "D-Bus is not running")},
        {"QKeychain::WritePasswordJobPrivate",
         QT_TRANSLATE_NOOP("QKeychain::WritePasswordJobPrivate", "Could not open wallet: %1; %2")},
        {"QKeychain::DeletePasswordJobPrivate",
         QT_TRANSLATE_NOOP("QKeychain::DeletePasswordJobPrivate", "Unknown error")},
        {"QKeychain::DeletePasswordJobPrivate",
         QT_TRANSLATE_NOOP("QKeychain::DeletePasswordJobPrivate", "Could not open wallet: %1; %2")},
        {"QKeychain::JobPrivate", QT_TRANSLATE_NOOP("QKeychain::JobPrivate", "Unknown error")},
        {"QKeychain::JobPrivate", QT_TRANSLATE_NOOP("QKeychain::JobPrivate", "Access to keychain denied")},
        {"QKeychain::PlainTextStore", QT_TRANSLATE_NOOP("QKeychain::PlainTextStore", "Entry not found")},
        {"QObject", QT_TRANSLATE_NOOP("QObject", "Access to keychain denied")},
        {"QObject", QT_TRANSLATE_NOOP("QObject", "No keyring daemon")},
        {"QObject", QT_TRANSLATE_NOOP("QObject", "Already unlocked")},
        {"QObject", QT_TRANSLATE_NOOP("QObject", "No such keyring")},
        {"QObject", QT_TRANSLATE_NOOP("QObject", "Bad arguments")},
        {"QObject", QT_TRANSLATE_NOOP("QObject", "I/O error")},
        {"QObject", QT_TRANSLATE_NOOP("QObject", "Cancelled")},
        {"QObject", QT_TRANSLATE_NOOP("QObject", "Keyring already exists")},
        {"QObject", QT_TRANSLATE_NOOP("QObject", "No match")},
        {"QObject", QT_TRANSLATE_NOOP("QObject", "Unknown error")},
        {"QObject", QT_TRANSLATE_NOOP("QObject", "Entry not found")},
    };
}

} // namespace Cb::Ui
