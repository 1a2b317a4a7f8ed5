#include "formats/importers/importerregistry.h"
#include "importtestfiles.h"
#include "support/connectiontrap.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>
#include "cb_test_paths.h"

using namespace Cb::Core;
using namespace Cb::Formats;

// Imported HTML is untrusted: the importer turns it into text without rendering it, so it must
// never fetch anything (remote or local) nor let script or style text through. A listening
// socket on 127.0.0.1 stands in for every remote resource and counts connection attempts; a
// local file with a marker stands in for file:// targets.
namespace {

QByteArray hostilePage(const QByteArray& base, const QByteArray& localFile)
{
    const QByteArray u = base + "/";
    return "<!DOCTYPE html><html><head>"
           "<base href=\"" +
           u +
           "\">"
           "<meta http-equiv=\"refresh\" content=\"0; url=" +
           u +
           "refresh\">"
           "<link rel=\"stylesheet\" href=\"" +
           u +
           "style.css\">"
           "<link rel=\"preload\" href=\"" +
           u +
           "preload\">"
           "<link rel=\"import\" href=\"" +
           localFile +
           "\">"
           "<style>@import url(" +
           u + "import.css); body{background:url(" + u +
           "bg.png)}</style>"
           "<script src=\"" +
           u +
           "app.js\"></script>"
           "<script>fetch('" +
           u +
           "beacon'); document.write('SCRIPTTEXT');</script>"
           "</head><body onload=\"location='" +
           u +
           "onload'\">"
           "<h1>Visible heading</h1>"
           "<img src=\"" +
           u + "pixel.gif\" srcset=\"" + u +
           "2x.gif 2x\" alt=\"chart\">"
           "<img src=\"" +
           localFile +
           "\">"
           "<iframe src=\"" +
           u + "frame\"></iframe><iframe src=\"" + localFile +
           "\"></iframe>"
           "<object data=\"" +
           u + "object\"></object><embed src=\"" + u +
           "embed\">"
           "<video src=\"" +
           u + "video\" poster=\"" + u +
           "poster\"></video>"
           "<audio><source src=\"" +
           u +
           "audio\"></audio>"
           "<svg><image href=\"" +
           u +
           "svg-image\"/><script>SVGSCRIPT</script></svg>"
           "<form action=\"" +
           u + "form\"><input type=\"image\" src=\"" + u +
           "input\"></form>"
           "<p style=\"background:url(" +
           u +
           "inline.png)\">Visible paragraph with "
           "<a href=\"" +
           u +
           "page\">a link</a>.</p>"
           "<noscript><img src=\"" +
           u +
           "noscript.gif\"></noscript>"
           "</body></html>";
}

} // namespace

TEST(HostileHtml_remoteAndLocalResources, nothingFetchedNothingExecuted)
{
    Cb::Test::ConnectionTrap trap;
    ASSERT_TRUE(trap.isListening());
    QTemporaryDir dir;
    const QString secretPath = dir.filePath(QStringLiteral("private.txt"));
    ImportTestFiles::writeFile(secretPath, "LOCAL-SECRET-MARKER");
    const QByteArray base = "http://127.0.0.1:" + QByteArray::number(trap.port());
    const QByteArray local = QUrl::fromLocalFile(secretPath).toEncoded();
    const QString page = dir.filePath(QStringLiteral("hostile.html"));
    ImportTestFiles::writeFile(page, hostilePage(base, local));

    const auto doc = ImporterRegistry().importFile(page, ImportOptions());
    ASSERT_TRUE(doc) << doc.error().message.toStdString();
    // Let any stray asynchronous fetch reach the trap before counting.
    QCoreApplication::processEvents(QEventLoop::AllEvents, 200);
    EXPECT_EQ(trap.connections(), 0);

    EXPECT_TRUE(doc->text.contains(QStringLiteral("Visible heading")));
    EXPECT_TRUE(doc->text.contains(QStringLiteral("Visible paragraph")));
    for (const char* leaked : {"LOCAL-SECRET-MARKER", "SCRIPTTEXT", "SVGSCRIPT", "fetch(",
                               "background", "@import", "onload", "<script", "<iframe"})
        EXPECT_FALSE(doc->text.contains(QString::fromLatin1(leaked))) << leaked;
    // A link survives as text (the reader sees where it points); it is never followed.
    EXPECT_TRUE(doc->text.contains(QStringLiteral("[a link](") + QString::fromLatin1(base)));
}

TEST(HostileHtml_importerCode, hasNoNetworkOrRenderingPath)
{
    // Belt and braces for the test above: the HTML importer's sources use no networking or
    // rendering class that could fetch a resource.
    const QDir src(QStringLiteral(CB_SOURCE_DIR "/src/formats/importers"));
    const QStringList files = src.entryList({QStringLiteral("html*")}, QDir::Files);
    ASSERT_GE(files.size(), 4);
    for (const QString& name : files) {
        QFile f(src.filePath(name));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QByteArray code = f.readAll();
        for (const char* banned : {"QNetworkAccessManager", "QNetworkRequest", "QTextDocument",
                                   "QTextBrowser", "QWebEngine", "QDesktopServices", "QTcpSocket"})
            EXPECT_FALSE(code.contains(banned)) << name.toStdString() << " uses " << banned;
    }
}
