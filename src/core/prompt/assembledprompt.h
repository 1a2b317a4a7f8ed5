#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Cb::Core {

// Where a piece of the pack landed in the assembled text, for click-to-jump in the preview.
// Item: the whole wrapped item (opening tag or heading, text, closing tag).
// Section: the section's block in {{context}} (its heading, if the wrap style has one, and all its
// items) or the items of a {{section:Name}} slot. Goal / Variable: the inserted value.
// A piece used twice in a template (e.g. {{context}} and {{section:Notes}}) has two segments.
struct PromptSegment
{
    enum class Part
    {
        Instructions,
        Input
    };
    enum class Kind
    {
        Item,
        Section,
        Goal,
        Variable
    };
    Part part = Part::Input;
    QString itemId;      // the item's id for Kind::Item, else empty
    int section = -1;    // section index for Item and Section, else -1
    qsizetype start = 0; // offset in the part's text (QString units)
    qsizetype length = 0;
    Kind kind = Kind::Item;
    QString variable; // Kind::Variable: the variable's name
    // Kind::Item: the item's text when it was written unchanged (sharing the item's buffer), and
    // where it starts in the part's text; textStart -1 when the text was altered on the way in.
    // PromptCounter counts the prompt from the items' counts with it.
    QString text;
    qsizetype textStart = -1;
};

// Exactly what a model receives: the instructions (system/developer message) and the user input.
struct AssembledPrompt
{
    QString templateName;
    QString instructions;
    QString input;
    QList<PromptSegment> segments;
    // User variables the template uses that had no value, in order of first use. Each is left in
    // the text as written ("{{audience}}") so nothing disappears silently.
    QStringList missingVariables;
    // Things the user should know but that do not stop sending: a {{section:Name}} that matched
    // no section, an item whose text contains "</document>", an empty goal.
    QStringList warnings;

    // sha256 (hex) over both parts: recorded with each run and in report manifests.
    QByteArray sha256() const;

    // Both parts in one text, as `contextbench assemble` prints them and the golden files hold
    // them: a marker line, the instructions, a line break, a marker line, the input, a line break.
    //   <<<contextbench:instructions>>>\n{instructions}\n<<<contextbench:input>>>\n{input}\n
    QString transcript() const;
    static inline const QString kInstructionsMarker =
        QStringLiteral("<<<contextbench:instructions>>>");
    static inline const QString kInputMarker = QStringLiteral("<<<contextbench:input>>>");
};

} // namespace Cb::Core
