#include "core/pack/packfile.h"
#include "core/tokenize/tokenizerregistry.h"
#include "support/clilanguage.h"
#include "support/tempworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

#include <memory>
#include "cb_test_paths.h"

using Cb::Test::TempWorkspace;

namespace {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

// The real binary with no display at all, as a script on a server would run it.
CliRun pack(const QStringList& args, const QByteArray& stdinBytes = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    // The tests read English messages: no saved interface language, an English locale.
    static const Cb::Test::TempWorkspace noSettings;
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), noSettings.path());
    Cb::Test::setCliLanguage(env);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CB_APP_BINARY), QStringList{QStringLiteral("pack")} + args);
    if (!stdinBytes.isEmpty())
        p.write(stdinBytes);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// The expected count, from the tokenizer the binary uses, over the note's exact text.
qint64 tokensOf(const QString& text, Cb::Core::Encoding encoding = Cb::Core::Encoding::O200kBase)
{
    auto tokenizer = Cb::Core::TokenizerRegistry::shared().tokenizer(encoding);
    EXPECT_TRUE(tokenizer);
    return tokenizer ? qint64((*tokenizer)->count(text)) : -1;
}

QString writePdf(const TempWorkspace& ws, const QString& name, const QString& text)
{
    const QString path = ws.filePath(name);
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    painter.drawText(QRect(200, 200, 8000, 2000), text);
    painter.end();
    return path;
}

} // namespace

TEST(PackCommand_newNoteList, createsAPackAndListsItsItems)
{
    TempWorkspace ws;
    const QString file = ws.filePath(QStringLiteral("plan.ctxpack"));
    CliRun r =
        pack({QStringLiteral("new"), file, QStringLiteral("--title"), QStringLiteral("Q3 plan")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(pack({QStringLiteral("new"), file}).code, 1); // never overwrites

    r = pack({QStringLiteral("note"), file, QStringLiteral("--title"), QStringLiteral("Budget"),
              QStringLiteral("--text"), QStringLiteral("Capped at 40k.")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    r = pack({QStringLiteral("note"), file, QStringLiteral("--title"), QStringLiteral("From stdin"),
              QStringLiteral("--file"), QStringLiteral("-"), QStringLiteral("--section"),
              QStringLiteral("Goals")},
             "Launch by May — ünïcode ✓");
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(
        pack({QStringLiteral("note"), file, QStringLiteral("--title"), QStringLiteral("x")}).code,
        2);

    r = pack({QStringLiteral("list"), file});
    ASSERT_EQ(r.code, 0);
    const QString unicodeNote = QStringLiteral("Launch by May — ünïcode ✓");
    const QString budgetNote = QStringLiteral("Capped at 40k.");
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines[0], QStringLiteral("section\ttitle\tenabled\tformat\tbytes\ttokens"));
    EXPECT_EQ(lines[1], QStringLiteral("Goals\tFrom stdin\tyes\tnote\t%1\t%2")
                            .arg(unicodeNote.toUtf8().size())
                            .arg(tokensOf(unicodeNote)));
    EXPECT_EQ(lines[2], QStringLiteral("Notes\tBudget\tyes\tnote\t14\t%1").arg(tokensOf(budgetNote)));
    // Real counts: more than zero and fewer than the bytes for English text.
    EXPECT_GT(tokensOf(budgetNote), 2);
    EXPECT_LT(tokensOf(budgetNote), 14);

    r = pack({QStringLiteral("list"), file, QStringLiteral("--json")});
    ASSERT_EQ(r.code, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(root.value(QStringLiteral("title")).toString(), QStringLiteral("Q3 plan"));
    EXPECT_EQ(root.value(QStringLiteral("encoding")).toString(), QStringLiteral("o200k_base"));
    const QJsonArray items = root.value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items[1].toObject().value(QStringLiteral("tokens")).toInteger(), tokensOf(budgetNote));
    EXPECT_EQ(items[1].toObject().value(QStringLiteral("bytes")).toInt(), 14);
    EXPECT_EQ(items[1].toObject().value(QStringLiteral("section")).toString(),
              QStringLiteral("Notes"));

    // The other encoding counts with its own vocabulary.
    r = pack({QStringLiteral("list"), file, QStringLiteral("--json"), QStringLiteral("--encoding"),
              QStringLiteral("cl100k_base")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray cl100k =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("items")).toArray();
    ASSERT_EQ(cl100k.size(), 2);
    EXPECT_EQ(cl100k[0].toObject().value(QStringLiteral("tokens")).toInteger(),
              tokensOf(unicodeNote, Cb::Core::Encoding::Cl100kBase));
    EXPECT_EQ(pack({QStringLiteral("list"), file, QStringLiteral("--encoding"), QStringLiteral("p50k")}).code,
              2);
}

TEST(PackCommand_listHelp, explainsWhatTheTokensCount)
{
    const CliRun r = pack({QStringLiteral("list"), QStringLiteral("--help")});
    ASSERT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("--encoding"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("text snapshot"))) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("until token counting"))) << r.out.toStdString();
}

TEST(PackCommand_add, importsFilesAndFoldersAndReportsBadOnesWithExit3)
{
    TempWorkspace ws;
    const QString file = ws.filePath(QStringLiteral("p.ctxpack"));
    ASSERT_EQ(pack({QStringLiteral("new"), file}).code, 0);
    ws.write(QStringLiteral("src/main.py"), "print('hi')\n");
    ws.write(QStringLiteral("src/package-lock.json"), "{}\n");
    ws.write(QStringLiteral("call.srt"), "1\n00:00:01,000 --> 00:00:02,000\nAna: hello\n");
    const QString pdf = writePdf(ws, QStringLiteral("brief.pdf"), QStringLiteral("Launch brief"));
    const QString bad = ws.write(QStringLiteral("broken.pdf"), "%PDF-1.4 this is not really a pdf");

    CliRun r = pack({QStringLiteral("add"), file, ws.filePath(QStringLiteral("src")),
                  ws.filePath(QStringLiteral("call.srt")), pdf, bad,
                  ws.filePath(QStringLiteral("missing.md"))});
    EXPECT_EQ(r.code, 3) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("failed: ") + bad)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("missing.md: no such file")));
    EXPECT_TRUE(r.err.contains(QStringLiteral("skipped: ")) &&
                r.err.contains(QStringLiteral("package-lock.json")));

    auto loaded = Cb::Core::PackFile::load(file);
    ASSERT_TRUE(loaded) << loaded.error().message.toStdString();
    const auto itemsIn = [&](const char* section) {
        QStringList out;
        const int s = loaded->sectionIndex(QString::fromLatin1(section));
        for (const auto& i : loaded->sections.value(s).items)
            out.append(i.title);
        return out;
    };
    EXPECT_EQ(itemsIn("Code"), QStringList{QStringLiteral("main.py")});
    EXPECT_EQ(itemsIn("Meetings"), QStringList{QStringLiteral("call.srt")});
    EXPECT_EQ(itemsIn("Documents"), QStringList{QStringLiteral("brief.pdf")});
    const auto* brief = loaded->item(
        loaded->sections[loaded->sectionIndex(QStringLiteral("Documents"))].items[0].id);
    EXPECT_TRUE(brief->text.contains(QStringLiteral("Launch brief")));
    EXPECT_FALSE(brief->sourceSha256.isEmpty());

    // --section puts everything in one place; all good means exit 0.
    r = pack({QStringLiteral("add"), file, ws.filePath(QStringLiteral("call.srt")),
              QStringLiteral("--section"), QStringLiteral("Inbox")});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(Cb::Core::PackFile::load(file)->sections.last().name, QStringLiteral("Inbox"));
}

