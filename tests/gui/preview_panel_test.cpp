// The prompt preview: find bar, template chooser with the inline variables form, item
// boundaries, and a prompt too long to show whole that is still copied whole.
#include "core/pack/packdocument.h"
#include "core/settings/memorysettingsstore.h"
#include "core/settings/settings.h"
#include "ui/prompt/findbar.h"
#include "ui/prompt/promptpreviewpanel.h"
#include "ui/prompt/variablesform.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace Cb;

namespace {

struct PreviewFixture
{
    PreviewFixture()
    {
        Core::Pack pack;
        pack.title = QStringLiteral("Preview test");
        pack.goal = QStringLiteral("Plan the launch.");
        Core::PackSection notes;
        notes.id = Core::PackItem::newId();
        notes.name = QStringLiteral("Notes");
        notes.items = {
            Core::PackItem::note(
                QStringLiteral("One"),
                QStringLiteral("The launch slips a week. Launch review on Friday.")),
            Core::PackItem::note(QStringLiteral("Two"),
                                 QStringLiteral("Marketing wants the launch date fixed."))};
        pack.sections = {notes};
        document.reset(pack);
    }
    bool assembled()
    {
        QSignalSpy spy(&panel, &Ui::PromptPreviewPanel::promptAssembled);
        return spy.wait(10000);
    }

    Core::MemorySettingsStore store;
    Core::Settings settings{store};
    Core::PackDocument document;
    Ui::PromptPreviewPanel panel{&document, &settings};
};

} // namespace

TEST(PreviewPanel_find, ctrlFOpensTheBarCountsMatchesAndSteps)
{
    PreviewFixture f;
    f.panel.resize(700, 600);
    f.panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&f.panel));
    ASSERT_TRUE(f.assembled());
    Ui::FindBar* bar = f.panel.findBar();
    EXPECT_FALSE(bar->isVisible());
    f.panel.inputView()->setFocus();
    QTest::keyClick(f.panel.inputView(), Qt::Key_F, Qt::ControlModifier);
    ASSERT_TRUE(bar->isVisible());

    const QString all = f.panel.prompt().instructions + f.panel.prompt().input;
    const int expected = int(all.count(QStringLiteral("launch"), Qt::CaseInsensitive));
    ASSERT_GE(expected, 4);
    QTest::keyClicks(bar->searchEdit(), QStringLiteral("LAUNCH"));
    EXPECT_EQ(bar->matchCount(), expected);
    EXPECT_EQ(bar->statusText(), QStringLiteral("1 of %1").arg(expected));
    QTest::keyClick(bar->searchEdit(), Qt::Key_Return);
    EXPECT_EQ(bar->statusText(), QStringLiteral("2 of %1").arg(expected));
    bar->findPrevious();
    bar->findPrevious();
    EXPECT_EQ(bar->currentMatch(), expected - 1) << "previous wraps around";
    // The current match is selected in its view.
    QPlainTextEdit* views[] = {f.panel.instructionsView(), f.panel.inputView()};
    bool selected = false;
    for (QPlainTextEdit* v : views)
        selected = selected || v->textCursor().selectedText().compare(QStringLiteral("launch"),
                                                                      Qt::CaseInsensitive) == 0;
    EXPECT_TRUE(selected);

    bar->searchEdit()->setText(QStringLiteral("no such words here"));
    EXPECT_EQ(bar->statusText(), QStringLiteral("No matches"));
    QTest::keyClick(bar, Qt::Key_Escape);
    EXPECT_FALSE(bar->isVisible());
}

