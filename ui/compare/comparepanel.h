#pragma once

#include "core/compare/blindschedule.h"
#include "core/history/runrecord.h"
#include "core/run/runsession.h"

#include <QMap>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QVBoxLayout;
class QTimer;
class QToolButton;

namespace Cb::Core {
class FusionRunner;
class HistoryStore;
class Settings;
class TextCheck;
} // namespace Cb::Core

namespace Cb::Ui {

class BlindRankBar;
class BlindRanker;
class BlindVoteBar;
class ColumnArea;
class OutputColumn;
class SectionReadingView;

// The right pane: a run's answers side by side, one column per call (model × repeat).
//
// showSession() builds the columns for a RunSession (not owned; the orchestrator keeps it) and
// follows its signals: deltas are only noted as they arrive and every changed column is
// flushed at most once per frame from one 16 ms timer; one 100 ms timer ticks the running
// calls' elapsed times. From the toolbar: blind voting over shuffled pairs or a blind ranking
// of all answers (BlindRanker), synchronized
// scrolling, tabs instead of columns, a word / section diff of two answers, automatic
// pass/fail checks and the statistics across runs. Reviews, pass/fail judgements and votes go
// to the HistoryStore when one is set and to the RunSession, so other views stay in step.
//
// Follow-ups ("Continue") need a provider call, which the orchestrator makes: the panel emits
// followUpRequested(), the orchestrator's FollowUpSender adds the exchange to the session and
// streams the reply into it, and the panel shows the session's follow-ups under each answer
// (flushed with the same frame timer). showFollowUpError() reports one that could not start.
// GUI thread.
class ComparePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ComparePanel(QWidget* parent = nullptr);
    ~ComparePanel() override;

    void setSelectedModels(const QStringList& models);
    // Puts the run controls (model picker, budget) under the title; the plain model list hides.
    void addHeaderWidget(QWidget* widget);
    QLabel* emptyHint() const { return m_emptyHint; }

    void showSession(Core::RunSession* session);
    Core::RunSession* session() const { return m_session; }
    void setHistoryStore(Core::HistoryStore* store) { m_store = store; }
    Core::HistoryStore* historyStore() const { return m_store; }
    // Where the export dialog remembers its report language.
    void setSettings(Core::Settings* settings) { m_settings = settings; }

    void setBlind(bool on);
    // Blind mode over exactly these pairs of the shown run, in this order (an experiment's
    // "Rate next pair" hands them in); blindPairsDone() when the last one is voted and passed.
    void askBlindPairs(const QList<Core::BlindPair>& pairs);
    bool isBlind() const { return m_blind; }
    void setBlindSeed(quint64 seed) { m_seed = seed; } // tests: a known shuffle
    const QList<Core::BlindPair>& blindPairs() const { return m_pairs; }
    int blindIndex() const { return m_pairIndex; }
    void vote(const QString& outcome); // "left", "right", "tie", "both_bad" on the current pair
    void nextPair();
    // Blind ranking of all answers at once (3+), the alternative to pairwise blind votes.
    void setRanking(bool on);

    // Judges every finished answer with an automatic check and records pass/fail with the reason.
    void applyCheck(const Core::TextCheck& check);
    void setJudgement(qint64 callId, const QString& judgement, const QString& reason);
    void setReview(qint64 callId, std::optional<int> rating, const QString& note);

    void showFollowUpError(const QString& message);

    // Fused plans of the shown run (issue 17): each a column after the answers, marked as
    // fused, never in blind votes or statistics. "Fuse…" opens once the run is judged
    // (FusionGate); until then it is disabled and its tooltip says why. Not owned.
    void setFusionRunner(Core::FusionRunner* runner);
    Core::FusionRunner* fusionRunner() const;

    // Pushes pending deltas into the columns now (the frame timer does this on its own).
    void flush();

    ColumnArea* columnArea() const { return m_area; }
    SectionReadingView* sectionView() const { return m_sections; }
    bool bySection() const;
    OutputColumn* column(qint64 callId) const;
    // Follow-ups written and not sent, by call id: what a language restart carries over.
    QMap<qint64, QString> followUpDrafts() const;
    void setFollowUpDrafts(const QMap<qint64, QString>& drafts);
    BlindVoteBar* voteBar() const { return m_voteBar; }
    BlindRankBar* rankBar() const { return m_rankBar; }
    BlindRanker* ranker() const { return m_ranker; }
    QLabel* reliabilityLabel() const { return m_reliability; }
    QLabel* statusLabel() const { return m_status; }
    QToolButton* toolButton(const QString& objectName) const;

Q_SIGNALS:
    void followUpRequested(qint64 callId, const QString& message, bool alsoOthers);
    void blindPairsDone();
    // "Judge model…": a judge model should judge the shown run's pairs (JudgeDialog).
    void judgeRequested(qint64 runId);

private:
    QVBoxLayout* m_layout;
    QWidget* buildToolBar();
    void clearSession();
    void onTextAppended(qint64 callId);
    void onFollowUpChanged(qint64 callId);
    void onCallChanged(qint64 callId);
    void tick();
    void updateReliability();
    void showPair();
    void revealAll();
    void reportError(const QString& what, const QString& message);
    void openDiff();
    void refreshSections();
    void openChecks();
    void openCoverage();
    void openStats();
    void openExport();
    void openRaters();
    // After ratings were imported or raters renamed: the session's votes and open statistics.
    void reloadVotes();
    void openLink(const QUrl& url);
    void requestFollowUp(qint64 callId, const QString& message, bool alsoOthers);
    void toggleMaximize(qint64 callId, bool on);
    void updateFuseButton();
    void openFuse();
    void showFusion(qint64 fusionId);
    OutputColumn* newFusionColumn(qint64 fusionId);
    void addFusionColumn(qint64 fusionId);

    QPointer<Core::RunSession> m_session;
    QPointer<Core::FusionRunner> m_fusions;
    Core::HistoryStore* m_store = nullptr;
    Core::Settings* m_settings = nullptr;
    QLabel* m_models;
    QLabel* m_emptyHint;
    QLabel* m_reliability;
    QLabel* m_status;
    QStackedWidget* m_stack;
    QWidget* m_toolBar;
    ColumnArea* m_area;
    SectionReadingView* m_sections;
    BlindVoteBar* m_voteBar;
    BlindRankBar* m_rankBar;
    BlindRanker* m_ranker;
    QTimer* m_flushTimer;
    QTimer* m_tickTimer;
    QSet<qint64> m_dirty;
    QSet<qint64> m_dirtyFollowUps; // call ids

    bool m_blind = false;
    quint64 m_seed = 0;
    QList<Core::BlindPair> m_pairs;
    int m_pairIndex = 0;
    bool m_pairRevealed = false;
};

} // namespace Cb::Ui
