#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace Qronos {

/// Runs \a work on the global thread pool and hands its result to \a done on \a context's thread, unless
/// \a context has been destroyed by then (the result is dropped). The GUI never waits on the database:
/// every store read and write of the console goes through this.
///
///     runAsync(this, [store] { return store->listJobs(query); },
///              [this](Result<QList<JobDetail>> jobs) { ... });
template <typename Work, typename Done>
void runAsync(QObject *context, Work work, Done done)
{
    using R = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<R>(context);
    QObject::connect(watcher, &QFutureWatcher<R>::finished, context,
                     [watcher, done = std::move(done)]() mutable {
                         watcher->deleteLater();
                         done(watcher->future().takeResult());
                     });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace Qronos
