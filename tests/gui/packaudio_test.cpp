// Voice memos dropped on the pack panel of the real window: transcribed through a fake OpenAI
// server on 127.0.0.1 and added to the Memos section; an oversized memo gets a clear message.
#include "core/pack/packdocument.h"
#include "core/secrets/secretstore.h"
#include "core/settings/memorysettingsstore.h"
#include "core/settings/settings.h"
#include "gui/screenshots.h"
#include "support/audiosamples.h"
#include "support/fakehttpserver.h"
#include "support/tempworkspace.h"
#include "ui/mainwindow.h"
#include "ui/pack/importstatuswidget.h"
#include "ui/pack/packimporter.h"
#include "ui/pack/packpanel.h"
#include "ui/services.h"

#include <QApplication>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Cb;
using Cb::Test::AudioSamples::tinyWav;

namespace {

// The window over in-memory settings that point OpenAI at the fake server, with a key from the
// (fake) environment.
struct MemoWindow
{
    Cb::Test::FakeHttpServer server;
    Core::MemorySettingsStore store;
    Core::Settings settings{store};
    Core::SecretStore secrets{nullptr, [](const QString& name) {
                                  return name == QLatin1String("OPENAI_API_KEY")
                                             ? QStringLiteral("sk-gui-memo")
                                             : QString();
                              }};
    QNetworkAccessManager network;
    Ui::Services services{&settings, &secrets, &network, nullptr};
    std::unique_ptr<Ui::MainWindow> window;

    MemoWindow()
    {
        network.setProxy(QNetworkProxy::NoProxy);
        settings.set(Core::Keys::OpenAiBaseUrl, server.baseUrl(QStringLiteral("/v1")));
        settings.set(Core::Keys::TranscriptionModel, QStringLiteral("whisper-1"));
        server.route("POST", QStringLiteral("/v1/audio/transcriptions"),
                     Cb::Test::FakeResponse::json(
                         200, Cb::Test::AudioSamples::transcriptionReply(QStringLiteral(
                                  "Memo: call the venue and confirm forty seats."))));
        window = std::make_unique<Ui::MainWindow>(services);
        window->resize(1400, 850);
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    Ui::PackPanel* panel() const { return window->packPanel(); }

    void drop(const QStringList& paths) const
    {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString& p : paths)
            urls.append(QUrl::fromLocalFile(p));
        mime.setUrls(urls);
        QWidget* viewport = panel()->treeView()->viewport();
        const QPoint at(viewport->width() / 2, viewport->height() - 5);
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        QDropEvent dropEvent(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &dropEvent);
    }
};

const Core::PackItem* onlyItemIn(const Core::Pack& pack, const QString& section)
{
    const int s = pack.sectionIndex(section);
    if (s < 0 || pack.sections[s].items.size() != 1)
        return nullptr;
    return &pack.sections[s].items.first();
}

} // namespace

