#include "support/connectiontrap.h"
#include "ui/compare/markdownstreamview.h"

#include <QCoreApplication>
#include <QImage>
#include <QPixmap>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QUrl>

#include <gtest/gtest.h>

using namespace Cb;

// Model output is untrusted: the comparison view renders it without loading any resource —
// no remote image (a listening socket counts connection attempts) and no local file (a real
// PNG on disk that must not be drawn) — and never follows a link by itself.
TEST(HostileMarkdown_imagesInAnswer, noRemoteFetchAndNoLocalFileRead)
{
    Cb::Test::ConnectionTrap trap;
    ASSERT_TRUE(trap.isListening());
    QTemporaryDir dir;
    QImage picture(40, 30, QImage::Format_RGB32);
    picture.fill(Qt::red);
    const QString file = dir.filePath(QStringLiteral("private.png"));
    ASSERT_TRUE(picture.save(file));
    const QUrl local = QUrl::fromLocalFile(file);
    const QUrl remote(QStringLiteral("http://127.0.0.1:%1/pixel.png").arg(trap.port()));

    Ui::MarkdownStreamView view;
    view.resize(500, 400);
    view.show();
    view.setMarkdownText(QStringLiteral("Answer ![local](%1) and ![remote](%2).\n\n"
                                        "<img src=\"%1\"> <img src=\"%2\">\n\nThe end.\n")
                             .arg(local.toString(), remote.toString()));
    QCoreApplication::processEvents(QEventLoop::AllEvents, 300);

    EXPECT_EQ(trap.connections(), 0);
    for (const QUrl& url : {local, remote}) {
        const QVariant r = view.document()->resource(QTextDocument::ImageResource, url);
        EXPECT_TRUE(qvariant_cast<QImage>(r).isNull()) << url.toString().toStdString();
        EXPECT_TRUE(qvariant_cast<QPixmap>(r).isNull()) << url.toString().toStdString();
    }
    EXPECT_FALSE(view.loadResource(QTextDocument::StyleSheetResource, local).toByteArray().size());
}

TEST(HostileMarkdown_linkInAnswer, clickIsReportedNotFollowed)
{
    Ui::MarkdownStreamView view;
    view.setMarkdownText(QStringLiteral("See [this](file:///etc/passwd).\n"));
    EXPECT_FALSE(view.openLinks());
    EXPECT_FALSE(view.openExternalLinks());
    QSignalSpy clicked(&view, &Ui::MarkdownStreamView::linkActivated);
    Q_EMIT view.anchorClicked(QUrl(QStringLiteral("file:///etc/passwd")));
    ASSERT_EQ(clicked.count(), 1);
    EXPECT_EQ(clicked.first().first().toUrl(), QUrl(QStringLiteral("file:///etc/passwd")));
    EXPECT_TRUE(view.source().isEmpty());
    EXPECT_FALSE(view.toPlainText().contains(QStringLiteral("root:")));
}
