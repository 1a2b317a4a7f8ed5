#include "tsfilecheck.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include "cb_test_paths.h"

using Cb::Test::TsFile;
using Cb::Test::TsFileCheck;

// The shipped translations (resources/translations/*.ts) are complete and faithful to their
// sources, and the checker that says so catches each kind of defect on small made-up files.
namespace {

const QString kTsDir = QStringLiteral(CB_SOURCE_DIR "/resources/translations/");

QByteArray ts(const char* language, const QString& messages)
{
    return (QStringLiteral(
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n<TS version=\"2.1\" "
                "language=\"%1\">\n<context>\n    <name>Cb::Ui::Demo</name>\n%2</context>\n</TS>\n")
                .arg(QLatin1String(language), messages))
        .toUtf8();
}

QString message(const QString& source, const QString& translation, const char* type = nullptr)
{
    return QStringLiteral("<message><source>%1</source><translation%2>%3</translation></message>\n")
        .arg(source, type ? QStringLiteral(" type=\"%1\"").arg(QLatin1String(type)) : QString(),
             translation);
}

QString numerus(const QString& source, const QStringList& forms)
{
    QString body;
    for (const QString& f : forms)
        body += QStringLiteral("<numerusform>%1</numerusform>").arg(f);
    return QStringLiteral(
               "<message "
               "numerus=\"yes\"><source>%1</source><translation>%2</translation></message>\n")
        .arg(source, body);
}

std::string lines(const QStringList& problems)
{
    return problems.join(QLatin1Char('\n')).toStdString();
}

QStringList problemsOf(const QByteArray& xml)
{
    return TsFileCheck::problems(TsFileCheck::parse(xml));
}

// What tells two messages apart for lupdate: context, source, comment and whether it counts.
QSet<QString> keys(const TsFile& file)
{
    QSet<QString> out;
    for (const auto& m : file.messages)
        out << m.context + QLatin1Char('\x1f') + m.source + QLatin1Char('\x1f') + m.comment +
                   (m.numerus ? QLatin1String(" [%n]") : QLatin1String(""));
    return out;
}

QStringList sorted(const QSet<QString>& set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    list.replaceInStrings(QStringLiteral("\x1f"), QStringLiteral(" | "));
    return list;
}

} // namespace

TEST(TsFileCheck_problems, faithfulTranslations_reportNothing)
{
    const QString body =
        message(QStringLiteral("&lt;b&gt;%1&lt;/b&gt; of %2&amp;nbsp;\nSave &amp;As…"),
                QStringLiteral("&lt;b&gt;%1&lt;/b&gt;/%2&amp;nbsp;\n다른 이름으로 저장(&amp;A)…")) +
        numerus(QStringLiteral("%n item(s)"), {QStringLiteral("항목 %n개")});
    EXPECT_EQ(problemsOf(ts("ko_KR", body)), QStringList()) << lines(problemsOf(ts("ko_KR", body)));
}

TEST(TsFileCheck_problems, unfinishedOrEmptyTranslation_isReported)
{
    const QStringList p = problemsOf(
        ts("ko_KR", message(QStringLiteral("Open"), QString(), "unfinished") +
                        message(QStringLiteral("Save"), QStringLiteral("  ")) +
                        message(QStringLiteral("Old"), QStringLiteral("옛"), "vanished")));
    ASSERT_EQ(p.size(), 3) << lines(p);
    EXPECT_TRUE(p[0].contains(QLatin1String("«Open»: unfinished")));
    EXPECT_TRUE(p[1].contains(QLatin1String("«Save»: empty translation")));
    EXPECT_TRUE(p[2].contains(QLatin1String("stale entry (vanished)")));
}

