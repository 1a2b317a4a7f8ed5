#pragma once

#include "core/models/modelselection.h"
#include "core/models/targetbudget.h"
#include "core/prompt/promptcounts.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QLabel;
class QTableWidget;

namespace Cb::Core {
class Settings;
}

namespace Cb::Ui {

// Before Send: for each model of the run plan, the prompt's size in its tokens (exact, or "≈"
// with a "Count exactly" button for Claude and Gemini), a context bar (fits / tight / over by N
// tokens) and the cost range of all its repeats, then the run's total. Counting and the count
// endpoints are done elsewhere: the panel shows what it is given and asks with
// exactCountRequested(). Reads the confirmation threshold from Settings (not owned). GUI thread.
class BudgetPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BudgetPanel(Core::Settings& settings, QWidget* parent = nullptr);

    void setPlan(const Core::ModelSelection& plan);
    // The counts of the current prompt; counting = a newer prompt is being counted.
    void setCounts(const Core::PromptCounts& counts);
    void setCounting(bool counting);
    // An exact count from a provider's endpoint for the prompt with this digest.
    void setRemoteCount(const QString& modelKey, const QByteArray& promptSha256, qint64 tokens);
    void setRemoteCountFailed(const QString& modelKey, const QString& message);

    const QList<Core::TargetBudget>& budgets() const { return m_budgets; }
    Core::CostRange totalCost() const;
    QTableWidget* table() const { return m_table; }

    // Asks before a run whose high estimate is above the user's threshold (Settings
    // ConfirmCostAboveUsd) through the MessageBox seam; true = go ahead.
    bool confirmCost(QWidget* parent, double highUsd) const;
    bool confirmRunCost(QWidget* parent) const { return confirmCost(parent, totalCost().high); }

    // "3.1 characters/token" for the token line; empty without tokens.
    static QString charsPerTokenText(const Core::TokenDensity& density, qint64 tokens);
    // For tooltips: when the prompt is mostly Korean and costs noticeably more tokens per
    // character than English, says so with both figures; empty otherwise.
    static QString koreanCostNote(const Core::TokenDensity& density, qint64 tokens);

Q_SIGNALS:
    void exactCountRequested(const Cb::Core::RunTarget& target);

private:
    struct RemoteCount
    {
        QByteArray promptSha256;
        qint64 tokens = 0;
        QString error;
        bool pending = false;
    };

    void rebuild();
    void fillRow(int row, const Core::TargetBudget& budget);
    void fillTotalRow(int row);
    QWidget* contextBar(const Core::TargetBudget& budget) const;
    QWidget* countButton(const Core::TargetBudget& budget);

    Core::Settings& m_settings;
    Core::ModelSelection m_plan;
    std::optional<Core::PromptCounts> m_counts;
    bool m_counting = false;
    QHash<QString, RemoteCount> m_remote;
    QList<Core::TargetBudget> m_budgets;
    QTableWidget* m_table;
    QLabel* m_note;
};

} // namespace Cb::Ui
