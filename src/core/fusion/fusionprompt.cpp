#include "core/fusion/fusionprompt.h"

#include "core/compare/sectiongrid.h"

namespace Cb::Core {

namespace {

QString task(const RunRecord& run)
{
    const QString goal = run.packGoal.trimmed();
    return goal.isEmpty() ? run.instructions.trimmed() : goal;
}

QString taskBlock(const RunRecord& run)
{
    const QString t = task(run);
    return t.isEmpty() ? QString() : QStringLiteral("<task>\n") + t + QStringLiteral("\n</task>\n\n");
}

QString numbers(const QList<int>& answerIndexes)
{
    QStringList out;
    for (int i : answerIndexes)
        out.append(QString::number(i + 1));
    return out.join(QStringLiteral(", "));
}

} // namespace

QString FusionPrompt::instructions()
{
    return QStringLiteral(
        "You merge several answers to the same task into one plan that keeps the best of each.\n"
        "Rules:\n"
        "- Keep the section structure: one Markdown heading (## Title) per section, in a sensible order. "
        "Where the answers share sections, keep those sections; add a section only one answer has when it is worth "
        "keeping.\n"
        "- Directly under every heading, write one line naming the answers that section draws on, by their numbers, "
        "exactly like this: <!-- sources: 1, 3 -->\n"
        "- Prefer what is specific, correct and consistent; when answers contradict each other, choose one and do not "
        "blend them into something neither said.\n"
        "- Do not mention the answers, their numbers or this merging anywhere else in the plan.\n"
        "- Write only the plan, in the language of the answers.");
}

QString FusionPrompt::fuseInput(const RunRecord& run, const QList<FusionAnswer>& answers)
{
    QString out = taskBlock(run);
    out += QStringLiteral("Merge these %1 answers into one plan.\n\n").arg(answers.size());
    for (int i = 0; i < answers.size(); ++i)
        out += QStringLiteral("<answer number=\"%1\">\n").arg(i + 1) + answers[i].text.trimmed() +
               QStringLiteral("\n</answer>\n\n");
    return out.trimmed() + QLatin1Char('\n');
}

QString FusionPrompt::guidedInput(const RunRecord& run, const QList<FusionAnswer>& answers, const SectionGrid& grid,
                                  const FusionChoices& choices)
{
    QString out = taskBlock(run);
    out += QStringLiteral("Write one plan with exactly these sections, in this order. For each section the reader chose "
                          "which answers' versions to use: keep a single chosen version's content, or merge several "
                          "chosen versions.\n\n");
    int n = 0;
    for (int row = 0; row < grid.rows().size() && row < choices.size(); ++row) {
        QList<int> chosen;
        for (int a : choices[row])
            if (grid.section(row, a) && a < answers.size())
                chosen.append(a);
        if (chosen.isEmpty())
            continue;
        const QString title = grid.section(row, chosen.first())->title;
        out += QStringLiteral("<section number=\"%1\" title=\"%2\" action=\"%3\">\n")
                   .arg(++n)
                   .arg(title.isEmpty() ? QStringLiteral("(introduction)") : title,
                        chosen.size() == 1 ? QStringLiteral("keep answer ") + numbers(chosen)
                                           : QStringLiteral("merge answers ") + numbers(chosen));
        for (int a : chosen)
            out += QStringLiteral("<version answer=\"%1\">\n").arg(a + 1) + grid.section(row, a)->body.trimmed() +
                   QStringLiteral("\n</version>\n");
        out += QStringLiteral("</section>\n\n");
    }
    return out.trimmed() + QLatin1Char('\n');
}

QJsonArray FusionPrompt::choicesJson(const QList<FusionAnswer>& answers, const SectionGrid& grid,
                                     const FusionChoices& choices)
{
    QJsonArray out;
    for (int row = 0; row < grid.rows().size() && row < choices.size(); ++row) {
        QJsonArray sources;
        for (int a : choices[row])
            if (grid.section(row, a) && a < answers.size())
                sources.append(answers[a].callId);
        if (!sources.isEmpty())
            out.append(QJsonObject{{QStringLiteral("title"), grid.rows()[row].title},
                                   {QStringLiteral("sources"), sources}});
    }
    return out;
}

} // namespace Cb::Core
