// The window's paints must not wait for the global thread pool: Qt 6.4 hands big raster fills
// to it and blocks until they ran, so a busy pool (an import, a PDF export) froze painting.
#include <QColor>
#include <QImage>
#include <QPainter>
#include <QSemaphore>
#include <QThreadPool>

#include <atomic>

#include <gtest/gtest.h>

TEST(SerialRasterFills, bigTranslucentFillOnTheGuiThreadRunsWhileEveryPoolThreadIsBusy)
{
    // The test main calls Ui::keepRasterFillsOnTheGuiThread() as the app's main does.
    QThreadPool* pool = QThreadPool::globalInstance();
    const int threads = pool->maxThreadCount();
    QSemaphore started;
    QSemaphore release;
    std::atomic<bool> fillDone{false};
    std::atomic<int> releasedAfterTheFill{0};
    for (int i = 0; i < threads; ++i)
        pool->start([&] {
            started.release();
            // Were the fill handed to the pool, it would queue behind this wait and the GUI
            // thread would sit in it until the wait gives up.
            if (release.tryAcquire(1, 10000) && fillDone)
                ++releasedAfterTheFill;
        });
    started.acquire(threads);

    QImage image(1200, 1200, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.fillRect(image.rect(), QColor(10, 20, 30, 128));
    painter.end();
    fillDone = true;
    release.release(threads);
    pool->waitForDone();

    EXPECT_EQ(releasedAfterTheFill.load(), threads);
    EXPECT_EQ(image.pixelColor(600, 1199), image.pixelColor(0, 0)) << "the whole image was filled";
    EXPECT_NE(image.pixelColor(0, 0), QColor(Qt::white));
}
