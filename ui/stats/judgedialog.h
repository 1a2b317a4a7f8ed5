#pragma once

#include "core/judge/judgepairs.h"
#include "core/run/callrequestbuilder.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QNetworkAccessManager;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace Cb::Core {
class CallLauncher;
class HistoryStore;
class JudgeRunner;
class SecretStore;
struct Error;
struct JudgeSummary;
} // namespace Cb::Core

namespace Cb::Ui {

// "Judge model…": a chosen model judges every pair of answers of the runs given, each pair in
// both orders (JudgeRunner), with the prompt the user edits here and the estimated cost shown
// before anything is sent. Shows progress (cancellable), then the counts, the cost and the
// judge's agreement with the human votes. GUI thread; the history, network and secrets must
// outlive it.
class JudgeDialog : public QDialog
{
    Q_OBJECT
public:
    JudgeDialog(Core::HistoryStore& history, QNetworkAccessManager* network, Core::SecretStore* secrets,
                Core::CallRequestBuilder builder, const QList<qint64>& runIds, QWidget* parent = nullptr);
    ~JudgeDialog() override;

    QString resultText() const;

private:
    void updateEstimate();
    void start();
    void onFinished(const Core::JudgeSummary& summary);
    void onFailed(const Core::Error& error);
    void showAgreement(const QString& firstLine);
    void setRunning(bool running);

    Core::HistoryStore& m_history;
    QList<qint64> m_runIds;
    QList<Core::JudgePair> m_pairs;
    std::unique_ptr<Core::CallLauncher> m_launcher;
    Core::JudgeRunner* m_runner = nullptr;
    QComboBox* m_model = nullptr;
    QPlainTextEdit* m_prompt = nullptr;
    QLabel* m_estimate = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace Cb::Ui
