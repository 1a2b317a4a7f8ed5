// New Experiment dialog: per-case template variables (a case is a pack, an optional goal and
// the values of the chosen template's variables), checked before anything can start.
#include "core/experiment/experimentrunner.h"
#include "core/models/modelcatalog.h"
#include "core/pack/packfile.h"
#include "gui/screenshots.h"
#include "support/goldenpack.h"
#include "support/tempworkspace.h"
#include "ui/experiment/newexperimentdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QTableWidget>

#include <gtest/gtest.h>

using namespace Cb;
using Cb::Test::GoldenPack;
using Cb::Test::TempWorkspace;

namespace {

class NewExperimentDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(Core::PackFile::save(GoldenPack::pack(), packA));
        ASSERT_TRUE(Core::PackFile::save(GoldenPack::pack(), packB));
        auto loaded = Core::ModelCatalog::loadDefault();
        ASSERT_TRUE(loaded);
        catalog = *loaded;
    }
    TempWorkspace ws;
    QString packA = ws.filePath(QStringLiteral("alpha.ctxpack"));
    QString packB = ws.filePath(QStringLiteral("beta.ctxpack"));
    Core::ModelCatalog catalog;
};

} // namespace

TEST_F(NewExperimentDialogTest, variablesPerCase_eachCaseAssembledWithItsOwnValuesAndRecordsThem)
{
    Ui::NewExperimentDialog d(catalog);
    d.addPacks({packA, packB});
    d.setModelChecked(QStringLiteral("openai:o3"), true);
    d.setTemplate(QStringLiteral("executive-summary"));
    EXPECT_TRUE(d.variablesHint()->text().contains(QStringLiteral("audience"))) << d.variablesHint()->text().toStdString();
    d.setVariables(0, QStringLiteral("audience=the board"));
    d.setVariables(1, QStringLiteral(" audience = platform engineers ;"));
    d.setGoal(1, QStringLiteral("Plan the rollback"));
    d.resize(900, 720);
    d.show();
    QApplication::processEvents();
    Cb::Test::saveScreenshot(&d, QStringLiteral("new_experiment_variables"));

    const auto spec = d.spec();
    ASSERT_TRUE(spec) << spec.error().message.toStdString();
    ASSERT_EQ(spec->cases.size(), 2);
    EXPECT_EQ(spec->cases[0].variables.value(QStringLiteral("audience")).toString(), QStringLiteral("the board"));
    EXPECT_EQ(spec->cases[1].variables.value(QStringLiteral("audience")).toString(),
              QStringLiteral("platform engineers"));
    const QString first = spec->cases[0].input.prompt.instructions + spec->cases[0].input.prompt.input;
    const QString second = spec->cases[1].input.prompt.instructions + spec->cases[1].input.prompt.input;
    EXPECT_TRUE(first.contains(QStringLiteral("the board")));
    EXPECT_FALSE(first.contains(QStringLiteral("platform engineers")));
    EXPECT_TRUE(second.contains(QStringLiteral("platform engineers")));
    EXPECT_TRUE(second.contains(QStringLiteral("Plan the rollback")));
    EXPECT_FALSE(first.contains(QStringLiteral("{{audience}}")));
}

TEST_F(NewExperimentDialogTest, missingOrMalformedVariable_specRefusedNamingTheCase)
{
    Ui::NewExperimentDialog d(catalog);
    d.addPacks({packA, packB});
    d.setModelChecked(QStringLiteral("openai:o3"), true);
    d.setTemplate(QStringLiteral("executive-summary"));
    d.setVariables(0, QStringLiteral("audience=the board"));
    auto missing = d.spec();
    ASSERT_FALSE(missing);
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("Case 2 (beta.ctxpack)")))
        << missing.error().message.toStdString();
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("audience")));

    d.setVariables(1, QStringLiteral("the engineers"));
    auto malformed = d.spec();
    ASSERT_FALSE(malformed);
    EXPECT_TRUE(malformed.error().message.contains(QStringLiteral("\"the engineers\" is not a variable assignment")))
        << malformed.error().message.toStdString();
}

TEST_F(NewExperimentDialogTest, templateWithoutVariables_emptyColumnFine)
{
    Ui::NewExperimentDialog d(catalog);
    d.addPacks({packA});
    d.setModelChecked(QStringLiteral("openai:o3"), true);
    d.setTemplate(QStringLiteral("report-generator"));
    EXPECT_TRUE(d.variablesHint()->text().contains(QStringLiteral("uses no variables")));
    const auto spec = d.spec();
    ASSERT_TRUE(spec) << spec.error().message.toStdString();
    EXPECT_TRUE(spec->cases[0].variables.isEmpty());
}

TEST(NewExperimentDialogVariables, parse_separatorsAndErrors)
{
    auto ok = Ui::NewExperimentDialog::parseVariables(QStringLiteral("a=1; b = two words\nc=x=y"));
    ASSERT_TRUE(ok);
    EXPECT_EQ(ok->value(QStringLiteral("a")), QStringLiteral("1"));
    EXPECT_EQ(ok->value(QStringLiteral("b")), QStringLiteral("two words"));
    EXPECT_EQ(ok->value(QStringLiteral("c")), QStringLiteral("x=y"));
    EXPECT_FALSE(Ui::NewExperimentDialog::parseVariables(QStringLiteral("=1")));
    EXPECT_FALSE(Ui::NewExperimentDialog::parseVariables(QStringLiteral("two words=1")));
    EXPECT_TRUE(Ui::NewExperimentDialog::parseVariables(QString())->isEmpty());
}
