#include "core/harness/clarificationnote.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Cb::Core {

namespace ClarificationNote {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Cb::Core::ClarificationNote", text); }

QString stamp(const QDateTime& at) { return at.toString(QStringLiteral("yyyy-MM-dd HH:mm")); }

} // namespace

QString sectionName() { return tr("Clarifications"); }

QString text(const QList<Clarification>& answers, const QString& model, const QDateTime& askedAt)
{
    QString out = model.isEmpty()
                      ? tr("Answers to clarifying questions asked before the run (%1).").arg(stamp(askedAt))
                      : tr("Answers to the clarifying questions %1 asked before the run (%2).")
                            .arg(model, stamp(askedAt));
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const Clarification& c = answers.at(i);
        const QString answer = c.skipped()
                                   ? tr("(skipped — the model will assume: %1)").arg(c.question.assumption.trimmed())
                                   : c.answer.trimmed();
        out += QStringLiteral("\n\n") + QString::number(i + 1) + QStringLiteral(". ") + c.question.question.trimmed() +
               QStringLiteral("\n   ") + tr("Answer: %1").arg(answer);
    }
    return out + QLatin1Char('\n');
}

PackItem note(const QList<Clarification>& answers, const QString& model, const QDateTime& askedAt)
{
    return PackItem::note(tr("Clarifications %1").arg(stamp(askedAt)), text(answers, model, askedAt));
}

QJsonArray questionsToJson(const QList<ClarifyingQuestion>& questions)
{
    QJsonArray out;
    for (const ClarifyingQuestion& q : questions)
        out.append(QJsonObject{{QStringLiteral("question"), q.question},
                               {QStringLiteral("why_it_matters"), q.whyItMatters},
                               {QStringLiteral("assumption_if_unanswered"), q.assumption}});
    return out;
}

QList<ClarifyingQuestion> questionsFromJson(const QJsonArray& questions)
{
    QList<ClarifyingQuestion> out;
    for (const QJsonValue& v : questions) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QStringLiteral("question")).toString(), o.value(QStringLiteral("why_it_matters")).toString(),
                    o.value(QStringLiteral("assumption_if_unanswered")).toString()});
    }
    return out;
}

Result<QList<Clarification>> answersFromJson(const QJsonObject& askJson)
{
    const QJsonValue questions = askJson.value(QStringLiteral("questions"));
    if (!questions.isArray())
        return fail(ErrorCode::InvalidInput, tr("The answers have no \"questions\" list (expected the JSON of "
                                                "'contextbench ask --json' with an \"answer\" per question)."));
    QList<Clarification> out;
    const QJsonArray list = questions.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        const QJsonValue answer = o.value(QStringLiteral("answer"));
        if (o.value(QStringLiteral("question")).toString().trimmed().isEmpty())
            return fail(ErrorCode::InvalidInput, tr("Question %1 has no \"question\" text.").arg(i + 1));
        if (!answer.isUndefined() && !answer.isNull() && !answer.isString())
            return fail(ErrorCode::InvalidInput, tr("The \"answer\" of question %1 is not text.").arg(i + 1));
        Clarification c;
        c.question = questionsFromJson(QJsonArray{o}).constFirst();
        c.answer = answer.toString();
        out.append(c);
    }
    return out;
}

} // namespace ClarificationNote

} // namespace Cb::Core
