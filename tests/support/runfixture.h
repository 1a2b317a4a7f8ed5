#pragma once

#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/run/runorchestrator.h"
#include "core/secrets/secretstore.h"
#include "support/fakehttpserver.h"
#include "support/tempworkspace.h"

#include <QHash>

#include <memory>

namespace Cb::Test {

// One fake server per provider on 127.0.0.1, keys in a fake environment, a history database in
// a temp folder and the shipped catalog: everything a RunOrchestrator needs in a test.
class RunFixture
{
public:
    RunFixture();

    // base URLs as each SDK spells them: openai and local with /v1, anthropic and gemini without.
    QHash<QString, QString> baseUrls() const;
    Core::RunEnvironment environment();
    // Reopens the history database, as the next start of the app would.
    void reopenDatabase();
    static Core::RunPlan plan(const QStringList& models, int repeats, const QJsonObject& params = {});
    static Core::RunInput input(const QString& instructions = QStringLiteral("Be brief."),
                                const QString& input = QStringLiteral("Say hello."));

    FakeHttpServer openai;
    FakeHttpServer anthropic;
    FakeHttpServer gemini;
    FakeHttpServer local;
    QHash<QString, QString> env; // environment variables the SecretStore sees
    TempWorkspace workspace;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<Core::SecretStore> secrets;
    std::unique_ptr<Core::Database> database;
    std::unique_ptr<Core::HistoryStore> history;
};

} // namespace Cb::Test
