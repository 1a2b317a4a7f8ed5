// Guided fusion from the window (issue 17): Fuse… opens the dialog, the user ticks per section
// which answers' versions to keep (one kept from answer 2, one merged from answers 1 and 3, one
// left out), the request the merging model gets says exactly those choices, and the fused
// column records the lineage the model marked.
#include "core/fusion/fusionanswer.h"
#include "core/fusion/fusionrunner.h"
#include "core/history/fusionstore.h"
#include "core/run/runsession.h"
#include "support/planstream.h"
#include "support/providertesting.h"
#include "support/runfixture.h"
#include "ui/compare/columnarea.h"
#include "ui/compare/comparepanel.h"
#include "ui/compare/fusedialog.h"
#include "ui/compare/markdownstreamview.h"
#include "ui/compare/outputcolumn.h"

#include <QComboBox>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTextBlock>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace Cb;
using namespace Cb::Core;
using namespace Cb::Test;

namespace {

void serve(FakeHttpServer& server, const QString& protocol, const QString& text)
{
    const QByteArray sse = planStream(protocol, text);
    server.setHandler([sse](const RecordedRequest&) -> std::optional<FakeResponse> { return FakeResponse::sse(sse); });
}

int rowTitled(QTableWidget* table, const QString& title)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->verticalHeaderItem(row) && table->verticalHeaderItem(row)->text() == title)
            return row;
    return -1;
}

// Ticks exactly the answers in `answers` (0-based) in one row of the dialog's table.
void tick(QTableWidget* table, int row, const QList<int>& answers)
{
    for (int a = 0; a < table->columnCount(); ++a)
        if (QTableWidgetItem* item = table->item(row, a); item && (item->flags() & Qt::ItemIsUserCheckable))
            item->setCheckState(answers.contains(a) ? Qt::Checked : Qt::Unchecked);
}

// The viewport point over the block that starts with `text` in a column's view.
QPoint pointOver(Ui::OutputColumn* column, const QString& text)
{
    for (QTextBlock b = column->view()->document()->begin(); b.isValid(); b = b.next())
        if (b.text().startsWith(text))
            return column->view()->cursorRect(QTextCursor(b)).center() + QPoint(4, 0);
    return {-1, -1};
}

// Every string in a JSON body, wherever the protocol puts it.
void collectStrings(const QJsonValue& v, QString& out)
{
    if (v.isString())
        out += v.toString() + QLatin1Char('\n');
    else if (v.isArray())
        for (const QJsonValue& item : v.toArray())
            collectStrings(item, out);
    else if (v.isObject())
        for (const QJsonValue& item : v.toObject())
            collectStrings(item, out);
}

} // namespace

