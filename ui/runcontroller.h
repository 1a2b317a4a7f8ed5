#pragma once

#include "core/common/result.h"
#include "core/models/modelcatalog.h"
#include "core/run/runinput.h"
#include "core/run/runplan.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace Cb::Core {
class FusionRunner;
class HistoryStore;
class RunOrchestrator;
class RunSession;
} // namespace Cb::Core

namespace Cb::Ui {

struct Services;

// The window's side of runs: starts a Send through a RunOrchestrator built from the injected
// services (network, keys, history, settings' base URLs, the shipped catalog), cancels, resumes
// runs left unfinished by the last session, reopens recorded runs and re-sends them.
// Owns the orchestrators (a reopened run gets one too, for its follow-ups); the session last
// handed out stays alive until another replaces it, and so do follow-ups still streaming.
// GUI thread.
class RunController : public QObject
{
    Q_OBJECT
public:
    explicit RunController(Services& services, QObject* parent = nullptr);
    ~RunController() override;

    Core::Result<Core::RunSession*> send(const Core::RunInput& input, const Core::RunPlan& plan);
    // The plan Settings describe: SelectedModels × RunRepeats.
    Core::RunPlan planFromSettings() const;
    void cancelAll();
    bool isRunning() const;
    // Resumes background calls and follow-ups and settles interrupted ones of earlier sessions.
    // Returns the runs picked up, oldest first.
    QList<qint64> resumeUnfinished();
    // A recorded run as a session: the live one if it is still running, else read from history.
    Core::Result<Core::RunSession*> open(qint64 runId);
    Core::Result<Core::RunSession*> runAgain(qint64 runId);
    // "Continue": a follow-up to a finished call of the current session (and, with alsoOthers,
    // to its other finished calls). The reply streams into the session.
    Core::VoidResult sendFollowUp(qint64 callId, const QString& message, bool alsoOthers);

    // The fused plans of a session this controller runs (issue 17); null for other sessions.
    Core::FusionRunner* fusionsOf(const Core::RunSession* session) const;
    Core::HistoryStore* history(); // null while the database is not open
    Core::RunSession* currentSession() const;
    // "3/8 done, 1 failed" for the status bar; empty when nothing ran yet.
    QString progressText() const;

Q_SIGNALS:
    void runningChanged(bool running);
    void progressChanged();

private:
    Core::RunOrchestrator* createOrchestrator();
    Core::RunOrchestrator* orchestratorOf(const Core::RunSession* session) const;
    void follow(Core::RunSession* session);
    void pruneFinished();

    Services& m_services;
    std::unique_ptr<Core::HistoryStore> m_history;
    std::optional<Core::ModelCatalog> m_catalog;
    QList<Core::RunOrchestrator*> m_orchestrators;
    QPointer<Core::RunSession> m_current;
    bool m_running = false;
};

} // namespace Cb::Ui