TEST(PackPanel_dropAudioMemo, isTranscribedIntoTheMemosSection)
{
    Cb::Test::TempWorkspace ws;
    const QString memo = ws.write(QStringLiteral("venue memo.wav"), tinyWav(250));
    const QString notes = ws.write(QStringLiteral("agenda.md"), "# Agenda\nVenue, catering.\n");
    MemoWindow f;
    QSignalSpy done(f.panel()->importer(), &Ui::PackImporter::importFinished);
    f.drop({memo, notes});
    ASSERT_TRUE(done.wait(20000));
    EXPECT_EQ(done.first().at(0).toInt(), 2);
    EXPECT_EQ(done.first().at(1).toInt(), 0);

    const Core::Pack& pack = f.window->document()->pack();
    const Core::PackItem* item = onlyItemIn(pack, QStringLiteral("Memos"));
    ASSERT_NE(item, nullptr);
    EXPECT_EQ(item->title, QStringLiteral("venue memo.wav"));
    EXPECT_EQ(item->text, QStringLiteral("Memo: call the venue and confirm forty seats."));
    EXPECT_EQ(QFileInfo(item->sourcePath), QFileInfo(memo));
    EXPECT_FALSE(item->sourceSha256.isEmpty());
    EXPECT_NE(onlyItemIn(pack, QStringLiteral("Documents")), nullptr);

    // The upload carried the model from Settings and the key from the environment.
    ASSERT_EQ(f.server.requestCount(), 1);
    const Cb::Test::RecordedRequest request = f.server.lastRequest();
    EXPECT_TRUE(request.body.contains("name=\"model\"\r\n\r\nwhisper-1\r\n"));
    EXPECT_TRUE(request.body.contains("filename=\"venue memo.wav\"\r\nContent-Type: audio/wav"));
    EXPECT_EQ(request.header("authorization"), QByteArray("Bearer sk-gui-memo"));

    // Visible in the tree under Memos, and the import is one undo step.
    const QModelIndexList hits = f.panel()->treeView()->model()->match(
        f.panel()->treeView()->model()->index(0, 0), Qt::DisplayRole,
        QStringLiteral("venue memo.wav"), 1, Qt::MatchRecursive | Qt::MatchContains);
    ASSERT_EQ(hits.size(), 1);
    EXPECT_TRUE(
        hits.first().parent().data(Qt::DisplayRole).toString().contains(QStringLiteral("Memos")));
    f.panel()->treeView()->setCurrentIndex(hits.first());
    QApplication::processEvents();
    Cb::Test::saveScreenshot(f.window.get(), QStringLiteral("pack-audio-memo"));
    f.panel()->undoStack()->undo();
    EXPECT_EQ(onlyItemIn(f.window->document()->pack(), QStringLiteral("Memos")), nullptr);
}

TEST(PackPanel_dropOversizedMemo, getsAClearMessageAndNothingIsUploaded)
{
    Cb::Test::TempWorkspace ws;
    const QString big = ws.filePath(QStringLiteral("board meeting.m4a"));
    ASSERT_TRUE(Cb::Test::AudioSamples::writeSparse(big, 26LL * 1024 * 1024));
    const QString notes = ws.write(QStringLiteral("notes.txt"), "Still imported.\n");
    MemoWindow f;
    QSignalSpy done(f.panel()->importer(), &Ui::PackImporter::importFinished);
    f.drop({big, notes});
    ASSERT_TRUE(done.wait(20000));
    EXPECT_EQ(done.first().at(0).toInt(), 1);
    EXPECT_EQ(done.first().at(1).toInt(), 1);
    EXPECT_EQ(f.server.requestCount(), 0);

    QTreeWidget* issues = f.panel()->importStatus()->issueList();
    ASSERT_EQ(issues->topLevelItemCount(), 1);
    EXPECT_EQ(issues->topLevelItem(0)->text(0), QStringLiteral("board meeting.m4a"));
    EXPECT_TRUE(issues->topLevelItem(0)->text(1).contains(QStringLiteral("25 MB")));
    EXPECT_TRUE(issues->isVisible()); // failures open the details by themselves
    EXPECT_NE(onlyItemIn(f.window->document()->pack(), QStringLiteral("Documents")), nullptr);
    Cb::Test::saveScreenshot(f.window.get(), QStringLiteral("pack-audio-too-large"));
}

TEST(PackPanel_dropMemoWithoutKey, saysWhereToSetTheKey)
{
    Cb::Test::TempWorkspace ws;
    const QString memo = ws.write(QStringLiteral("memo.wav"), tinyWav());
    Core::MemorySettingsStore store;
    Core::Settings settings{store};
    Core::SecretStore secrets{nullptr, [](const QString&) { return QString(); }};
    QNetworkAccessManager network;
    Ui::Services services{&settings, &secrets, &network, nullptr};
    Ui::MainWindow window(services);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QSignalSpy done(window.packPanel()->importer(), &Ui::PackImporter::importFinished);
    window.packPanel()->importPaths({memo});
    ASSERT_TRUE(done.wait(20000));
    EXPECT_EQ(done.first().at(0).toInt(), 0);
    QTreeWidget* issues = window.packPanel()->importStatus()->issueList();
    ASSERT_EQ(issues->topLevelItemCount(), 1);
    const QString why = issues->topLevelItem(0)->text(1);
    EXPECT_TRUE(why.contains(QStringLiteral("OPENAI_API_KEY"))) << why.toStdString();
    EXPECT_TRUE(why.contains(QStringLiteral("Settings"))) << why.toStdString();
}
