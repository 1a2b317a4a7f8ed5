#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include "cb_test_paths.h"
#include <gtest/gtest.h>

// Errors made in src/core and src/formats reach the user (window, command line) and speak the
// interface language (issue 16). This guard fails when a new error is built straight from an
// English literal instead of through QCoreApplication::translate: the direct shapes
// fail(ErrorCode::X, QStringLiteral("Text…")), Error(ErrorCode::X, QStringLiteral("Text…")),
// {ErrorCode::X, QStringLiteral("Text…")} and sqlError(QStringLiteral("text…"), …).
// It does not see a message assembled elsewhere and passed in as a variable; review catches those.
namespace {

// Files whose error texts go to the MODEL, not to the user: the pack search tool's results.
const QSet<QString> kModelFacing = {QStringLiteral("src/core/harness/packsearchindex.cpp")};

QStringList englishErrorLiterals(const QString& root, const QString& relativeDir)
{
    static const QRegularExpression direct(QStringLiteral(
        R"((?:\bfail|\bError|\bsqlError)\(\s*(?:ErrorCode::\w+,\s*)?QStringLiteral\("[A-Za-z])"));
    static const QRegularExpression braced(
        QStringLiteral(R"(\{\s*ErrorCode::\w+,\s*QStringLiteral\("[A-Za-z])"));
    QStringList found;
    QDirIterator it(root + QLatin1Char('/') + relativeDir, {QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = path.mid(root.size() + 1);
        if (kModelFacing.contains(relative))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {QStringLiteral("cannot read ") + path};
        const QString text = QString::fromUtf8(file.readAll());
        for (const QRegularExpression* re : {&direct, &braced}) {
            auto matches = re->globalMatch(text);
            while (matches.hasNext()) {
                const auto m = matches.next();
                const int line = int(text.left(m.capturedStart()).count(QLatin1Char('\n'))) + 1;
                found << QStringLiteral("%1:%2: %3")
                             .arg(relative)
                             .arg(line)
                             .arg(text.mid(m.capturedStart(), 90));
            }
        }
    }
    return found;
}

} // namespace

TEST(CoreErrorLanguage, noErrorInCoreOrFormatsIsBuiltFromAnUntranslatedEnglishLiteral)
{
    const QString root = QStringLiteral(CB_SOURCE_DIR);
    const QStringList found = englishErrorLiterals(root, QStringLiteral("src/core")) +
                              englishErrorLiterals(root, QStringLiteral("src/formats"));
    EXPECT_TRUE(found.isEmpty())
        << "wrap these in QCoreApplication::translate(\"Cb::Core::<Class>\", …):\n"
        << found.join(QLatin1Char('\n')).toStdString();
}

// The guard itself sees each shape it claims to, and lets translated errors and the
// model-facing file through.
TEST(CoreErrorLanguage, guardSeesEveryShape_andSkipsTranslatedAndModelFacingFiles)
{
    const QString root = QStringLiteral(CB_TEST_DATA_DIR "/errorlanguage");
    const QStringList found = englishErrorLiterals(root, QStringLiteral("src"));
    ASSERT_EQ(found.size(), 4) << found.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(found.at(0).startsWith(QStringLiteral("src/shapes.cpp:")));
    for (const char* text : {"Cannot do a thing", "The run is gone", "no network", "cannot open"})
        EXPECT_EQ(found.filter(QLatin1String(text)).size(), 1) << text;
}
