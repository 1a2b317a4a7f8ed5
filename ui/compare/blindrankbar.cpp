#include "ui/compare/blindrankbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace Cb::Ui {

BlindRankBar::BlindRankBar(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("blindRankBar"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#blindRankBar { background: #fff8e1; }"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(8, 4, 8, 4);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("rankMessage"));
    m_message->setWordWrap(true);
    row->addWidget(m_message, 1);
    m_boxes = new QHBoxLayout;
    row->addLayout(m_boxes);
    m_submit = new QPushButton(tr("Submit ranking"), this);
    m_submit->setObjectName(QStringLiteral("rankSubmit"));
    connect(m_submit, &QPushButton::clicked, this, [this] { Q_EMIT submitted(ranks()); });
    row->addWidget(m_submit);
}

void BlindRankBar::askRanking(const QStringList& labels, bool ready)
{
    m_ranks.clear(); // the boxes go with the layout's widgets below
    while (QLayoutItem* item = m_boxes->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString& label : labels) {
        auto* caption = new QLabel(QStringLiteral("<b>%1</b>").arg(label.toHtmlEscaped()), this);
        auto* box = new QSpinBox(this);
        box->setObjectName(QStringLiteral("rank_") + label);
        box->setRange(0, int(labels.size()));
        // Starts unranked: a default order would quietly record the layout as a preference.
        box->setSpecialValueText(QStringLiteral("–"));
        box->setToolTip(
            tr("Rank of output %1: 1 is best; give two outputs the same number for a tie")
                .arg(label));
        connect(box, &QSpinBox::valueChanged, this, &BlindRankBar::updateSubmit);
        m_boxes->addWidget(caption);
        m_boxes->addWidget(box);
        m_ranks.append(box);
    }
    m_submit->show();
    m_ready = ready;
    updateSubmit();
}

void BlindRankBar::setReady(bool ready)
{
    m_ready = ready;
    updateSubmit();
}

void BlindRankBar::updateSubmit()
{
    bool complete = !m_ranks.isEmpty();
    for (QSpinBox* box : m_ranks)
        complete = complete && box->value() > 0;
    m_submit->setEnabled(m_ready && complete);
    m_message->setText(
        !m_ready   ? tr("<b>Blind ranking.</b> Waiting for every answer to finish…")
        : complete ? tr("<b>Blind ranking.</b> Submit to reveal who wrote what.")
                   : tr("<b>Blind ranking.</b> Rank every output, 1 = best (ties allowed)."));
}

void BlindRankBar::showMessage(const QString& text)
{
    askRanking({}, false);
    m_submit->hide();
    m_message->setText(text);
}

QList<int> BlindRankBar::ranks() const
{
    QList<int> out;
    for (QSpinBox* box : m_ranks)
        out.append(box->value());
    return out;
}

QSpinBox* BlindRankBar::rankBox(const QString& label) const
{
    for (QSpinBox* box : m_ranks)
        if (box->objectName() == QStringLiteral("rank_") + label)
            return box;
    return nullptr;
}

} // namespace Cb::Ui