TEST(PreviewPanel_boundaries, eachItemIsTintedWithoutChangingTheText)
{
    PreviewFixture f;
    ASSERT_TRUE(f.assembled());
    int itemSegments = 0;
    for (const Core::PromptSegment& s : f.panel.prompt().segments)
        itemSegments +=
            s.kind == Core::PromptSegment::Kind::Item && s.part == Core::PromptSegment::Part::Input;
    ASSERT_EQ(itemSegments, 2);
    const auto selections = f.panel.inputView()->extraSelections();
    int tinted = 0;
    for (const auto& s : selections)
        tinted += s.format.background().style() != Qt::NoBrush;
    EXPECT_GE(tinted, itemSegments);
    EXPECT_EQ(f.panel.inputView()->toPlainText(), f.panel.prompt().input);
    // The two neighbouring items get different tints, so the boundary shows.
    EXPECT_NE(selections[0].format.background().color(), selections[1].format.background().color());
}

TEST(PreviewPanel_template, choosingATemplateWithVariablesAsksForThemInline)
{
    PreviewFixture f;
    ASSERT_TRUE(f.assembled());
    EXPECT_FALSE(f.panel.variablesForm()->isVisibleTo(&f.panel))
        << "report-generator has no variables";
    const int index = f.panel.templateBox()->findText(QStringLiteral("executive-summary"));
    ASSERT_GE(index, 0);
    f.panel.templateBox()->setCurrentIndex(index);
    ASSERT_TRUE(f.assembled());
    EXPECT_EQ(f.settings.get(Core::Keys::PromptTemplate), QStringLiteral("executive-summary"));
    EXPECT_EQ(f.panel.prompt().templateName, QStringLiteral("executive-summary"));
    ASSERT_TRUE(f.panel.prompt().missingVariables.contains(QStringLiteral("audience")));
    EXPECT_TRUE(f.panel.variablesForm()->isVisibleTo(&f.panel));
    QLineEdit* audience = f.panel.variablesForm()->editor(QStringLiteral("audience"));
    ASSERT_NE(audience, nullptr);

    QTest::keyClicks(audience, QStringLiteral("the board"));
    ASSERT_TRUE(f.assembled());
    EXPECT_TRUE(f.panel.prompt().missingVariables.isEmpty());
    EXPECT_TRUE(QString(f.panel.prompt().instructions + f.panel.prompt().input)
                    .contains(QStringLiteral("the board")));
    EXPECT_EQ(f.panel.variablesForm()->editor(QStringLiteral("audience")), audience)
        << "typing keeps the row";
    EXPECT_EQ(
        f.settings.get(Core::Keys::PromptVariables).value(QStringLiteral("audience")).toString(),
        QStringLiteral("the board"));
}

TEST(PreviewPanel_large, aHugePromptIsShownTruncatedButCopiedWhole)
{
    PreviewFixture f;
    ASSERT_TRUE(f.assembled());
    QString big;
    const QString line =
        QStringLiteral("Line of a very long transcript with findable-marker words.\n");
    while (big.size() < Ui::PromptPreviewPanel::MaxShownChars + 500000)
        big += line;
    big += QStringLiteral("the-very-end");
    f.document.insertItems(0, -1, {Core::PackItem::note(QStringLiteral("Huge"), big)});
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return f.panel.prompt().input.contains(QStringLiteral("the-very-end")); }, 30000));
    EXPECT_TRUE(f.panel.truncationNote()->isVisibleTo(&f.panel));
    EXPECT_LE(f.panel.inputView()->document()->characterCount(),
              Ui::PromptPreviewPanel::MaxShownChars + 1);

    f.panel.copyToClipboard();
    const QString copied = QApplication::clipboard()->text();
    EXPECT_EQ(copied.size(),
              f.panel.prompt().instructions.size() + 2 + f.panel.prompt().input.size());
    EXPECT_TRUE(copied.endsWith(f.panel.prompt().input.right(200)));

    // Find still sees the part past the end of the view.
    f.panel.openFind();
    f.panel.findBar()->searchEdit()->setText(QStringLiteral("the-very-end"));
    EXPECT_EQ(f.panel.findBar()->matchCount(), 1);
    EXPECT_TRUE(f.panel.findBar()->statusText().contains(QStringLiteral("past the shown part")));
}

