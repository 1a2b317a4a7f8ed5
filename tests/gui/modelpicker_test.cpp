// The model picker: catalog models grouped by provider, hand-typed keys, repeats and effort,
// all saved to Settings, and the run plan they make.
#include "core/models/modelcatalog.h"
#include "core/settings/memorysettingsstore.h"
#include "core/settings/settings.h"
#include "ui/run/modelparamsdialog.h"
#include "ui/run/modelpicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace Cb;

namespace {

struct PickerFixture
{
    Core::MemorySettingsStore store;
    Core::Settings settings{store};
    Core::ModelCatalog catalog = *Core::ModelCatalog::loadDefault();
};

QTreeWidgetItem* findRow(QTreeWidget* tree, const QString& key)
{
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i)
            if (tree->topLevelItem(g)->child(i)->data(0, Qt::UserRole + 1).toString() == key)
                return tree->topLevelItem(g)->child(i);
    return nullptr;
}

} // namespace

TEST(ModelPicker_tree, groupsTheCatalogByProviderWithPricesAndChecksTheSavedModels)
{
    PickerFixture f;
    Ui::ModelPicker picker(f.catalog, f.settings);
    QTreeWidget* tree = picker.modelTree();
    QStringList groups;
    int models = 0;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        groups << tree->topLevelItem(g)->text(0);
        models += tree->topLevelItem(g)->childCount();
    }
    EXPECT_TRUE(groups.contains(QStringLiteral("OpenAI")));
    EXPECT_TRUE(groups.contains(QStringLiteral("Anthropic")));
    EXPECT_TRUE(groups.contains(QStringLiteral("Google Gemini")));
    EXPECT_EQ(models, f.catalog.models().size());

    QTreeWidgetItem* o3 = findRow(tree, QStringLiteral("openai:o3"));
    ASSERT_NE(o3, nullptr);
    EXPECT_EQ(o3->text(0), QStringLiteral("OpenAI o3"));
    EXPECT_EQ(o3->text(1), QStringLiteral("200K"));
    EXPECT_EQ(o3->text(2), QStringLiteral("$2.00"));
    EXPECT_EQ(o3->text(3), QStringLiteral("$8.00"));
    EXPECT_EQ(o3->checkState(0), Qt::Checked) << "the default selection is o3 and o3-pro";
    EXPECT_EQ(findRow(tree, QStringLiteral("anthropic:claude-sonnet-4-5"))->text(4),
              QStringLiteral("≈ estimate"));
    EXPECT_EQ(picker.selectedModels(), f.settings.get(Core::Keys::SelectedModels));
    EXPECT_TRUE(picker.modelsButton()->text().contains(QStringLiteral("OpenAI o3-pro")));
}

TEST(ModelPicker_check, savesTheSelectionAndAnnouncesIt)
{
    PickerFixture f;
    Ui::ModelPicker picker(f.catalog, f.settings);
    QSignalSpy changed(&picker, &Ui::ModelPicker::selectionChanged);
    findRow(picker.modelTree(), QStringLiteral("openai:o3-pro"))->setCheckState(0, Qt::Unchecked);
    findRow(picker.modelTree(), QStringLiteral("anthropic:claude-opus-4-1"))
        ->setCheckState(0, Qt::Checked);
    EXPECT_EQ(changed.count(), 2);
    EXPECT_EQ(
        f.settings.get(Core::Keys::SelectedModels),
        (QStringList{QStringLiteral("openai:o3"), QStringLiteral("anthropic:claude-opus-4-1")}));

    // Nothing selected: Send is off and says so on the button.
    findRow(picker.modelTree(), QStringLiteral("openai:o3"))->setCheckState(0, Qt::Unchecked);
    findRow(picker.modelTree(), QStringLiteral("anthropic:claude-opus-4-1"))
        ->setCheckState(0, Qt::Unchecked);
    EXPECT_FALSE(picker.sendButton()->isEnabled());
    EXPECT_TRUE(picker.modelsButton()->text().startsWith(QStringLiteral("None")));
}

