#pragma once

#include "core/harness/askfirst.h" // AskFirstResult, complete for the signal
#include "core/harness/clarificationnote.h"
#include "core/prompt/assembledprompt.h"
#include "core/run/callrequestbuilder.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QNetworkAccessManager;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QVBoxLayout;

namespace Cb::Core {
class AskFirst;
class CallLauncher;
class SecretStore;
struct Error;
} // namespace Cb::Core

namespace Cb::Ui {

// "Ask first…": a (cheap) model reads the prompt the run would send and asks its clarifying
// questions (Core::AskFirst). Opens asking at once; shows progress while the model thinks
// (cancellable, the GUI never waits), then one answer box and a Skip per question, the cost,
// and OK to add the answers and send. Another model or count can be asked again. Nothing is
// changed here: the caller adds clarifications() as a note once accepted. A failure shows the
// error and the model's raw answer. GUI thread; the network and secrets must outlive it.
class AskFirstDialog : public QDialog
{
    Q_OBJECT
public:
    AskFirstDialog(QNetworkAccessManager* network, Core::SecretStore* secrets, Core::CallRequestBuilder builder,
                   Core::AssembledPrompt prompt, const QString& modelKey, int maxQuestions,
                   QWidget* parent = nullptr);
    ~AskFirstDialog() override;

    // The questions with the answers typed (empty for skipped ones); empty before any arrive.
    QList<Core::Clarification> clarifications() const;
    QString askedModel() const { return m_askedModel; }
    QString modelKey() const;
    int maxQuestions() const;

    void ask();

Q_SIGNALS:
    // Each answer that arrived (each costs): what history records of the ask.
    void asked(const Cb::Core::AskFirstResult& result);

private:
    struct Row
    {
        Core::ClarifyingQuestion question{};
        QPlainTextEdit* answer = nullptr;
        QPushButton* skip = nullptr;
    };

    void onFinished(const Core::AskFirstResult& result);
    void onFailed(const Core::Error& error, const QString& rawText);
    void addRow(int index, const Core::ClarifyingQuestion& question);
    void clearRows();

    std::unique_ptr<Core::CallLauncher> m_launcher;
    Core::AskFirst* m_ask = nullptr;
    Core::AssembledPrompt m_prompt;
    QString m_askedModel;
    QComboBox* m_model = nullptr;
    QSpinBox* m_count = nullptr;
    QPushButton* m_askButton = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_progressText = nullptr;
    QLabel* m_intro = nullptr;
    QVBoxLayout* m_form = nullptr;
    QLabel* m_error = nullptr;
    QPlainTextEdit* m_raw = nullptr;
    QLabel* m_cost = nullptr;
    QPushButton* m_ok = nullptr;
    QList<Row> m_rows;
};

} // namespace Cb::Ui
