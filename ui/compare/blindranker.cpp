#include "ui/compare/blindranker.h"

#include "core/compare/blindschedule.h"
#include "core/history/historystore.h"
#include "core/run/runsession.h"
#include "ui/compare/blindrankbar.h"
#include "ui/compare/columnarea.h"
#include "ui/compare/outputcolumn.h"

namespace Cb::Ui {

namespace {

QString letter(int index)
{
    return Core::BlindSchedule::label(index).section(QLatin1Char(' '), -1);
}

} // namespace

QString BlindRanker::title(int index) { return tr("Output %1").arg(letter(index)); }

BlindRanker::BlindRanker(ColumnArea* area, BlindRankBar* bar, QObject* parent)
    : QObject(parent), m_area(area), m_bar(bar)
{
    connect(m_bar, &BlindRankBar::submitted, this, &BlindRanker::submit);
}

void BlindRanker::start(Core::RunSession* session, Core::HistoryStore* store, quint64 seed)
{
    stop();
    m_session = session;
    m_store = store;
    m_active = true;
    m_bar->show();
    if (!session)
        return;
    const QList<Core::CallRecord>& calls = session->record().calls;
    if (calls.size() < 3) {
        m_bar->showMessage(tr("Ranking is for three or more answers; with two, use Blind vote."));
        return;
    }
    const QList<int> order = Core::BlindSchedule::permutation(int(calls.size()), seed);
    QStringList labels;
    for (int i = 0; i < order.size(); ++i) {
        m_order.append(calls[order[i]].id);
        labels.append(letter(i));
    }
    for (OutputColumn* c : m_area->columns())
        c->setBlindLabel(title(int(m_order.indexOf(c->callId()))));
    m_area->setShown(order);
    m_bar->askRanking(labels, allFinished());
    connect(session, &Core::RunSession::callChanged, this, [this] {
        if (m_active && !m_revealed)
            m_bar->setReady(allFinished());
    });
}

void BlindRanker::stop()
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    const bool wasActive = m_active;
    m_active = false;
    m_revealed = false;
    m_order.clear();
    m_bar->hide();
    if (!wasActive)
        return;
    for (OutputColumn* c : m_area->columns())
        c->setBlindLabel(QString());
    m_area->setShown({});
}

bool BlindRanker::allFinished() const
{
    if (!m_session)
        return false;
    for (const Core::CallRecord& c : m_session->record().calls)
        if (!Core::isTerminal(c.status))
            return false;
    return true;
}

void BlindRanker::submit(const QList<int>& ranks)
{
    if (!m_session || !m_active || m_revealed || ranks.size() != m_order.size() ||
        ranks.contains(0))
        return;
    Core::RankingRecord ranking;
    ranking.runId = m_session->record().id;
    for (int i = 0; i < m_order.size(); ++i)
        ranking.entries.append({m_order[i], ranks[i]});
    if (m_store)
        if (auto saved = m_store->addRanking(ranking); !saved)
            Q_EMIT failed(tr("The ranking was not saved"), saved.error().message);
    if (!ranking.createdAt.isValid())
        ranking.createdAt = QDateTime::currentDateTimeUtc();
    m_session->addRanking(ranking);

    m_revealed = true;
    QStringList lines;
    for (int i = 0; i < m_order.size(); ++i) {
        const Core::CallRecord* c = m_session->call(m_order[i]);
        lines << tr("<b>%1</b> (rank %2) was %3")
                     .arg(letter(i))
                     .arg(ranks[i])
                     .arg(c ? QStringLiteral("%1 #%2")
                                  .arg(c->modelKey())
                                  .arg(c->repeatIndex + 1)
                                  .toHtmlEscaped()
                            : QString());
    }
    for (OutputColumn* c : m_area->columns())
        c->setBlindLabel(QString());
    // The columns stay in the order they were ranked in, now with their names.
    m_bar->showMessage(tr("Ranking saved. ") + lines.join(QStringLiteral(" · ")));
}

} // namespace Cb::Ui
