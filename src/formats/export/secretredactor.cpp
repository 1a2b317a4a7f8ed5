#include "formats/export/secretredactor.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Cb::Formats {

using Cb::Core::CallRecord;
using Cb::Core::RunRecord;

namespace {

// OpenAI (sk-, sk-proj-), Anthropic (sk-ant-), Google (AIza + 35), and "Bearer <token>".
// The lengths keep ordinary words such as "sk-learn" out.
const QRegularExpression& keyPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "\\bsk-[A-Za-z0-9_\\-]{20,}|\\bAIza[0-9A-Za-z_\\-]{35}|(?<=Bearer )[A-Za-z0-9._\\-]{16,}"));
    return re;
}

QJsonValue redactValue(const QJsonValue& value)
{
    if (value.isString())
        return SecretRedactor::redactText(value.toString());
    if (value.isObject())
        return SecretRedactor::redactObject(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& v : value.toArray())
            out.append(redactValue(v));
        return out;
    }
    return value;
}

} // namespace

bool SecretRedactor::isCredentialName(const QString& name)
{
    static const QRegularExpression re(
        QStringLiteral("api[_\\-]?key|secret|password|passwd|authorization|bearer|"
                       "access[_\\-]?token|refresh[_\\-]?token|credential"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch();
}

QString SecretRedactor::redactText(const QString& text)
{
    if (!text.contains(QLatin1String("sk-")) && !text.contains(QLatin1String("AIza")) &&
        !text.contains(QLatin1String("Bearer ")))
        return text; // the common case: no scan, no copy
    QString out = text;
    out.replace(keyPattern(), kMarker);
    return out;
}

QJsonObject SecretRedactor::redactObject(const QJsonObject& object)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!isCredentialName(it.key()))
            out.insert(it.key(), redactValue(it.value()));
    return out;
}

RunRecord SecretRedactor::redact(const RunRecord& run)
{
    RunRecord out = run;
    for (QString* s : {&out.packTitle, &out.packPath, &out.packGoal, &out.templateName,
                       &out.instructions, &out.input})
        *s = redactText(*s);
    out.settings = redactObject(run.settings);
    out.manifest = redactValue(run.manifest).toArray();
    for (CallRecord& c : out.calls) {
        c.params = redactObject(c.params);
        c.usage = redactObject(c.usage);
        for (QString* s : {&c.text, &c.reasoning, &c.errorMessage, &c.note, &c.judgementReason})
            *s = redactText(*s);
        for (Cb::Core::FollowUpRecord& f : c.followUps)
            for (QString* s : {&f.message, &f.text, &f.reasoning, &f.errorMessage})
                *s = redactText(*s);
    }
    return out;
}

} // namespace Cb::Formats
