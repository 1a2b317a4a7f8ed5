#include "ui/common/serialrasterfills.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#include <dlfcn.h>

// Qt 6.4 has no switch for this. Its raster engine splits a fill only when the calling thread is
// not one of the pool's own (QThreadPool::contains), so this executable answers that question
// itself for the GUI thread and asks Qt's implementation for every other thread. Later Qt
// versions give the fills a pool of their own with the QT_NO_GUI_THREADPOOL switch, set below.
#if QT_VERSION < QT_VERSION_CHECK(6, 7, 0)
bool QThreadPool::contains(const QThread* thread) const
{
    const QCoreApplication* app = QCoreApplication::instance();
    if (app && thread == app->thread())
        return true;
    using Contains = bool (*)(const QThreadPool*, const QThread*);
    static const auto qtContains =
        reinterpret_cast<Contains>(dlsym(RTLD_NEXT, "_ZNK11QThreadPool8containsEPK7QThread"));
    return qtContains && qtContains(this, thread);
}
#endif

namespace Cb::Ui {

void keepRasterFillsOnTheGuiThread()
{
    if (qEnvironmentVariableIsEmpty("QT_NO_GUI_THREADPOOL"))
        qputenv("QT_NO_GUI_THREADPOOL", "1");
}

} // namespace Cb::Ui