TEST(ModelPicker_custom, acceptsProviderModelKeysAndRemembersThem)
{
    PickerFixture f;
    {
        Ui::ModelPicker picker(f.catalog, f.settings);
        EXPECT_FALSE(picker.addCustomModel(QStringLiteral("llama3 without provider")));
        EXPECT_TRUE(picker.addCustomModel(QStringLiteral("openai-compatible:llama3.1:8b")));
        EXPECT_TRUE(
            picker.selectedModels().contains(QStringLiteral("openai-compatible:llama3.1:8b")));
        // A key the catalog knows by an alias selects the catalog entry instead.
        EXPECT_TRUE(picker.addCustomModel(QStringLiteral("openai:o4-mini-2025-04-16")));
        EXPECT_TRUE(picker.selectedModels().contains(QStringLiteral("openai:o4-mini")));
        EXPECT_EQ(f.settings.get(Core::Keys::CustomModels),
                  QStringList{QStringLiteral("openai-compatible:llama3.1:8b")});

        // Typing in the popup's field and pressing Enter does the same.
        auto* edit = picker.findChild<QLineEdit*>(QStringLiteral("customModelEdit"));
        ASSERT_NE(edit, nullptr);
        edit->setText(QStringLiteral("ollama:qwen3:32b"));
        QTest::keyClick(edit, Qt::Key_Return);
        EXPECT_TRUE(edit->text().isEmpty());
        EXPECT_TRUE(picker.selectedModels().contains(QStringLiteral("ollama:qwen3:32b")));
    }
    Ui::ModelPicker again(f.catalog, f.settings);
    QTreeWidgetItem* llama =
        findRow(again.modelTree(), QStringLiteral("openai-compatible:llama3.1:8b"));
    ASSERT_NE(llama, nullptr);
    EXPECT_EQ(llama->checkState(0), Qt::Checked);
    EXPECT_EQ(llama->parent()->text(0), QStringLiteral("Added by hand"));
}

TEST(ModelPicker_runPlan, carriesRepeatsAndTheEffortWhereAccepted)
{
    PickerFixture f;
    f.settings.set(
        Core::Keys::SelectedModels,
        QStringList{QStringLiteral("openai:gpt-5"), QStringLiteral("anthropic:claude-sonnet-4-5")});
    Ui::ModelPicker picker(f.catalog, f.settings);
    QSignalSpy send(&picker, &Ui::ModelPicker::sendRequested);
    picker.repeatsBox()->setValue(3);
    picker.effortBox()->setCurrentIndex(picker.effortBox()->findData(QStringLiteral("minimal")));
    EXPECT_EQ(f.settings.get(Core::Keys::RunRepeats), 3);
    EXPECT_EQ(f.settings.get(Core::Keys::ReasoningEffort), QStringLiteral("minimal"));
    EXPECT_TRUE(picker.effortBox()->isEnabled());

    const Core::ModelSelection plan = picker.runPlan();
    EXPECT_EQ(plan.callCount(), 6);
    ASSERT_EQ(plan.targets.size(), 2);
    EXPECT_EQ(plan.targets[0].reasoningEffort, QStringLiteral("minimal"));
    EXPECT_TRUE(plan.targets[1].reasoningEffort.isEmpty());

    picker.sendButton()->click();
    EXPECT_EQ(send.count(), 1);
}

