#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace Cb::Ui {

// The strip above the columns when ranking blind: one rank box per anonymised output ("A", "B",
// …; 1 = best, equal numbers are a tie, "–" = not ranked yet) and a Submit button, then what
// the ranking revealed. Only presents; BlindRanker keeps the order and records the ranking.
// Test hooks: objectNames "blindRankBar", "rankMessage", "rank_A"…, "rankSubmit". GUI thread.
class BlindRankBar : public QFrame
{
    Q_OBJECT
public:
    explicit BlindRankBar(QWidget* parent = nullptr);

    // Asks for a rank for each of `labels` (in the order shown); Submit is enabled once every
    // output has a rank and `ready` (all answers finished).
    void askRanking(const QStringList& labels, bool ready);
    void setReady(bool ready);
    // After the ranking, or when there is nothing to rank: a message, no rank boxes.
    void showMessage(const QString& text);

    QList<int> ranks() const; // per label, 0 = not ranked
    QSpinBox* rankBox(const QString& label) const;
    QPushButton* submitButton() const { return m_submit; }
    QLabel* message() const { return m_message; }

Q_SIGNALS:
    void submitted(const QList<int>& ranks);

private:
    void updateSubmit();

    QLabel* m_message;
    QHBoxLayout* m_boxes;
    QList<QSpinBox*> m_ranks;
    QPushButton* m_submit;
    bool m_ready = false;
};

} // namespace Cb::Ui
