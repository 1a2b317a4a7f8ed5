#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Cb::Ui {

// The strip above the columns in blind mode: which pair is up ("Pair 2 of 4"), the four vote
// buttons, then what the vote revealed and a button to the next pair. Only presents; the
// ComparePanel keeps the schedule and records the votes. GUI thread.
class BlindVoteBar : public QFrame
{
    Q_OBJECT
public:
    explicit BlindVoteBar(QWidget* parent = nullptr);

    // Asks for a vote on pair `index` of `total`; buttons are enabled once both answers are done.
    void askVote(int index, int total, bool ready);
    // After a vote: who wrote what, and the way to the next pair.
    void showReveal(const QString& text, bool more);
    void showMessage(const QString& text);

    QPushButton* button(const QString& outcome) const; // "left", "right", "tie", "both_bad"
    QPushButton* nextButton() const { return m_next; }
    QLabel* message() const { return m_message; }

Q_SIGNALS:
    void voted(const QString& outcome);
    void nextRequested();

private:
    QLabel* m_message;
    QList<QPushButton*> m_votes;
    QPushButton* m_next;
};

} // namespace Cb::Ui
