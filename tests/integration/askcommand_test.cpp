// `contextbench ask` as a process against a fake OpenAI server on 127.0.0.1: the questions as
// JSON and as text, a failing answer reported with its raw text, and the answers added back with
// `contextbench pack note --answers` into a dated note in "Clarifications".
#include "core/harness/askfirst.h"
#include "core/history/askstore.h"
#include "core/history/database.h"
#include "core/models/modelcatalog.h"
#include "core/pack/packfile.h"
#include "support/cliprocess.h"
#include "support/fakehttpserver.h"
#include "support/fakejudge.h"
#include "support/goldenpack.h"
#include "support/tempworkspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Test;

namespace {

const QString kQuestions = QStringLiteral(
    R"({"questions":[{"question":"Which market launches first?","why_it_matters":"Localisation work differs.","assumption_if_unanswered":"Korea"},)"
    R"({"question":"Is the budget fixed?","why_it_matters":"Scope depends on it.","assumption_if_unanswered":"yes, as in the memo"}]})");

class AskCommand : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(PackFile::save(GoldenPack::pack(), packPath)); }

    CliProcess& run(const QStringList& args)
    {
        process = std::make_unique<CliProcess>(data, keys);
        process->start(QStringList{QStringLiteral("ask"), packPath, QStringLiteral("--model"),
                                   QStringLiteral("openai:gpt-4.1-mini"), QStringLiteral("--base-url"),
                                   QStringLiteral("openai=") + server.baseUrl(QStringLiteral("/v1"))} +
                       args);
        EXPECT_TRUE(process->waitForExit());
        return *process;
    }

    TempWorkspace ws;
    QString data = ws.filePath(QStringLiteral("data"));
    QString packPath = ws.filePath(QStringLiteral("golden.ctxpack"));
    QHash<QString, QString> keys{{QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-ask-cli")}};
    FakeHttpServer server;
    std::unique_ptr<CliProcess> process;
};

} // namespace

