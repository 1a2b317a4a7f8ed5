#include "ui/compare/blindvotebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Cb::Ui {

BlindVoteBar::BlindVoteBar(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("blindVoteBar"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#blindVoteBar { background: #fff8e1; }"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(8, 4, 8, 4);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("blindMessage"));
    m_message->setWordWrap(true);
    row->addWidget(m_message, 1);
    const QList<std::pair<QString, QString>> outcomes{{QStringLiteral("left"), tr("A is better")},
                                                      {QStringLiteral("right"), tr("B is better")},
                                                      {QStringLiteral("tie"), tr("Tie")},
                                                      {QStringLiteral("both_bad"), tr("Both bad")}};
    for (const auto& [outcome, text] : outcomes) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QStringLiteral("vote_") + outcome);
        connect(b, &QPushButton::clicked, this, [this, o = outcome] { Q_EMIT voted(o); });
        row->addWidget(b);
        m_votes.append(b);
    }
    m_next = new QPushButton(tr("Next pair"), this);
    m_next->setObjectName(QStringLiteral("blindNext"));
    connect(m_next, &QPushButton::clicked, this, &BlindVoteBar::nextRequested);
    row->addWidget(m_next);
    m_next->hide();
}

QPushButton* BlindVoteBar::button(const QString& outcome) const
{
    for (QPushButton* b : m_votes)
        if (b->objectName() == QStringLiteral("vote_") + outcome)
            return b;
    return nullptr;
}

void BlindVoteBar::askVote(int index, int total, bool ready)
{
    m_message->setText(ready ? tr("<b>Blind pair %1 of %2.</b> Which answer is better?").arg(index + 1).arg(total)
                             : tr("<b>Blind pair %1 of %2.</b> Waiting for both answers to finish…")
                                   .arg(index + 1)
                                   .arg(total));
    for (QPushButton* b : m_votes) {
        b->show();
        b->setEnabled(ready);
    }
    m_next->hide();
}

void BlindVoteBar::showReveal(const QString& text, bool more)
{
    m_message->setText(text);
    for (QPushButton* b : m_votes)
        b->hide();
    m_next->setVisible(more);
}

void BlindVoteBar::showMessage(const QString& text) { showReveal(text, false); }

} // namespace Cb::Ui
