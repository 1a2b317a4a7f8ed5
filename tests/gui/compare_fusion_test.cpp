// Fusion in the comparison (issue 17): "Fuse…" stays disabled, saying why, until the blind
// vote is done; a fused plan is a column of its own, marked as fused, whose sections show
// their lineage on hover; and it is back after a restart (the run reopened from history).
#include "core/fusion/fusionrunner.h"
#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/run/runorchestrator.h"
#include "core/run/runsession.h"
#include "gui/comparesessions.h"
#include "gui/screenshots.h"
#include "support/providertesting.h"
#include "support/tempworkspace.h"
#include "ui/compare/columnarea.h"
#include "ui/compare/comparepanel.h"
#include "ui/export/exportdialog.h"
#include "ui/compare/fusedialog.h"
#include "ui/compare/markdownstreamview.h"
#include "ui/compare/outputcolumn.h"

#include <QApplication>
#include <QLabel>
#include <QPainter>
#include <QPointer>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>
#include <QToolTip>

#include <gtest/gtest.h>

using namespace Cb;

namespace {

// The viewport point over the block that starts with `text` in a column's view.
QPoint pointOver(Ui::OutputColumn* column, const QString& text)
{
    for (QTextBlock b = column->view()->document()->begin(); b.isValid(); b = b.next())
        if (b.text().startsWith(text))
            return column->view()->cursorRect(QTextCursor(b)).center() + QPoint(4, 0);
    return {-1, -1};
}

// The panel with the tooltip drawn under the point it was shown for (offscreen, a tooltip is its
// own window, and the small offscreen screen pushes it away from a wide panel's right side).
void saveWithToolTip(QWidget* panel, const QString& name, const QPoint& shownAtGlobal)
{
    QPixmap shot = panel->grab();
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w->inherits("QTipLabel") && w->isVisible()) {
            QPainter painter(&shot);
            painter.drawPixmap(panel->mapFromGlobal(shownAtGlobal) + QPoint(2, 16), w->grab());
        }
    }
    auto* label = new QLabel;
    label->setPixmap(shot);
    label->resize(shot.size());
    Cb::Test::saveScreenshot(label, name);
    delete label;
}

// Whether the shown columns have their final geometry: each visible in one row at an equal share
// of the area, its text laid out at its viewport's width. Before that a point computed over a
// section (and a tooltip shown there) is where the section will not be.
bool columnsLaidOut(Ui::ComparePanel& panel)
{
    const QList<Ui::OutputColumn*> columns = panel.columnArea()->shownColumns();
    if (columns.isEmpty())
        return false;
    const int share = panel.columnArea()->width() / int(columns.size());
    for (Ui::OutputColumn* c : columns) {
        const QWidget* viewport = c->view()->viewport();
        if (!c->isVisible() || qAbs(c->width() - share) > 12 || viewport->width() < 100 || viewport->height() < 100 ||
            qAbs(c->view()->document()->textWidth() - viewport->width()) > 1.0)
            return false;
    }
    return true;
}

Ui::OutputColumn* fusedColumn(Ui::ComparePanel& panel)
{
    for (Ui::OutputColumn* c : panel.columnArea()->columns())
        if (c->isFused())
            return c;
    return nullptr;
}

} // namespace

