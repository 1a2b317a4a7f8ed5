// `contextbench count` and `contextbench models`, run as the real binary on files the test writes.
#include "core/models/modelcatalog.h"
#include "core/pack/packfile.h"
#include "core/prompt/promptassembler.h"
#include "core/prompt/templatelibrary.h"
#include "core/tokenize/tokenizerregistry.h"
#include "support/clirun.h"
#include "support/goldenpack.h"
#include "support/tempworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>
#include "cb_test_paths.h"

using namespace Cb::Core;
using Cb::Test::CliRun;
using Cb::Test::TempWorkspace;

namespace {

class CountCommand : public ::testing::Test
{
protected:
    CliRun run(const QStringList& args) const
    {
        return CliRun::run(args, m_ws.filePath(QStringLiteral("data")));
    }

    static qint64 tokens(Encoding encoding, const QByteArray& utf8)
    {
        static TokenizerRegistry registry(QStringLiteral(CB_SOURCE_DIR "/resources/tokenizers"));
        auto t = registry.tokenizer(encoding);
        EXPECT_TRUE(t);
        return t ? qint64((*t)->count(std::string_view(utf8.constData(), size_t(utf8.size()))))
                 : -1;
    }

    TempWorkspace m_ws;
};

} // namespace

TEST_F(CountCommand, textFilesAndAPack_jsonHasEachFileAndTheTotal)
{
    const QByteArray notes = "Quarterly plan: ship the importer, then the PDF export.\n";
    const QByteArray german = "Grüße aus München — 東京 ist weit weg. 1234567 zxqvwutr\n";
    const QString a = m_ws.write(QStringLiteral("notes.md"), notes);
    const QString b = m_ws.write(QStringLiteral("german.txt"), german);
    const QString pack = m_ws.filePath(QStringLiteral("golden.ctxpack"));
    ASSERT_TRUE(PackFile::save(Cb::Test::GoldenPack::pack(), pack));

    const CliRun r = run({QStringLiteral("count"), QStringLiteral("--json"), a, b, pack});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(o.value(QStringLiteral("encoding")).toString(), QStringLiteral("o200k_base"));
    const QJsonArray files = o.value(QStringLiteral("files")).toArray();
    ASSERT_EQ(files.size(), 3) << r.out.toStdString();
    EXPECT_EQ(files[0].toObject().value(QStringLiteral("path")).toString(), a);
    EXPECT_EQ(files[0].toObject().value(QStringLiteral("bytes")).toInteger(), notes.size());
    EXPECT_EQ(files[0].toObject().value(QStringLiteral("tokens")).toInteger(),
              tokens(Encoding::O200kBase, notes));
    EXPECT_EQ(files[1].toObject().value(QStringLiteral("tokens")).toInteger(),
              tokens(Encoding::O200kBase, german));

    // The pack counts as sent: both parts of its prompt with the default template.
    const AssembledPrompt prompt =
        PromptAssembler::assemble(*PackFile::load(pack), TemplateLibrary().defaultTemplate());
    const qint64 packTokens = tokens(Encoding::O200kBase, prompt.instructions.toUtf8()) +
                              tokens(Encoding::O200kBase, prompt.input.toUtf8());
    EXPECT_EQ(files[2].toObject().value(QStringLiteral("tokens")).toInteger(), packTokens);
    EXPECT_GT(packTokens, 100);

    qint64 sum = 0;
    for (const QJsonValue& f : files)
        sum += f.toObject().value(QStringLiteral("tokens")).toInteger();
    EXPECT_EQ(o.value(QStringLiteral("total")).toInteger(), sum);
}

TEST_F(CountCommand, cl100kEncoding_countsWithThatVocabulary)
{
    const QByteArray text = "Grüße aus München — 東京 ist weit weg. 1234567 zxqvwutr\n";
    const QString a = m_ws.write(QStringLiteral("a.txt"), text);
    const CliRun r = run({QStringLiteral("count"), QStringLiteral("--encoding"),
                          QStringLiteral("cl100k_base"), QStringLiteral("--json"), a});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(o.value(QStringLiteral("encoding")).toString(), QStringLiteral("cl100k_base"));
    EXPECT_EQ(o.value(QStringLiteral("total")).toInteger(), tokens(Encoding::Cl100kBase, text));
    EXPECT_NE(tokens(Encoding::Cl100kBase, text), tokens(Encoding::O200kBase, text));
}

