// ExperimentMatrixModel: cells from the cases' runs (rows = cases, columns = models, one state
// per repeat), refreshes that announce only the rows that changed, checked by Qt's model tester.
#include "ui/experiment/experimentmatrixmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Cb;
using State = Core::ExperimentCellState;

namespace {

Core::ExperimentRecord threeCases()
{
    Core::ExperimentRecord e;
    e.id = 4;
    e.plan.repeats = 2;
    e.plan.models = {{QStringLiteral("openai"), QStringLiteral("o3"), {}},
                     {QStringLiteral("anthropic"), QStringLiteral("claude-sonnet-4-5"), {}}};
    for (int i = 0; i < 3; ++i)
        e.cases << Core::ExperimentCase{i + 1, i, QStringLiteral("/p/case%1.ctxpack").arg(i), {}, {}, {}, 10 + i};
    e.cases[2].goal = QStringLiteral("Ship by May");
    return e;
}

QList<Core::RunRecord> runsOf(const Core::ExperimentRecord& e, Core::CallStatus status)
{
    QList<Core::RunRecord> runs;
    for (const Core::ExperimentCase& c : e.cases) {
        Core::RunRecord run;
        run.id = c.runId;
        for (const Core::PlannedModel& m : e.plan.models)
            for (int k = 0; k < e.plan.repeats; ++k) {
                Core::CallRecord call;
                call.provider = m.provider;
                call.model = m.model;
                call.repeatIndex = k;
                call.status = status;
                call.batchCustomId = QStringLiteral("cb-x");
                run.calls << call;
            }
        runs << run;
    }
    return runs;
}

} // namespace

TEST(ExperimentMatrixModel, snapshot_cellsHoldEachRepeatsStateAndCost)
{
    Ui::ExperimentMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Core::ExperimentRecord e = threeCases();
    QList<Core::RunRecord> runs = runsOf(e, Core::CallStatus::Waiting);
    runs[1].calls[3].status = Core::CallStatus::Done; // claude #2 of case 2
    runs[1].calls[3].costUsd = 0.25;
    runs[1].calls[2].status = Core::CallStatus::Failed;
    runs[1].calls[2].errorCode = QStringLiteral("expired");
    runs[0].calls[0].status = Core::CallStatus::Refused;
    model.setSnapshot(e, runs);

    ASSERT_EQ(model.rowCount(), 3);
    ASSERT_EQ(model.columnCount(), 2);
    EXPECT_EQ(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("anthropic:claude-sonnet-4-5"));
    EXPECT_EQ(model.headerData(2, Qt::Vertical).toString(), QStringLiteral("3. case2 — Ship by May"));
    const QByteArray cell = model.index(1, 1).data(Ui::ExperimentMatrixModel::StatesRole).toByteArray();
    ASSERT_EQ(cell.size(), 2);
    EXPECT_EQ(State(cell[0]), State::Expired);
    EXPECT_EQ(State(cell[1]), State::Done);
    EXPECT_EQ(model.index(1, 1).data().toString(), QStringLiteral("$0.2500"));
    EXPECT_EQ(model.index(0, 1).data().toString(), QString()); // nothing billed yet
    EXPECT_EQ(State(model.cell(0, 0).states[0]), State::Refused);
    EXPECT_EQ(State(model.cell(2, 0).states[1]), State::InBatch);
    EXPECT_EQ(model.index(2, 0).data(Ui::ExperimentMatrixModel::RunIdRole).toLongLong(), 12);
    EXPECT_EQ(model.totals().calls, 12);
    EXPECT_EQ(model.totals().finished, 3);
    EXPECT_DOUBLE_EQ(model.totals().cost, 0.25);
    EXPECT_TRUE(model.index(1, 1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("#1 expired, #2 done")));
    EXPECT_EQ(model.index(1, 1).data(Ui::ExperimentMatrixModel::ChecksRole).toByteArray(), QByteArray("  "));
}

TEST(ExperimentMatrixModel, checks_passAndFailPerRepeatAnnouncedAsAChange)
{
    Ui::ExperimentMatrixModel model;
    const Core::ExperimentRecord e = threeCases();
    QList<Core::RunRecord> runs = runsOf(e, Core::CallStatus::Done);
    model.setSnapshot(e, runs);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    runs[0].calls[2].judgement = QStringLiteral("fail"); // claude #1 of case 1
    runs[0].calls[3].judgement = QStringLiteral("pass"); // claude #2
    model.setSnapshot(e, runs);
    ASSERT_EQ(changed.count(), 1) << "a judgement alone changes the cell";
    EXPECT_EQ(model.index(0, 1).data(Ui::ExperimentMatrixModel::ChecksRole).toByteArray(), QByteArray("fp"));
    EXPECT_TRUE(model.index(0, 1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("#1 done, check failed")));
}

TEST(ExperimentMatrixModel, refresh_onlyChangedRowsAnnouncedNewShapeResets)
{
    Ui::ExperimentMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Core::ExperimentRecord e = threeCases();
    QList<Core::RunRecord> runs = runsOf(e, Core::CallStatus::Queued);
    model.setSnapshot(e, runs);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.setSnapshot(e, runs); // nothing moved
    EXPECT_EQ(changed.count(), 0);
    runs[2].calls[1].status = Core::CallStatus::Streaming;
    model.setSnapshot(e, runs);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toModelIndex().row(), 2);
    EXPECT_EQ(changed.at(0).at(1).toModelIndex().row(), 2);
    EXPECT_EQ(State(model.cell(2, 0).states[1]), State::Running);
    EXPECT_EQ(reset.count(), 0);

    e.plan.repeats = 3; // another shape: the view starts over
    model.setSnapshot(e, runs);
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(model.cell(0, 0).states.size(), 3);
    EXPECT_EQ(State(model.cell(0, 0).states[2]), State::Queued); // no call recorded for #3 yet
}
