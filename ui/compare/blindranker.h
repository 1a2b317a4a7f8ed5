#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

namespace Cb::Core {
class HistoryStore;
class RunSession;
} // namespace Cb::Core

namespace Cb::Ui {

class BlindRankBar;
class ColumnArea;

// Blind ranking of all of a run's answers at once (3 or more): shows every column in a random
// order under the labels "Output A", "Output B", … with the models hidden, takes one rank per
// output from the BlindRankBar (ties allowed), then stores the ranking (HistoryStore, when
// set, and the RunSession) and reveals who wrote what. Pairwise blind voting is the other mode;
// the ComparePanel runs one at a time. Not owning the area, bar, session or store. GUI thread.
class BlindRanker : public QObject
{
    Q_OBJECT
public:
    // A column's title while blind ("Output A"), in the interface language.
    static QString title(int index);
    BlindRanker(ColumnArea* area, BlindRankBar* bar, QObject* parent = nullptr);

    void start(Core::RunSession* session, Core::HistoryStore* store, quint64 seed);
    void stop(); // shows every column again, names included
    bool isActive() const { return m_active; }
    bool isRevealed() const { return m_revealed; }
    const QList<qint64>& shownOrder() const { return m_order; } // call ids, as labelled A, B, …

Q_SIGNALS:
    void failed(const QString& what, const QString& message); // the ranking was not saved

private:
    bool allFinished() const;
    void submit(const QList<int>& ranks);

    ColumnArea* m_area;
    BlindRankBar* m_bar;
    QPointer<Core::RunSession> m_session;
    Core::HistoryStore* m_store = nullptr;
    QList<qint64> m_order;
    bool m_active = false;
    bool m_revealed = false;
};

} // namespace Cb::Ui
