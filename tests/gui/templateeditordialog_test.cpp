#include "core/prompt/templatelibrary.h"
#include "support/tempworkspace.h"
#include "ui/common/messagebox.h"
#include "ui/prompt/templateeditordialog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace Cb;
using Cb::Test::TempWorkspace;

namespace {

template <typename W> W* child(const QWidget& parent, const char* name)
{
    W* w = parent.findChild<W*>(QString::fromLatin1(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}

QStringList listed(const QListWidget* list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out.append(list->item(i)->text());
    return out;
}

} // namespace

TEST(TemplateEditorDialog_duplicateEditSave, writesAUserTemplateTheLibraryReloads)
{
    TempWorkspace ws;
    const QString userDir = ws.filePath(QStringLiteral("templates"));
    Core::TemplateLibrary library(Core::TemplateLibrary::defaultPresetDir(), userDir);
    Ui::TemplateEditorDialog dialog(library);
    QSignalSpy changed(&dialog, &Ui::TemplateEditorDialog::templatesChanged);
    dialog.show();

    auto* instructions = child<QPlainTextEdit>(dialog, "instructionsEdit");
    auto* save = child<QPushButton>(dialog, "saveButton");
    ASSERT_EQ(dialog.currentName(), QStringLiteral("report-generator")) << "opens on the default";
    EXPECT_TRUE(instructions->isReadOnly());
    EXPECT_FALSE(save->isEnabled());
    EXPECT_TRUE(child<QLabel>(dialog, "readOnlyNote")->isVisible());

    QTest::mouseClick(child<QPushButton>(dialog, "duplicateButton"), Qt::LeftButton);
    EXPECT_EQ(dialog.currentName(), QStringLiteral("report-generator-copy"));
    EXPECT_FALSE(instructions->isReadOnly());
    EXPECT_NE(library.find(QStringLiteral("report-generator-copy")), nullptr)
        << "the copy is saved at once";

    auto* name = child<QLineEdit>(dialog, "nameEdit");
    name->clear();
    QTest::keyClicks(name, QStringLiteral("bad name"));
    EXPECT_TRUE(child<QLabel>(dialog, "nameProblem")->isVisible());
    EXPECT_FALSE(save->isEnabled());
    name->setText(QStringLiteral("board-memo"));
    child<QLineEdit>(dialog, "descriptionEdit")->setText(QStringLiteral("For the board."));
    auto* wrap = child<QComboBox>(dialog, "wrapCombo");
    wrap->setCurrentIndex(wrap->findData(QStringLiteral("markdown")));
    child<QPlainTextEdit>(dialog, "inputEdit")
        ->setPlainText(QStringLiteral("{{context}}\n\nFor {{audience}}: {{goal}}"));
    EXPECT_TRUE(listed(child<QListWidget>(dialog, "slotList"))
                    .contains(QStringLiteral("{{audience}} (variable: asked for when used)")));
    ASSERT_TRUE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    EXPECT_FALSE(dialog.hasUnsavedChanges());
    EXPECT_EQ(dialog.currentName(), QStringLiteral("board-memo"));
    EXPECT_EQ(changed.count(), 2); // the duplicate, then the save
    const Core::TemplateLibrary reloaded(Core::TemplateLibrary::defaultPresetDir(), userDir);
    const Core::PromptTemplate* saved = reloaded.find(QStringLiteral("board-memo"));
    ASSERT_NE(saved, nullptr);
    EXPECT_FALSE(saved->builtIn);
    EXPECT_EQ(saved->description, QStringLiteral("For the board."));
    EXPECT_EQ(saved->wrap, Core::WrapStyle::Markdown);
    EXPECT_EQ(saved->input, QStringLiteral("{{context}}\n\nFor {{audience}}: {{goal}}"));
    EXPECT_EQ(saved->instructions, reloaded.find(QStringLiteral("report-generator"))->instructions);
    EXPECT_EQ(reloaded.find(QStringLiteral("report-generator-copy")), nullptr)
        << "renaming replaced the copy";
    EXPECT_TRUE(QFile::exists(userDir + QStringLiteral("/board-memo.cbtemplate")));
    EXPECT_TRUE(reloaded.find(QStringLiteral("report-generator"))->builtIn)
        << "the preset is untouched";
}

TEST(TemplateEditorDialog_deleteUserTemplate, asksAndRemovesIt)
{
    TempWorkspace ws;
    Core::TemplateLibrary library(Core::TemplateLibrary::defaultPresetDir(),
                                  ws.filePath(QStringLiteral("t")));
    Ui::TemplateEditorDialog dialog(library);
    ASSERT_TRUE(dialog.selectTemplate(QStringLiteral("meeting-digest")));
    dialog.duplicate();
    ASSERT_EQ(dialog.currentName(), QStringLiteral("meeting-digest-copy"));

    Ui::MessageBox::setNextAnswer(QMessageBox::No);
    dialog.remove();
    EXPECT_NE(library.find(QStringLiteral("meeting-digest-copy")), nullptr);
    Ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog.remove();
    EXPECT_EQ(library.find(QStringLiteral("meeting-digest-copy")), nullptr);
    EXPECT_EQ(dialog.currentName(), QStringLiteral("report-generator"));
}

TEST(TemplateEditorDialog_switchingWithUnsavedEdits, savesWhenAskedTo)
{
    TempWorkspace ws;
    Core::TemplateLibrary library(Core::TemplateLibrary::defaultPresetDir(),
                                  ws.filePath(QStringLiteral("t")));
    Ui::TemplateEditorDialog dialog(library);
    dialog.duplicate();
    child<QPlainTextEdit>(dialog, "inputEdit")->setPlainText(QStringLiteral("edited {{context}}"));
    ASSERT_TRUE(dialog.hasUnsavedChanges());

    Ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    EXPECT_FALSE(dialog.selectTemplate(QStringLiteral("red-team-review")));
    EXPECT_EQ(dialog.currentName(), QStringLiteral("report-generator-copy"));

    Ui::MessageBox::setNextAnswer(QMessageBox::Save);
    EXPECT_TRUE(dialog.selectTemplate(QStringLiteral("red-team-review")));
    EXPECT_EQ(
        child<QListWidget>(dialog, "templateList")->currentItem()->data(Qt::UserRole).toString(),
        QStringLiteral("red-team-review"));
    EXPECT_EQ(library.find(QStringLiteral("report-generator-copy"))->input,
              QStringLiteral("edited {{context}}"));
}