TEST(PreviewPanel_update, editsAnywhereLeaveTheViewEqualToThePrompt)
{
    PreviewFixture f;
    ASSERT_TRUE(f.assembled());
    auto check = [&](const char* step) {
        ASSERT_TRUE(f.assembled()) << step;
        EXPECT_EQ(f.panel.inputView()->toPlainText(), f.panel.prompt().input) << step;
        EXPECT_EQ(f.panel.instructionsView()->toPlainText(), f.panel.prompt().instructions) << step;
    };
    Core::PackItem first = f.document.pack().sections[0].items[0];
    first.text = QStringLiteral("Rewritten first note, longer than before, with another sentence.");
    f.document.updateItem(0, 0, first);
    check("edit the first item");
    f.document.setGoal(QStringLiteral("Plan"));
    check("shorten the goal");
    f.document.removeItem(0, 1);
    check("remove the second item");
    f.document.insertItems(
        0, 0,
        {Core::PackItem::note(QStringLiteral("Zero"), QStringLiteral("Inserted at the top."))});
    check("insert at the top");
}

TEST(PreviewPanel_large, editsAboveAndBelowTheCutKeepTheShownStartExact)
{
    PreviewFixture f;
    ASSERT_TRUE(f.assembled());
    QString big;
    for (int i = 0; big.size() < Ui::PromptPreviewPanel::MaxShownChars + 100000; ++i)
        big += QStringLiteral("Line %1 of a very long transcript.\n").arg(i);
    f.document.insertItems(0, -1, {Core::PackItem::note(QStringLiteral("Huge"), big)});
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return f.panel.prompt().input.size() > Ui::PromptPreviewPanel::MaxShownChars; },
        30000));
    auto shownIsStart = [&] {
        return f.panel.inputView()->toPlainText() ==
               f.panel.prompt().input.left(Ui::PromptPreviewPanel::MaxShownChars);
    };
    EXPECT_TRUE(shownIsStart());

    Core::PackItem first = f.document.pack().sections[0].items[0];
    first.text += QStringLiteral(" Twelve more characters and then some.");
    f.document.updateItem(0, 0, first); // above the cut: the view's tail shifts
    ASSERT_TRUE(f.assembled());
    EXPECT_TRUE(shownIsStart());
    f.document.setGoal(
        QStringLiteral("A goal past the cut")); // below the cut: nothing visible changes
    ASSERT_TRUE(f.assembled());
    EXPECT_TRUE(shownIsStart());
    f.document.removeItem(0, 0);
    ASSERT_TRUE(f.assembled());
    EXPECT_TRUE(shownIsStart());
}

TEST(PreviewPanel_template, koreanInterfaceStartsOnTheKoreanPresetUnlessOneWasPicked)
{
    Core::MemorySettingsStore store;
    Core::Settings settings{store};
    settings.set(Core::Keys::UiLanguage, QStringLiteral("ko"));
    Core::PackDocument document;
    {
        Ui::PromptPreviewPanel panel{&document, &settings};
        EXPECT_EQ(panel.templateBox()->currentText(), QStringLiteral("report-generator-ko"));
        EXPECT_GE(panel.templateBox()->findText(QStringLiteral("report-generator")), 0)
            << "the English preset stays in the list";
    }
    // A choice the user made is kept, whatever the interface language.
    settings.set(Core::Keys::PromptTemplate, QStringLiteral("report-generator"));
    Ui::PromptPreviewPanel panel{&document, &settings};
    EXPECT_EQ(panel.templateBox()->currentText(), QStringLiteral("report-generator"));
    settings.set(Core::Keys::UiLanguage, QStringLiteral("en"));
    settings.reset(Core::Keys::PromptTemplate);
    Ui::PromptPreviewPanel english{&document, &settings};
    EXPECT_EQ(english.templateBox()->currentText(), QStringLiteral("report-generator"));
}