TEST(PackCommand_add, saysWhatAnImportRepairedOrLeftOut)
{
    TempWorkspace ws;
    const QString file = ws.filePath(QStringLiteral("p.ctxpack"));
    ASSERT_EQ(pack({QStringLiteral("new"), file}).code, 0);
    const QString memo = ws.write(QStringLiteral("memo.md"), "Caf\xe9 budget: 40k\n");

    const CliRun r = pack({QStringLiteral("add"), file, memo});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("note: ") + memo + QStringLiteral(": ")) &&
                r.err.contains(QStringLiteral("U+FFFD")))
        << r.err.toStdString();
}

TEST(PackCommand_badPack, isReportedAndLeftUntouched)
{
    TempWorkspace ws;
    const QByteArray newer =
        "{\"format\": \"contextbench.pack\", \"schema_version\": 7, \"sections\": []}";
    const QString file = ws.write(QStringLiteral("newer.ctxpack"), newer);
    const QString note = ws.write(QStringLiteral("n.md"), "x");
    for (const QStringList& args :
         {QStringList{QStringLiteral("add"), file, note},
          QStringList{QStringLiteral("note"), file, QStringLiteral("--title"), QStringLiteral("t"),
                      QStringLiteral("--text"), QStringLiteral("x")},
          QStringList{QStringLiteral("list"), file}}) {
        const CliRun r = pack(args);
        EXPECT_EQ(r.code, 1);
        EXPECT_TRUE(r.err.contains(QStringLiteral("newer ContextBench"))) << r.err.toStdString();
    }
    EXPECT_EQ(TempWorkspace::read(file), newer);
    EXPECT_EQ(pack({QStringLiteral("frobnicate")}).code, 2);
}