TEST(TsFileCheck_problems, droppedOrAddedPlaceholder_isReported)
{
    const QStringList p = problemsOf(
        ts("ko_KR", message(QStringLiteral("%1 of %2"), QStringLiteral("%1개")) +
                        message(QStringLiteral("Saved"), QStringLiteral("%1 저장함")) +
                        message(QStringLiteral("page %v of %m"), QStringLiteral("%v쪽"))));
    ASSERT_EQ(p.size(), 3) << lines(p);
    EXPECT_TRUE(p[0].contains(QLatin1String("[%1 %2] in the source but [%1]")));
    EXPECT_TRUE(p[1].contains(QLatin1String("[] in the source but [%1]")));
    EXPECT_TRUE(p[2].contains(QLatin1String("[%m %v] in the source but [%v]")));
    // Reordering for Korean word order and a percent sign in prose are fine.
    EXPECT_EQ(problemsOf(ts("ko_KR", message(QStringLiteral("%1 of %2 (95% CI)"),
                                             QStringLiteral("%2 중 %1 (95% 신뢰구간)")))),
              QStringList());
}

TEST(TsFileCheck_problems, changedHtmlTagEntityBreakOrAccelerator_isReported)
{
    const QStringList p = problemsOf(
        ts("ko_KR",
           message(QStringLiteral("&lt;b&gt;Ranking.&lt;/b&gt; Go"), QStringLiteral("순위. 시작")) +
               message(QStringLiteral("&lt;a href=\"refresh\"&gt;Refresh&lt;/a&gt;"),
                       QStringLiteral("&lt;a href=\"reload\"&gt;새로 고침&lt;/a&gt;")) +
               message(QStringLiteral("A&amp;nbsp;B"), QStringLiteral("A B")) +
               message(QStringLiteral("One\n\nTwo"), QStringLiteral("하나 둘")) +
               message(QStringLiteral("&amp;File"), QStringLiteral("파일(&amp;P)"))));
    ASSERT_EQ(p.size(), 5) << lines(p);
    EXPECT_TRUE(p[0].contains(QLatin1String("HTML tags")));
    EXPECT_TRUE(p[1].contains(QLatin1String("<a href=\"reload\">")));
    EXPECT_TRUE(p[2].contains(QLatin1String("[&nbsp;] in the source but []")));
    EXPECT_TRUE(p[3].contains(QLatin1String("2 line breaks in the source but 0")));
    EXPECT_TRUE(p[4].contains(QLatin1String("accelerator &f in the source but &p")));
}

TEST(TsFileCheck_problems, numerusWithoutItsForms_isReported)
{
    const QString source = QStringLiteral("%n file(s)");
    const QStringList en = problemsOf(ts("en_US", numerus(source, {QStringLiteral("%n file")})));
    ASSERT_EQ(en.size(), 1) << lines(en);
    EXPECT_TRUE(en[0].contains(QLatin1String("1 plural form(s), the language needs 2")));

    const QStringList empty =
        problemsOf(ts("en_US", numerus(source, {QStringLiteral("%n file"), QString()})));
    ASSERT_EQ(empty.size(), 2) << lines(empty); // empty, and so without its %n
    EXPECT_TRUE(empty[0].contains(QLatin1String("plural form 2 is empty")));

    const QStringList noCount = problemsOf(ts("ko_KR", numerus(source, {QStringLiteral("파일")})));
    ASSERT_EQ(noCount.size(), 1) << lines(noCount);
    EXPECT_TRUE(noCount[0].contains(QLatin1String("plural form 1: placeholders [%n]")));

    EXPECT_EQ(problemsOf(ts("en_US", numerus(source, {QStringLiteral("%n file"),
                                                      QStringLiteral("%n files")}))),
              QStringList());
}

TEST(TsFileCheck_problems, unreadableFileOrUnknownLanguage_isReported)
{
    EXPECT_TRUE(problemsOf("<TS><context><name>X</name><message>")
                    .value(0)
                    .startsWith(QLatin1String("XML error at line")));
    EXPECT_TRUE(problemsOf("<html/>").value(0).contains(QLatin1String("no <TS> root")));
    EXPECT_TRUE(
        problemsOf(ts("xx_YY", QString())).value(0).contains(QLatin1String("no plural rule")));
    EXPECT_TRUE(TsFileCheck::read(kTsDir + QStringLiteral("missing.ts"))
                    .error.startsWith(QLatin1String("cannot read")));
}

