#pragma once

#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace Cb::Core {

// Calls `done` with the future's result on `context`'s thread once it is ready (at once, on the
// next event-loop turn, if it is ready already), unless `context` is gone first. Unlike
// QFuture::then, any number of these may wait on the same future: in Qt 6.4 a future keeps only
// its last continuation, so a second then() silently replaces the first.
template <typename T, typename Done>
void onReady(QFuture<T> future, QObject* context, Done done)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() mutable {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(std::move(future));
}

} // namespace Cb::Core