TEST(ModelParamsDialog_fields, offerOnlyWhatTheModelTakes)
{
    PickerFixture f;
    {
        const Ui::ModelParamsDialog o3(QStringLiteral("openai:o3"), f.catalog.find(QStringLiteral("openai:o3")), {});
        ASSERT_NE(o3.effortBox(), nullptr);
        EXPECT_GE(o3.effortBox()->findData(QStringLiteral("high")), 1);
        EXPECT_EQ(o3.temperatureCheck(), nullptr) << "o-series models reject temperature";
        EXPECT_EQ(o3.thinkingBox(), nullptr);
        ASSERT_NE(o3.backgroundCheck(), nullptr);
        EXPECT_TRUE(o3.backgroundCheck()->isEnabled());
        EXPECT_TRUE(o3.params().isEmpty()) << "nothing set, nothing stored";
    }
    {
        const Ui::ModelParamsDialog pro(QStringLiteral("openai:o3-pro"),
                                        f.catalog.find(QStringLiteral("openai:o3-pro")), {});
        ASSERT_NE(pro.backgroundCheck(), nullptr);
        EXPECT_TRUE(pro.backgroundCheck()->isChecked()) << "o3-pro only answers in background";
        EXPECT_FALSE(pro.backgroundCheck()->isEnabled());
        EXPECT_TRUE(pro.params().isEmpty());
    }
    {
        const auto claude = f.catalog.find(QStringLiteral("anthropic:claude-sonnet-4-5"));
        Ui::ModelParamsDialog dialog(QStringLiteral("anthropic:claude-sonnet-4-5"), claude, {});
        EXPECT_EQ(dialog.effortBox(), nullptr) << "Claude takes a thinking budget, not an effort";
        ASSERT_NE(dialog.thinkingBox(), nullptr);
        EXPECT_EQ(dialog.thinkingBox()->maximum(), claude->capabilities.thinkingBudget->max);
        EXPECT_EQ(dialog.backgroundCheck(), nullptr);
        EXPECT_EQ(dialog.maxOutputBox()->maximum(), claude->maxOutput);
        dialog.thinkingBox()->setValue(16000);
        dialog.maxOutputBox()->setValue(32000);
        ASSERT_NE(dialog.temperatureCheck(), nullptr);
        dialog.temperatureCheck()->setChecked(true);
        dialog.temperatureBox()->setValue(0.3);
        const QJsonObject p = dialog.params();
        EXPECT_EQ(p.value(QStringLiteral("thinking_budget")).toInt(), 16000);
        EXPECT_EQ(p.value(QStringLiteral("max_output_tokens")).toInt(), 32000);
        EXPECT_DOUBLE_EQ(p.value(QStringLiteral("temperature")).toDouble(), 0.3);
        EXPECT_EQ(Ui::ModelParamsDialog::summary(p), QStringLiteral("≤32,000 out · thinking 16,000 · temp 0.3"));
    }
}

TEST(ModelPicker_parameters, reachThePlanAreSavedAndShownInTheList)
{
    PickerFixture f;
    const QJsonObject params{{QStringLiteral("effort"), QStringLiteral("low")},
                             {QStringLiteral("max_output_tokens"), 8000},
                             {QStringLiteral("background"), true}};
    {
        Ui::ModelPicker picker(f.catalog, f.settings);
        QSignalSpy changed(&picker, &Ui::ModelPicker::selectionChanged);
        picker.setModelParameters(QStringLiteral("openai:o3"), params);
        EXPECT_EQ(changed.count(), 1);
        const Core::ModelSelection plan = picker.runPlan();
        ASSERT_FALSE(plan.targets.isEmpty());
        EXPECT_EQ(plan.targets[0].key, QStringLiteral("openai:o3"));
        EXPECT_EQ(plan.targets[0].reasoningEffort, QStringLiteral("low"));
        EXPECT_EQ(plan.targets[0].maxOutputTokens(), 8000);
        EXPECT_TRUE(plan.targets[0].params.value(QStringLiteral("background")).toBool());
        EXPECT_TRUE(picker.modelsButton()->toolTip().contains(QStringLiteral("effort low")));
    }
    Ui::ModelPicker reopened(f.catalog, f.settings);
    EXPECT_EQ(reopened.modelParameters(QStringLiteral("openai:o3")), params) << "kept in Settings";
    QTreeWidgetItem* o3 = findRow(reopened.modelTree(), QStringLiteral("openai:o3"));
    ASSERT_NE(o3, nullptr);
    EXPECT_EQ(o3->text(5), QStringLiteral("effort low · ≤8,000 out · background"));
    EXPECT_EQ(findRow(reopened.modelTree(), QStringLiteral("openai:o3-pro"))->text(5),
              QStringLiteral("defaults"));

    reopened.setModelParameters(QStringLiteral("openai:o3"), {});
    EXPECT_TRUE(f.settings.get(Core::Keys::ModelParameters).isEmpty());
    EXPECT_EQ(reopened.runPlan().targets[0].maxOutputTokens(), 0);
}