TEST_F(AskCommand, Json_printsQuestionsCostAndUsageThenPackNoteAddsAnswers)
{
    server.setHandler([](const RecordedRequest&) -> std::optional<FakeResponse> {
        return FakeJudge::responsesReply(kQuestions, 1000, 50);
    });
    CliProcess& p = run({QStringLiteral("--max-questions"), QStringLiteral("3"), QStringLiteral("--json")});
    ASSERT_EQ(p.exitCode(), 0) << p.err().toStdString();
    ASSERT_EQ(server.requestCount(), 1);
    const QJsonObject body = server.lastRequest().json();
    const QJsonObject format = body.value(QStringLiteral("text")).toObject().value(QStringLiteral("format")).toObject();
    EXPECT_EQ(format.value(QStringLiteral("name")).toString(), QStringLiteral("clarifying_questions"));
    EXPECT_EQ(format.value(QStringLiteral("schema")).toObject().value(QStringLiteral("properties")).toObject()
                  .value(QStringLiteral("questions")).toObject().value(QStringLiteral("maxItems")).toInt(),
              3);
    EXPECT_EQ(server.lastRequest().header("Authorization"), QByteArray("Bearer sk-ask-cli"));
    // The asking model reads the pack's prompt: its goal and items are in the input.
    const QString input = body.value(QStringLiteral("input")).toArray()[0].toObject().value(QStringLiteral("content"))
                              .toArray()[0].toObject().value(QStringLiteral("text")).toString();
    EXPECT_TRUE(input.startsWith(QStringLiteral("<planner_instructions>\n"))) << input.left(200).toStdString();
    EXPECT_TRUE(input.contains(QStringLiteral("<planner_input>\n")));
    EXPECT_TRUE(input.contains(GoldenPack::pack().goal)) << input.toStdString();

    const QJsonObject out = QJsonDocument::fromJson(p.out()).object();
    EXPECT_EQ(out.value(QStringLiteral("model")).toString(), QStringLiteral("openai:gpt-4.1-mini"));
    const QJsonArray questions = out.value(QStringLiteral("questions")).toArray();
    ASSERT_EQ(questions.size(), 2);
    EXPECT_EQ(questions[1].toObject().value(QStringLiteral("assumption_if_unanswered")).toString(),
              QStringLiteral("yes, as in the memo"));
    EXPECT_NEAR(out.value(QStringLiteral("cost_usd")).toDouble(), 1000 * 0.4e-6 + 50 * 1.6e-6, 1e-12);
    EXPECT_EQ(out.value(QStringLiteral("usage")).toObject().value(QStringLiteral("input_tokens")).toInt(), 1000);
    EXPECT_EQ(out.value(QStringLiteral("usage")).toObject().value(QStringLiteral("output_tokens")).toInt(), 50);

    // The user answers the first question and leaves the second; pack note adds them.
    QJsonObject answered = out;
    QJsonArray list = questions;
    QJsonObject first = list[0].toObject();
    first.insert(QStringLiteral("answer"), QStringLiteral("Japan, then Korea"));
    list[0] = first;
    answered.insert(QStringLiteral("questions"), list);
    const QString answersPath = ws.filePath(QStringLiteral("answers.json"));
    QFile file(answersPath);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(answered).toJson());
    file.close();
    CliProcess note(data, keys);
    note.start({QStringLiteral("pack"), QStringLiteral("note"), packPath, QStringLiteral("--answers"), answersPath});
    ASSERT_TRUE(note.waitForExit());
    ASSERT_EQ(note.exitCode(), 0) << note.err().toStdString();
    const auto pack = PackFile::load(packPath);
    ASSERT_TRUE(pack.has_value());
    const int s = pack->sectionIndex(QStringLiteral("Clarifications"));
    ASSERT_GE(s, 0);
    ASSERT_EQ(pack->sections[s].items.size(), 1);
    const PackItem& item = pack->sections[s].items.first();
    const QString stamp = item.title.mid(QStringLiteral("Clarifications ").size());
    EXPECT_EQ(item.text, QStringLiteral("Answers to the clarifying questions openai:gpt-4.1-mini asked before the run (") +
                             stamp +
                             QStringLiteral(").\n\n1. Which market launches first?\n   Answer: Japan, then Korea\n\n"
                                            "2. Is the budget fixed?\n   Answer: (skipped — the model will assume: yes, "
                                            "as in the memo)\n"));

    // Malformed answers are refused and nothing is added.
    QFile bad(answersPath);
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly | QIODevice::Truncate));
    bad.write(R"({"questions":[{"question":"Q?","answer":7}]})");
    bad.close();
    CliProcess refused(data, keys);
    refused.start({QStringLiteral("pack"), QStringLiteral("note"), packPath, QStringLiteral("--answers"), answersPath});
    ASSERT_TRUE(refused.waitForExit());
    EXPECT_EQ(refused.exitCode(), 1);
    EXPECT_TRUE(refused.err().contains(QStringLiteral("question 1 is not text"))) << refused.err().toStdString();
    EXPECT_EQ(PackFile::load(packPath)->sections[s].items.size(), 1);
}

TEST_F(AskCommand, Text_printsNumberedQuestionsAndHowToAnswer)
{
    server.setHandler([](const RecordedRequest&) -> std::optional<FakeResponse> {
        return FakeJudge::responsesReply(kQuestions, 1000, 50);
    });
    CliProcess& p = run({});
    ASSERT_EQ(p.exitCode(), 0) << p.err().toStdString();
    const QString out = QString::fromUtf8(p.out());
    EXPECT_TRUE(out.contains(QStringLiteral("1. Which market launches first?\n   Why it matters: Localisation work "
                                            "differs.\n   If unanswered, assumes: Korea\n")))
        << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("2. Is the budget fixed?")));
    EXPECT_TRUE(out.contains(QStringLiteral("asked by openai:gpt-4.1-mini, cost <$0.001\n"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("contextbench pack note ") + packPath + QStringLiteral(" --answers FILE")));
    EXPECT_TRUE(p.err().contains(QStringLiteral("asking openai:gpt-4.1-mini for up to 5 question(s)")));
}

TEST_F(AskCommand, StaysInvalid_exitsOneWithRawAnswer)
{
    server.setHandler([](const RecordedRequest&) -> std::optional<FakeResponse> {
        return FakeJudge::responsesReply(QStringLiteral(R"({"questions":[{"question":"Only this?"}]})"));
    });
    CliProcess& p = run({QStringLiteral("--json")});
    EXPECT_EQ(p.exitCode(), 1);
    EXPECT_EQ(server.requestCount(), 2); // the answer and its one repair round
    EXPECT_TRUE(p.out().isEmpty());
    EXPECT_TRUE(p.err().contains(QStringLiteral("does not match the schema \"clarifying_questions\" after a repair")))
        << p.err().toStdString();
    EXPECT_TRUE(p.err().contains(QStringLiteral("why_it_matters"))) << p.err().toStdString();
    EXPECT_TRUE(p.err().contains(QStringLiteral(R"({"questions":[{"question":"Only this?"}]})")));
}

