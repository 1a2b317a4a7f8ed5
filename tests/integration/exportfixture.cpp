#include "exportfixture.h"

#include "core/history/historystore.h"
#include "formats/export/runrecordjson.h"

#include <QJsonObject>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QTemporaryFile>
#include "cb_test_paths.h"

namespace Cb::Test {

using namespace Cb::Core;

RunRecord comparisonRun()
{
    auto run = Cb::Formats::RunRecordJson::load(
        QStringLiteral(CB_TEST_DATA_DIR "/export/comparison-run.json"));
    return run ? *run : RunRecord{};
}

Result<qint64> insertRunWithVotes(HistoryStore& store, RunRecord& run)
{
    QList<qint64> oldIds;
    for (const CallRecord& c : run.calls)
        oldIds.append(c.id);
    const QList<VoteRecord> votes = run.votes;
    const auto id = store.insertRun(run);
    if (!id)
        return id;
    for (VoteRecord v : votes) {
        v.runId = *id;
        v.leftCallId = run.calls[int(oldIds.indexOf(v.leftCallId))].id;
        v.rightCallId = run.calls[int(oldIds.indexOf(v.rightCallId))].id;
        if (const auto added = store.addVote(v); !added)
            return fail(added.error());
    }
    return id;
}

RunRecord comparisonRunWithFollowUps()
{
    RunRecord run = comparisonRun();
    FollowUpRecord done;
    done.id = 1;
    done.callId = run.calls[0].id;
    done.message = QStringLiteral("Shorten the pilot to four weeks");
    done.status = CallStatus::Done;
    done.text = QStringLiteral("## Four-week pilot\n\n- Week 1: onboarding\n- Week 4: review");
    done.usage = QJsonObject{{QStringLiteral("input_tokens"), 2400}, {QStringLiteral("output_tokens"), 310}};
    done.costUsd = 0.0031;
    done.totalMs = 4000;
    done.createdAt = QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
    done.startedAt = done.createdAt;
    run.calls[0].followUps.append(done);
    FollowUpRecord cut = done;
    cut.id = 2;
    cut.callId = run.calls.last().id;
    cut.text = QStringLiteral("## Four-week pi");
    cut.status = CallStatus::Failed;
    cut.partial = true;
    cut.errorCode = QStringLiteral("network");
    cut.errorMessage = QStringLiteral("The connection dropped.");
    cut.costUsd.reset();
    cut.usage = {};
    run.calls.last().followUps.append(cut);
    return run;
}

RunRecord longRun(int rows, int codeLines)
{
    RunRecord run = comparisonRun();
    for (CallRecord& c : run.calls) {
        QString text =
            QStringLiteral(
                "# Long plan by %1\n\n| Row | Task | Owner | Notes |\n|---|---|---|---|\n")
                .arg(c.model);
        for (int i = 0; i < rows; ++i)
            text +=
                QStringLiteral("| row %1 | Migrate shard %1 to the new cluster | team %2 | "
                               "verify checksums, then switch reads, then writes; 검증 완료 |\n")
                    .arg(i, 4, 10, QLatin1Char('0'))
                    .arg(i % 7);
        text += QStringLiteral("\n## Script\n\n```bash\n");
        for (int i = 0; i < codeLines; ++i)
            text += QStringLiteral("echo \"code line %1 of %2\" && migrate --shard %1 --verify\n")
                        .arg(i, 4, 10, QLatin1Char('0'))
                        .arg(c.model);
        text += QStringLiteral("```\n");
        c.text = text;
    }
    return run;
}

bool loadPdf(const QByteArray& pdf, QTemporaryFile& file, QPdfDocument& doc)
{
    return file.open() && file.write(pdf) == pdf.size() && file.flush() &&
           doc.load(file.fileName()) == QPdfDocument::Error::None;
}

QStringList pdfPageTexts(const QByteArray& pdf)
{
    QTemporaryFile file;
    QPdfDocument doc;
    if (!loadPdf(pdf, file, doc))
        return {};
    QStringList pages;
    for (int i = 0; i < doc.pageCount(); ++i)
        pages.append(doc.getAllText(i).text());
    return pages;
}

} // namespace Cb::Test