TEST(ComparePanel_fusion, disabledBeforeTheVote_thenAFusedColumnWithLineage_backAfterRestart)
{
    Cb::Test::TempWorkspace ws;
    auto db = Core::Database::open(ws.filePath(QStringLiteral("h.sqlite")));
    ASSERT_TRUE(db);
    Core::HistoryStore history(**db);
    Core::RunRecord run = Cb::Test::compareRun({QStringLiteral("o3"), QStringLiteral("gpt-4.1")}, 1, true);
    run.calls[0].text = QStringLiteral("## Goals\nShip v2 in March.\n\n## Timeline\nFour weeks.\n\n## Risks\nChurn.\n");
    run.calls[1].text = QStringLiteral("## 1. Goals\nShip v2 in April.\n\n## Budget\nTen thousand dollars.\n");
    for (Core::CallRecord& c : run.calls)
        c.id = 0;
    ASSERT_TRUE(history.insertRun(run));
    for (const Core::CallRecord& c : run.calls)
        ASSERT_TRUE(history.updateCall(c));
    Core::RunEnvironment env;
    env.history = &history;

    qint64 fusionId = 0;
    {
        Core::RunOrchestrator orchestrator(env);
        auto session = orchestrator.resume(run.id);
        ASSERT_TRUE(session) << session.error().message.toStdString();
        Ui::ComparePanel panel;
        panel.resize(1280, 700);
        panel.show();
        panel.setHistoryStore(&history);
        panel.setFusionRunner(orchestrator.fusions());
        panel.showSession(*session);
        QToolButton* fuse = panel.toolButton(QStringLiteral("fuseButton"));
        EXPECT_FALSE(fuse->isEnabled());
        EXPECT_TRUE(fuse->toolTip().contains(QStringLiteral("Vote on every blind pair (0 of 1 done)")))
            << fuse->toolTip().toStdString();
        Cb::Test::saveScreenshot(&panel, QStringLiteral("fusion-disabled-before-vote"));

        panel.setBlind(true);
        panel.vote(QStringLiteral("left"));
        panel.setBlind(false);
        EXPECT_TRUE(fuse->isEnabled()) << fuse->toolTip().toStdString();

        // Pick mode from the dialog: each section's first version, Budget from gpt-4.1.
        Ui::FuseDialog dialog((*session)->record());
        dialog.setMode(QStringLiteral("pick"));
        const Core::FusionRequest request = dialog.request();
        ASSERT_EQ(request.choices.size(), 4); // Goals | Budget | Timeline | Risks
        // The answers' columns as they are before the fusion: they must survive it.
        QList<QPointer<Ui::OutputColumn>> answers;
        QList<QWidget*> rows;
        QList<QTextDocument*> documents;
        for (Ui::OutputColumn* c : panel.columnArea()->columns()) {
            answers.append(c);
            rows.append(c->parentWidget());
            documents.append(c->view()->document());
        }
        ASSERT_EQ(answers.size(), 2);
        auto id = orchestrator.fusions()->start(request);
        ASSERT_TRUE(id) << id.error().message.toStdString();
        fusionId = *id;

        ASSERT_EQ(panel.columnArea()->columns().size(), 3);
        // Only the fused column was added: the answers keep their widgets, their documents and
        // their place in the row (nothing rebuilt, so nothing flickers).
        for (int i = 0; i < answers.size(); ++i) {
            ASSERT_FALSE(answers[i].isNull()) << i;
            EXPECT_EQ(panel.columnArea()->columns()[i], answers[i].data()) << i;
            EXPECT_EQ(answers[i]->parentWidget(), rows[i]) << i;
            EXPECT_EQ(answers[i]->view()->document(), documents[i]) << i;
            EXPECT_TRUE(answers[i]->isVisible()) << i;
        }
        EXPECT_EQ(panel.columnArea()->columns().last()->parentWidget(), rows[0]) << "side by side, in the same row";
        Ui::OutputColumn* fused = fusedColumn(panel);
        ASSERT_NE(fused, nullptr);
        EXPECT_EQ(fused, panel.columnArea()->columns().last()); // after the answers
        EXPECT_EQ(fused->title(), QStringLiteral("Fused plan · picked section by section"));
        EXPECT_TRUE(fused->view()->markdownText().contains(QStringLiteral("## Budget\n\nTen thousand dollars.")));
        ASSERT_TRUE(Cb::Test::waitFor([&] { return pointOver(fused, QStringLiteral("Ten thousand")).x() >= 0; }));
        EXPECT_EQ(fused->lineageAt(pointOver(fused, QStringLiteral("Ten thousand"))),
                  QStringLiteral("Sources: from gpt-4.1 #1, as written"));
        EXPECT_EQ(fused->lineageAt(pointOver(fused, QStringLiteral("Churn"))), QStringLiteral("Sources: from o3 #1, as written"));
        // The screenshot waits for the columns' final layout, so the tooltip is drawn over the
        // section it names, then for the tooltip itself.
        ASSERT_TRUE(Cb::Test::waitFor([&] { return columnsLaidOut(panel); }));
        // On a short panel the Budget section may sit below the fold: bring it into view first.
        for (QTextBlock b = fused->view()->document()->begin(); b.isValid(); b = b.next())
            if (b.text().startsWith(QStringLiteral("Ten thousand"))) {
                fused->view()->setTextCursor(QTextCursor(b));
                fused->view()->ensureCursorVisible();
            }
        const QPoint over = pointOver(fused, QStringLiteral("Ten thousand"));
        ASSERT_TRUE(fused->view()->viewport()->rect().contains(over))
            << over.x() << "," << over.y() << " in " << fused->view()->viewport()->width() << "x"
            << fused->view()->viewport()->height();
        EXPECT_EQ(fused->lineageAt(over), QStringLiteral("Sources: from gpt-4.1 #1, as written"));
        const QPoint shownAt = fused->view()->viewport()->mapToGlobal(over);
        QToolTip::showText(shownAt, fused->lineageAt(over), fused->view()->viewport());
        ASSERT_TRUE(Cb::Test::waitFor([] { return QToolTip::isVisible(); }));
        EXPECT_EQ(QToolTip::text(), QStringLiteral("Sources: from gpt-4.1 #1, as written"));
        saveWithToolTip(&panel, QStringLiteral("fusion-column-lineage"), shownAt);
        QToolTip::hideText();

    }

    // Restart: the database reopened, the run reopened from history.
    db->reset();
    auto reopened = Core::Database::open(ws.filePath(QStringLiteral("h.sqlite")));
    ASSERT_TRUE(reopened);
    Core::HistoryStore again(**reopened);
    env.history = &again;
    Core::RunOrchestrator orchestrator(env);
    auto session = orchestrator.resume(run.id);
    ASSERT_TRUE(session);
    Ui::ComparePanel panel;
    panel.resize(1280, 700);
    panel.show();
    panel.setHistoryStore(&again);
    panel.setFusionRunner(orchestrator.fusions());
    panel.showSession(*session);
    Ui::OutputColumn* fused = fusedColumn(panel);
    ASSERT_NE(fused, nullptr);
    EXPECT_EQ(fused->callId(), -fusionId);
    EXPECT_EQ(fused->title(), QStringLiteral("Fused plan · picked section by section"));
    ASSERT_TRUE(Cb::Test::waitFor([&] { return pointOver(fused, QStringLiteral("Ten thousand")).x() >= 0; }));
    EXPECT_EQ(fused->lineageAt(pointOver(fused, QStringLiteral("Ten thousand"))),
              QStringLiteral("Sources: from gpt-4.1 #1, as written"));
    EXPECT_TRUE(panel.toolButton(QStringLiteral("fuseButton"))->isEnabled()); // the vote came back too
    Cb::Test::saveScreenshot(&panel, QStringLiteral("fusion-column-after-restart"));

    // Export… opens the export dialog for this run, with the fused plan in its options.
    panel.toolButton(QStringLiteral("exportButton"))->click();
    auto* exportDialog = panel.findChild<Ui::ExportDialog*>();
    ASSERT_NE(exportDialog, nullptr);
    const Formats::ExportOptions options = exportDialog->options();
    ASSERT_EQ(options.fusions.size(), 1);
    EXPECT_EQ(options.fusions[0].id, fusionId);
    exportDialog->close();
}
