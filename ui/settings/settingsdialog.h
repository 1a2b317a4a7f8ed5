#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace Cb::Ui {

struct Services;
class ProviderSettingsPage;

// Preferences. Providers page: per provider a masked key field, base URL and connection test,
// and a line saying whether keys go to the system keychain or come from the environment.
// General page: the interface language.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(Services& services, QWidget* parent = nullptr);

    QList<ProviderSettingsPage*> providerPages() const { return m_pages; }
    QLabel* keychainStatus() const { return m_keychainStatus; }

    void apply();

private:
    void updateKeychainStatus();
    QWidget* buildGeneralPage();

    Services& m_services;
    QList<ProviderSettingsPage*> m_pages;
    QLabel* m_keychainStatus;
    QComboBox* m_language = nullptr;
};

} // namespace Cb::Ui