TEST_F(AskCommand, BadArguments_usageErrorsSendNothing)
{
    CliProcess& p = run({QStringLiteral("--max-questions"), QStringLiteral("0")});
    EXPECT_EQ(p.exitCode(), 2);
    EXPECT_TRUE(p.err().contains(QStringLiteral("--max-questions expects a number from 1 to 20")));
    CliProcess badModel(data, keys);
    badModel.start({QStringLiteral("ask"), packPath, QStringLiteral("--model"), QStringLiteral("no-colon")});
    ASSERT_TRUE(badModel.waitForExit());
    EXPECT_EQ(badModel.exitCode(), 2);
    EXPECT_EQ(server.requestCount(), 0);
}

TEST_F(AskCommand, NoModel_asksTheCheapestCatalogModelOfAProviderWithAKey)
{
    server.setHandler([](const RecordedRequest&) -> std::optional<FakeResponse> {
        return FakeJudge::responsesReply(kQuestions, 1000, 50);
    });
    auto catalog = ModelCatalog::loadDefault();
    ASSERT_TRUE(catalog);
    const auto cheapest = AskFirst::cheapestModel(*catalog, {QStringLiteral("openai")}, 0); // only its key is set
    ASSERT_TRUE(cheapest);
    CliProcess p(data, keys);
    p.start({QStringLiteral("ask"), packPath, QStringLiteral("--base-url"),
             QStringLiteral("openai=") + server.baseUrl(QStringLiteral("/v1")), QStringLiteral("--json")});
    ASSERT_TRUE(p.waitForExit());
    ASSERT_EQ(p.exitCode(), 0) << p.err().toStdString();
    EXPECT_TRUE(p.err().contains(QStringLiteral("no --model given: using ") + cheapest->key())) << p.err().toStdString();
    ASSERT_EQ(server.requestCount(), 1);
    EXPECT_EQ(server.lastRequest().json().value(QStringLiteral("model")).toString(), cheapest->id);
    EXPECT_EQ(QJsonDocument::fromJson(p.out()).object().value(QStringLiteral("model")).toString(), cheapest->key());
    // The ask and its cost are in the history.
    ASSERT_FALSE(p.historyPath().isEmpty());
    auto db = Database::open(p.historyPath());
    ASSERT_TRUE(db);
    const auto asks = AskStore(**db).all();
    ASSERT_TRUE(asks);
    ASSERT_EQ(asks->size(), 1);
    EXPECT_EQ(asks->first().provider, QStringLiteral("openai"));
    EXPECT_EQ(asks->first().model, cheapest->id);
    EXPECT_EQ(asks->first().questions, 2);
    EXPECT_EQ(asks->first().packPath, QFileInfo(packPath).absoluteFilePath());
    EXPECT_EQ(asks->first().costUsd.has_value(), cheapest->pricing.base.known());
    EXPECT_EQ(asks->first().usage.value(QStringLiteral("input_tokens")).toInt(), 1000)
        << QJsonDocument(asks->first().usage).toJson().toStdString();
}

// Ask first's instructions to the model are the same whatever the interface language (a model's
// request must not vary with who runs it), and ask for the questions in the pack's language.
TEST(AskFirstLanguage, instructionsDoNotFollowTheInterfaceLanguageButAskForThePacksLanguage)
{
    const QString english = AskFirst::instructions(3);
    QTranslator korean;
    ASSERT_TRUE(korean.load(QStringLiteral(":/i18n/contextbench_ko.qm")));
    QCoreApplication::installTranslator(&korean);
    const QString underKorean = AskFirst::instructions(3);
    const QString koreanNote = QCoreApplication::translate("Cb::Core::ClarificationNote", "Clarifications");
    QCoreApplication::removeTranslator(&korean);
    EXPECT_NE(koreanNote, QStringLiteral("Clarifications")); // the translator is really in effect
    EXPECT_EQ(underKorean, english);
    EXPECT_TRUE(english.contains(QStringLiteral("at most 3 clarifying questions")));
    EXPECT_TRUE(english.contains(QStringLiteral("in the language of the goal")));
}
