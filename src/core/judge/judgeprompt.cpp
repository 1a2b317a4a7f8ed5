#include "core/judge/judgeprompt.h"

#include <QCoreApplication>

namespace Cb::Core {

namespace {

const QString TaskTag = QStringLiteral("{{task}}");
const QString ATag = QStringLiteral("{{answer_a}}");
const QString BTag = QStringLiteral("{{answer_b}}");

} // namespace

QString JudgePrompt::defaultTemplate(const QString& language)
{
    if (language == QLatin1String("ko"))
        return QStringLiteral(
            "당신은 공정한 전문 심사위원입니다. 두 어시스턴트가 같은 과제에 답했습니다. 어느 답변이 과제에 더 "
            "도움이 되는지 판단하세요. 정확성을 가장 먼저 보고, 그다음 완결성, 마지막으로 명료성을 봅니다. 답변의 "
            "순서나 길이, 문체에 판단이 흔들려서는 안 됩니다.\n\n"
            "## 과제\n\n{{task}}\n\n"
            "## 답변 A\n\n{{answer_a}}\n\n"
            "## 답변 B\n\n{{answer_b}}\n\n"
            "## 판정\n\n"
            "다른 말 없이 JSON 객체 하나로만 답하세요:\n"
            "{\"verdict\": \"A\" | \"B\" | \"tie\" | \"both_bad\", \"reason\": \"한두 문장\"}\n"
            "두 답변이 똑같이 좋으면 \"tie\", 둘 다 받아들일 수 없으면 \"both_bad\"를 쓰세요. verdict 값은 위의 "
            "영문 그대로 쓰고, reason은 한국어로 쓰세요.\n");
    return QStringLiteral(
        "You are an impartial expert judge. Two assistants answered the same task. Decide which answer "
        "serves the task better: correctness first, then completeness, then clarity. Do not let the order "
        "of the answers, their length or their style sway you.\n\n"
        "## Task\n\n{{task}}\n\n"
        "## Answer A\n\n{{answer_a}}\n\n"
        "## Answer B\n\n{{answer_b}}\n\n"
        "## Your verdict\n\n"
        "Reply with one JSON object and nothing else:\n"
        "{\"verdict\": \"A\" | \"B\" | \"tie\" | \"both_bad\", \"reason\": \"one or two sentences\"}\n"
        "Use \"tie\" when both are equally good and \"both_bad\" when neither is acceptable.\n");
}

VoidResult JudgePrompt::validate(const QString& promptTemplate)
{
    for (const QString& tag : {ATag, BTag}) {
        if (!promptTemplate.contains(tag))
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("Cb::Core::JudgePrompt", "The judge prompt must contain %1 so the judge sees both answers.").arg(tag));
    }
    return {};
}

QString JudgePrompt::render(const QString& promptTemplate, const QString& task, const QString& answerA,
                            const QString& answerB)
{
    // One pass, so an answer that itself contains "{{answer_b}}" is not substituted again.
    QString out;
    out.reserve(promptTemplate.size() + task.size() + answerA.size() + answerB.size());
    qsizetype i = 0;
    while (i < promptTemplate.size()) {
        const qsizetype open = promptTemplate.indexOf(QLatin1String("{{"), i);
        if (open < 0)
            break;
        out += QStringView(promptTemplate).mid(i, open - i);
        const QStringView rest = QStringView(promptTemplate).mid(open);
        if (rest.startsWith(TaskTag)) {
            out += task;
            i = open + TaskTag.size();
        } else if (rest.startsWith(ATag)) {
            out += answerA;
            i = open + ATag.size();
        } else if (rest.startsWith(BTag)) {
            out += answerB;
            i = open + BTag.size();
        } else {
            out += QLatin1String("{{");
            i = open + 2;
        }
    }
    out += QStringView(promptTemplate).mid(i);
    return out;
}

} // namespace Cb::Core
