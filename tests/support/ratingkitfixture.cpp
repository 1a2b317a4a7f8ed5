#include "support/ratingkitfixture.h"

#include "core/history/database.h"
#include "core/history/historystore.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace Cb::Test {

namespace {

struct Spec
{
    const char* provider;
    const char* model;
    int repeat;
    Core::CallStatus status;
    const char* text;
};

const Spec kCalls[] = {
    {"openai", "gpt-4.1-mini", 0, Core::CallStatus::Done,
     "# Plan\n\nAs GPT-4.1-mini I suggest:\n\n- **Owner**: Dana\n- Ship by *May*\n\n"
     "<script>window.stolen = 1</script>\n\n| Step | Days |\n|---|---:|\n| Draft | 3 |\n\n"
     "See [the guide](https://example.com/guide).\n"},
    {"openai", "gpt-4.1-mini", 1, Core::CallStatus::Failed, "partial answer that failed"},
    {"anthropic", "claude-sonnet-4-5", 0, Core::CallStatus::Done,
     "As Claude, made by Anthropic, I would **name an owner** first.\n\n"
     "<img src=\"https://example.com/x.png\" onerror=\"window.stolen = 2\">\n\n```python\nprint('hi')\n```\n"},
    {"anthropic", "claude-sonnet-4-5", 1, Core::CallStatus::Done, "Second attempt: set a date, then an owner."},
    {"gemini", "gemini-2.5-pro", 0, Core::CallStatus::Done, "1. Decide the owner\n2. Decide the date\n"},
    {"gemini", "gemini-2.5-pro", 1, Core::CallStatus::Done, "Owner first; Gemini would also add a review step."},
    {"gemini", "gemini-2.5-pro", 2, Core::CallStatus::Refused, "I can't help with that."},
    {"anthropic", "claude-sonnet-4-5", 2, Core::CallStatus::Done, "   "},
};

} // namespace

Core::RunRecord RatingKitFixture::run()
{
    Core::RunRecord run;
    run.packTitle = QStringLiteral("Launch plan pack");
    run.packGoal = QStringLiteral("Write a launch plan.\nName an owner & a date <b>now</b>.");
    run.templateName = QStringLiteral("Plain");
    int n = 0;
    for (const Spec& s : kCalls) {
        Core::CallRecord c;
        c.provider = QString::fromLatin1(s.provider);
        c.model = QString::fromLatin1(s.model);
        c.repeatIndex = s.repeat;
        c.status = s.status;
        c.text = QString::fromUtf8(s.text);
        c.reasoning = QStringLiteral("Hidden chain of thought %1").arg(n);
        c.usage = QJsonObject{{QStringLiteral("input_tokens"), 735193 + n}, {QStringLiteral("output_tokens"), 812347 + n}};
        c.costUsd = 0.0421 + n * 0.0001;
        c.responseId = QStringLiteral("resp_7Zq%1").arg(n);
        c.firstTokenMs = 391771 + n;
        c.totalMs = 913571 + n;
        c.params = QJsonObject{{QStringLiteral("max_output_tokens"), 16384}};
        run.calls.append(c);
        ++n;
    }
    return run;
}

Core::Result<Core::RunRecord> RatingKitFixture::insert(Core::Database& database)
{
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("INSERT INTO runs (id, uuid, created_at) VALUES (4821377, 'placeholder', '')")) ||
        !q.exec(QStringLiteral("INSERT INTO calls (id, run_id, provider, model, status)"
                               " VALUES (5937113, 4821377, 'none', 'none', 'failed')")))
        return Core::fail(Core::ErrorCode::Database, QStringLiteral("placeholder rows were refused"));
    Core::HistoryStore store(database);
    Core::RunRecord r = run();
    if (auto id = store.insertRun(r); !id)
        return Core::fail(id.error());
    for (const Core::CallRecord& c : r.calls)
        if (auto updated = store.updateCall(c); !updated)
            return Core::fail(updated.error());
    return store.loadRun(r.id);
}

QStringList RatingKitFixture::identifying(const Core::RunRecord& inserted)
{
    QStringList out{QStringLiteral("openai"),       QStringLiteral("anthropic"),     QStringLiteral("gemini"),
                    QStringLiteral("gpt-4.1"),      QStringLiteral("claude"),        QStringLiteral("sonnet"),
                    QStringLiteral("2.5-pro"),      QStringLiteral("0.042"),         QStringLiteral("$0.04"),
                    QStringLiteral("735193"),        QStringLiteral("812347"),          QStringLiteral("913571"),
                    QStringLiteral("391771"),         QStringLiteral("resp_7Zq"),      QStringLiteral("Hidden chain"),
                    QStringLiteral("max_output"),    QStringLiteral("Launch plan pack"),
                    QStringLiteral("4821378"),        inserted.uuid};
    for (const Core::CallRecord& c : inserted.calls) {
        out.append(c.model);
        out.append(c.modelKey());
        out.append(QString::number(c.id));
    }
    return out;
}

} // namespace Cb::Test