TEST_F(CountCommand, binaryAndMissingFiles_areReportedAndTheOthersStillCounted)
{
    const QString good = m_ws.write(QStringLiteral("good.txt"), "hello world\n");
    const QString binary =
        m_ws.write(QStringLiteral("image.png"), QByteArray("\x89PNG\r\n\x1a\n\0\0", 10));
    const QString missing = m_ws.filePath(QStringLiteral("missing.txt"));
    const CliRun r = run({QStringLiteral("count"), good, binary, missing});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("image.png"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("missing.txt"))) << r.err.toStdString();
    const QString out = QString::fromUtf8(r.out);
    EXPECT_TRUE(out.contains(good)) << out.toStdString();
    EXPECT_FALSE(out.contains(binary));
    EXPECT_TRUE(out.contains(
        QStringLiteral("%1  total (o200k_base)").arg(tokens(Encoding::O200kBase, "hello world\n"))))
        << out.toStdString();
}

TEST_F(CountCommand, nothingCountable_failsAndBadEncodingIsAUsageError)
{
    const QString binary = m_ws.write(QStringLiteral("bin.dat"), QByteArray("\x80\x81\xff", 3));
    EXPECT_EQ(run({QStringLiteral("count"), binary}).exitCode, 1);
    const CliRun bad = run({QStringLiteral("count"), QStringLiteral("--encoding=p50k"), binary});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("o200k_base")));
    EXPECT_EQ(run({QStringLiteral("count")}).exitCode, 2);
}

TEST_F(CountCommand, modelsJson_isTheShippedCatalog)
{
    const CliRun r = run({QStringLiteral("models"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray models =
        QJsonDocument::fromJson(r.out).object().value(QStringLiteral("models")).toArray();
    const auto shipped = ModelCatalog::loadDefault();
    ASSERT_TRUE(shipped);
    ASSERT_EQ(models.size(), shipped->models().size());
    QStringList ids;
    for (const QJsonValue& m : models)
        ids << m.toObject().value(QStringLiteral("id")).toString();
    EXPECT_TRUE(ids.contains(QStringLiteral("o3-pro")));
    EXPECT_TRUE(ids.contains(QStringLiteral("claude-sonnet-4-5")));
}

TEST_F(CountCommand, modelsTable_marksEstimatedTokenizersAndShowsOverrides)
{
    const QString overrides =
        m_ws.write(QStringLiteral("overrides.json"),
                   R"json({"models": [{"provider": "openai-compatible", "id": "llama3.1:8b",
            "display_name": "Llama 3.1 8B (local)", "encoding": null, "context_window": 131072,
            "max_output": 8192, "pricing": {"input": 0, "output": 0},
            "capabilities": {"reasoning_efforts": []}, "typical_output_tokens": 800}]})json");
    const CliRun r = run({QStringLiteral("models"), QStringLiteral("--overrides"), overrides});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString out = QString::fromUtf8(r.out);
    const QStringList lines = out.split(QLatin1Char('\n'));
    auto line = [&](const QString& key) {
        for (const QString& l : lines)
            if (l.startsWith(key + QLatin1Char(' ')))
                return l;
        return QString();
    };
    EXPECT_TRUE(line(QStringLiteral("openai:o3")).contains(QStringLiteral("o200k_base")));
    EXPECT_TRUE(line(QStringLiteral("openai:o3")).contains(QStringLiteral("200K")));
    EXPECT_TRUE(line(QStringLiteral("anthropic:claude-sonnet-4-5")).contains(QStringLiteral("≈")));
    EXPECT_TRUE(line(QStringLiteral("openai-compatible:llama3.1:8b"))
                    .contains(QStringLiteral("Llama 3.1 8B (local)")))
        << out.toStdString();
}

TEST_F(CountCommand, utf8WithNulBytes_isCountedLikeAnyOtherByte)
{
    const QByteArray text("name\0value\nhello world\n", 23);
    const QString path = m_ws.write(QStringLiteral("nul.txt"), text);
    const CliRun r = run({QStringLiteral("count"), QStringLiteral("--json"), path});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(o.value(QStringLiteral("total")).toInteger(), tokens(Encoding::O200kBase, text));
    EXPECT_GT(o.value(QStringLiteral("total")).toInteger(), tokens(Encoding::O200kBase, "name"));
}

TEST_F(CountCommand, invalidUtf8_saysWhereAndWhyNotBinaryGuesswork)
{
    const QString path = m_ws.write(QStringLiteral("latin1.txt"), QByteArray("caf\xe9 au lait \xe0 Paris\n"));
    const CliRun r = run({QStringLiteral("count"), path});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("not valid UTF-8"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("2 invalid byte sequence(s)"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("byte offset 3"))) << r.err.toStdString();
}
