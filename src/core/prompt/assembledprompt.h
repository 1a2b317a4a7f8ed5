#pragma once

#include <QList>
#include <QString>

namespace Cb::Core {

// Where a piece of the pack landed in the assembled text, for click-to-jump in the preview.
struct PromptSegment
{
    enum class Part { Instructions, Input };
    Part part = Part::Input;
    QString itemId;       // empty for a section heading or the goal
    int section = -1;     // section index, -1 for the goal / template text
    qsizetype start = 0;  // offset in the part's text (QString units)
    qsizetype length = 0;
};

// Exactly what a model receives: the instructions (system/developer message) and the user input.
struct AssembledPrompt
{
    QString templateName;
    QString instructions;
    QString input;
    QList<PromptSegment> segments;
    QStringList missingVariables; // template variables the user has not filled in yet

    // sha256 (hex) over both parts: recorded with each run and in report manifests.
    QByteArray sha256() const;
};

} // namespace Cb::Core