TEST(Translations_koreanFile, everyMessage_translatedWithItsPlaceholdersAndTags)
{
    const TsFile file = TsFileCheck::read(kTsDir + QStringLiteral("contextbench_ko.ts"));
    ASSERT_TRUE(file.error.isEmpty()) << file.error.toStdString();
    EXPECT_GT(file.messages.size(), 700);
    const QStringList p = TsFileCheck::problems(file);
    EXPECT_TRUE(p.isEmpty()) << p.size() << " problem(s):\n" << lines(p);
}

TEST(Translations_englishFile, everyNumerusMessage_hasSingularAndPlural)
{
    const TsFile file = TsFileCheck::read(kTsDir + QStringLiteral("contextbench_en.ts"));
    ASSERT_TRUE(file.error.isEmpty()) << file.error.toStdString();
    EXPECT_GT(file.messages.size(), 20);
    for (const auto& m : file.messages)
        EXPECT_TRUE(m.numerus) << "English is the source language, so only plurals belong here: "
                               << m.source.toStdString();
    const QStringList p = TsFileCheck::problems(file);
    EXPECT_TRUE(p.isEmpty()) << p.size() << " problem(s):\n" << lines(p);
}

TEST(Translations_tsFiles, lupdateOnTheSources_findsNothingMissingOrStale)
{
    // The same lupdate run as packaging/update-translations.sh, on copies: a tr() string added to
    // the code without refreshing the .ts files (or one removed) fails here.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    for (const char* name : {"contextbench_ko.ts", "contextbench_en.ts"}) {
        const QString file = QLatin1String(name);
        const QString copy = dir.filePath(file);
        ASSERT_TRUE(QFile::copy(kTsDir + file, copy));
        QStringList args{QStringLiteral("-silent"),     QStringLiteral("-no-obsolete"),
                         QStringLiteral("-locations"),  QStringLiteral("none"),
                         QStringLiteral("-extensions"), QStringLiteral("cpp,h"),
                         QStringLiteral("-I"),          QStringLiteral("."),
                         QStringLiteral("-I"),          QStringLiteral("src")};
        if (file.endsWith(QLatin1String("_en.ts")))
            args << QStringLiteral("-pluralonly");
        args << QStringLiteral("src") << QStringLiteral("ui") << QStringLiteral("app")
             << QStringLiteral("-ts") << copy;
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(CB_SOURCE_DIR));
        lupdate.start(QStringLiteral(CB_LUPDATE), args);
        ASSERT_TRUE(lupdate.waitForFinished(120000)) << lupdate.errorString().toStdString();
        ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();

        const QSet<QString> shipped = keys(TsFileCheck::read(kTsDir + file));
        const QSet<QString> current = keys(TsFileCheck::read(copy));
        EXPECT_TRUE(shipped == current)
            << file.toStdString()
            << " is out of date; run packaging/update-translations.sh and translate.\n"
            << "Missing: " << lines(sorted(current - shipped))
            << "\nStale: " << lines(sorted(shipped - current));
    }
}

TEST(Translations_translateCalls, everyExplicitContext_isOneTheTsFileHas)
{
    // QCoreApplication::translate("Context", …) finds nothing when "Context" is not the name
    // lupdate gave the strings (it names them after the enclosing class or namespace).
    QSet<QString> contexts;
    for (const auto& m : TsFileCheck::read(kTsDir + QStringLiteral("contextbench_ko.ts")).messages)
        contexts << m.context;
    static const QRegularExpression call(QStringLiteral(
        "(?:QCoreApplication::translate|QT_TRANSLATE_NOOP[0-9]?)\\(\\s*\"([^\"]+)\""));
    int calls = 0;
    for (const char* top : {"src", "ui", "app"}) {
        QDirIterator it(QStringLiteral(CB_SOURCE_DIR "/") + QLatin1String(top),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << f.fileName().toStdString();
            const QString text = QString::fromUtf8(f.readAll());
            for (auto m = call.globalMatch(text); m.hasNext();) {
                const QString context = m.next().captured(1);
                ++calls;
                EXPECT_TRUE(contexts.contains(context))
                    << f.fileName().toStdString() << " translates in \"" << context.toStdString()
                    << "\", a context the .ts file does not have";
            }
        }
    }
    EXPECT_GE(calls, 1); // replyoutcome.h has one: the scan does find calls
}
