#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Cb::Core {
class ConnectionTester;
}

namespace Cb::Ui {

struct Services;

// One provider's settings: API key (masked, stored only in the keychain), base URL and a
// connection test. Used by SettingsDialog's Providers page.
class ProviderSettingsPage : public QWidget
{
    Q_OBJECT
public:
    ProviderSettingsPage(const QString& provider, const QString& displayName, Services& services,
                         QWidget* parent = nullptr);

    QString provider() const { return m_provider; }
    QLineEdit* keyEdit() const { return m_key; }
    QLineEdit* baseUrlEdit() const { return m_baseUrl; }
    // OpenAI only (null elsewhere): the model that transcribes dropped voice memos.
    QLineEdit* transcriptionModelEdit() const { return m_transcriptionModel; }
    QLabel* testResult() const { return m_testResult; }
    QPushButton* testButton() const { return m_test; }

    // Writes the base URL (and transcription model) to settings and a newly typed key to the
    // keychain.
    void apply();

Q_SIGNALS:
    void keySaveFailed(const QString& message);

private:
    void refreshKeyStatus();
    void testConnection();
    QString baseUrlSetting() const;

    QString m_provider;
    Services& m_services;
    QLineEdit* m_key;
    QLabel* m_keyStatus;
    QLineEdit* m_baseUrl;
    QLineEdit* m_transcriptionModel = nullptr;
    QPushButton* m_test;
    QLabel* m_testResult;
    Core::ConnectionTester* m_tester;
};

} // namespace Cb::Ui