TEST(ComparePanel_fusionGuided, ticksPerSection_requestSaysExactlyThoseChoices_columnCarriesTheLineage)
{
    RunFixture f;
    RunOrchestrator orchestrator(f.environment());
    serve(f.openai, QStringLiteral("responses"), QStringLiteral("## Goals\nShip v2 in March.\n\n## Risks\nChurn.\n"));
    serve(f.anthropic, QStringLiteral("anthropic"), QStringLiteral("## Goals\nShip v2 fast.\n\n## Timeline\nSix weeks.\n"));
    serve(f.gemini, QStringLiteral("gemini"),
          QStringLiteral("## Risks\nVendor lock-in.\n\n## Goals\nShip v2 safely.\n\n## Timeline\nTwo months.\n"));
    QSignalSpy finished(&orchestrator, &RunOrchestrator::finished);
    auto started = orchestrator.start(
        RunFixture::input(), RunFixture::plan({QStringLiteral("openai:o3"), QStringLiteral("anthropic:claude-sonnet-4-5"),
                                               QStringLiteral("gemini:gemini-2.5-flash")},
                                              1));
    ASSERT_TRUE(started);
    RunSession* session = *started;
    ASSERT_TRUE(waitFor([&] { return finished.count() == 1; }));
    const QList<CallRecord> calls = session->record().calls;
    ASSERT_EQ(calls.size(), 3);
    RankingRecord ranking;
    ranking.runId = session->record().id;
    ranking.entries = {{calls[2].id, 1}, {calls[0].id, 2}, {calls[1].id, 3}};
    ASSERT_TRUE(f.history->addRanking(ranking));
    session->addRanking(ranking);

    Ui::ComparePanel panel;
    panel.resize(1280, 700);
    panel.show();
    panel.setHistoryStore(f.history.get());
    panel.setFusionRunner(orchestrator.fusions());
    panel.showSession(session);
    QToolButton* fuse = panel.toolButton(QStringLiteral("fuseButton"));
    ASSERT_TRUE(fuse->isEnabled()) << fuse->toolTip().toStdString();
    fuse->click();
    auto* dialog = panel.findChild<Ui::FuseDialog*>();
    ASSERT_NE(dialog, nullptr);
    dialog->setMode(QStringLiteral("guided"));
    dialog->setModel(QStringLiteral("openai:gpt-4.1"));
    QTableWidget* table = dialog->sections();
    ASSERT_TRUE(table->isEnabled());
    ASSERT_EQ(table->rowCount(), 3);
    const int goals = rowTitled(table, QStringLiteral("Goals"));
    const int risks = rowTitled(table, QStringLiteral("Risks"));
    const int timeline = rowTitled(table, QStringLiteral("Timeline"));
    ASSERT_GE(goals, 0);
    ASSERT_GE(risks, 0);
    ASSERT_GE(timeline, 0);
    EXPECT_FALSE(table->item(risks, 1)->flags().testFlag(Qt::ItemIsUserCheckable)) << "Claude wrote no Risks";
    tick(table, goals, {1});       // kept from answer 2 (Claude)
    tick(table, risks, {0, 2});    // merged from answers 1 and 3
    tick(table, timeline, {});     // left out

    serve(f.openai, QStringLiteral("responses"),
          QStringLiteral("## Goals\n<!-- sources: 2 -->\nShip v2 fast.\n\n"
                         "## Risks\n<!-- sources: 1, 3 -->\nChurn and vendor lock-in.\n"));
    const qsizetype before = f.openai.requestCount();
    QSignalSpy done(orchestrator.fusions(), &FusionRunner::fusionFinished);
    dialog->accept();
    ASSERT_TRUE(waitFor([&] { return done.count() == 1; }));
    ASSERT_EQ(f.openai.requestCount(), before + 1);

    // The request: the merging model, then exactly the ticked versions, section by section.
    const QJsonObject body = f.openai.lastRequest().json();
    EXPECT_EQ(body.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4.1"));
    QString sent;
    collectStrings(body.value(QStringLiteral("input")), sent);
    EXPECT_EQ(sent.count(QStringLiteral("<section ")), 2) << sent.toStdString();
    EXPECT_TRUE(sent.contains(QStringLiteral("title=\"Goals\" action=\"keep answer 2\">\n"
                                             "<version answer=\"2\">\nShip v2 fast.\n</version>\n</section>")))
        << sent.toStdString();
    EXPECT_TRUE(sent.contains(QStringLiteral("title=\"Risks\" action=\"merge answers 1, 3\">\n"
                                             "<version answer=\"1\">\nChurn.\n</version>\n"
                                             "<version answer=\"3\">\nVendor lock-in.\n</version>\n</section>")))
        << sent.toStdString();
    for (const char* leftOut : {"Timeline", "Six weeks", "Two months", "Ship v2 in March", "Ship v2 safely"})
        EXPECT_FALSE(sent.contains(QString::fromLatin1(leftOut))) << leftOut;

    // The record: guided, the choices as ticked, the lineage as the model marked it.
    ASSERT_EQ(orchestrator.fusions()->fusions().size(), 1);
    const FusionRecord fusion = orchestrator.fusions()->fusions().first();
    EXPECT_EQ(fusion.mode, QStringLiteral("guided"));
    EXPECT_EQ(fusion.status, CallStatus::Done) << fusion.errorMessage.toStdString();
    EXPECT_EQ(fusion.modelKey(), QStringLiteral("openai:gpt-4.1"));
    ASSERT_EQ(fusion.choices.size(), 2);
    QStringList chosen;
    for (const QJsonValue& c : fusion.choices) {
        QStringList ids;
        for (const QJsonValue& id : c[QStringLiteral("sources")].toArray())
            ids.append(QString::number(id.toInteger()));
        chosen.append(c[QStringLiteral("title")].toString() + QLatin1Char('=') + ids.join(QLatin1Char(',')));
    }
    EXPECT_TRUE(chosen.contains(QStringLiteral("Goals=%1").arg(calls[1].id))) << chosen.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(chosen.contains(QStringLiteral("Risks=%1,%2").arg(calls[0].id).arg(calls[2].id)))
        << chosen.join(QLatin1Char(' ')).toStdString();
    ASSERT_EQ(fusion.sections.size(), 2);
    EXPECT_EQ(fusion.sections[0].title, QStringLiteral("Goals"));
    EXPECT_EQ(fusion.sections[0].sources, QList<qint64>{calls[1].id});
    EXPECT_EQ(fusion.sections[1].title, QStringLiteral("Risks"));
    EXPECT_EQ(fusion.sections[1].sources, (QList<qint64>{calls[0].id, calls[2].id}));
    EXPECT_EQ(fusion.sections[1].mergedBy, QStringLiteral("openai:gpt-4.1"));
    const QList<FusionRecord> stored = FusionStore(*f.database).ofRun(session->record().id).value();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored[0].choices, fusion.choices);
    EXPECT_EQ(stored[0].sections[1].sources, fusion.sections[1].sources);

    // The column: marked as guided, the hover naming answers 1 and 3 and the merging model.
    Ui::OutputColumn* fused = panel.column(-fusion.id);
    ASSERT_NE(fused, nullptr);
    EXPECT_TRUE(fused->isFused());
    EXPECT_EQ(fused->title(), QStringLiteral("Fused plan · guided, written by gpt-4.1"));
    ASSERT_TRUE(waitFor([&] { return pointOver(fused, QStringLiteral("Churn and")).x() >= 0; }));
    EXPECT_EQ(fused->lineageAt(pointOver(fused, QStringLiteral("Churn and"))),
              QStringLiteral("Sources: from %1 and %2, merged by gpt-4.1")
                  .arg(FusionAnswer::labelOf(session->record(), calls[0].id),
                       FusionAnswer::labelOf(session->record(), calls[2].id)));
}
