// Fills a history database with N realistic runs (4 calls each, ~6 KB of Markdown per call),
// for the start-up benchmark. Usage: cb_bench_seed_history DB_PATH N
#include "core/history/database.h"
#include "core/history/historystore.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Cb::Core;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        QTextStream(stderr) << "usage: cb_bench_seed_history DB_PATH N\n";
        return 2;
    }
    auto db = Database::open(args[1]);
    if (!db) {
        QTextStream(stderr) << db.error().message << "\n";
        return 1;
    }
    HistoryStore store(**db);
    QString plan;
    for (int i = 0; i < 60; ++i)
        plan += QStringLiteral("## Step %1\n- Ship the feature, measure retention, review weekly.\n").arg(i);
    const int n = args[2].toInt();
    for (int r = 0; r < n; ++r) {
        RunRecord run;
        run.packTitle = QStringLiteral("Seeded pack %1").arg(r);
        run.templateName = QStringLiteral("report-generator");
        run.instructions = QStringLiteral("You are a planner.");
        run.input = plan;
        for (int c = 0; c < 4; ++c) {
            CallRecord call;
            call.provider = QStringLiteral("openai");
            call.model = c % 2 ? QStringLiteral("o3-pro") : QStringLiteral("o3");
            call.repeatIndex = c / 2;
            call.status = CallStatus::Done;
            call.text = plan;
            run.calls.append(call);
        }
        if (auto id = store.insertRun(run); !id) {
            QTextStream(stderr) << id.error().message << "\n";
            return 1;
        }
    }
    QTextStream(stdout) << "seeded " << n << " runs into " << args[1] << "\n";
    return 0;
}
