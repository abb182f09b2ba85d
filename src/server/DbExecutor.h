#pragma once

#include "Db.h"
#include "DbSettings.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>
#include <type_traits>
#include <vector>

namespace relais::server {

/// A small pool of database worker threads, each owning one connection. Request threads submit jobs and wait
/// for them, so a request holds a connection only while its job runs (an idle long-poll holds none).
/// Two lanes: reads (several connections) and writes (one connection for SQLite, which has one writer anyway).
class DbExecutor
{
public:
    DbExecutor(DbSettings settings, int readers, int writers);
    ~DbExecutor();
    DbExecutor(const DbExecutor &) = delete;
    DbExecutor &operator=(const DbExecutor &) = delete;

    /// Opens every connection; false with *error if one fails.
    bool start(QString *error);
    /// Finishes the queued jobs, closes the connections and joins the threads.
    void stop();
    const DbSettings &settings() const { return m_settings; }

    template <class F>
    auto readAsync(F &&f) { return submit(m_read, std::forward<F>(f)); }
    template <class F>
    auto writeAsync(F &&f) { return submit(m_write, std::forward<F>(f)); }
    /// Runs f(Db &) on a read connection and returns its result (exceptions propagate).
    template <class F>
    auto read(F &&f) { return readAsync(std::forward<F>(f)).get(); }
    /// Runs f(Db &) on the write connection(s).
    template <class F>
    auto write(F &&f) { return writeAsync(std::forward<F>(f)).get(); }

private:
    struct Lane {
        std::mutex mutex;
        std::condition_variable cv;
        std::deque<std::function<void(Db &)>> jobs;
        std::vector<std::thread> threads;
        int size = 1;
        bool stopping = false;
        const char *name = ""; ///< its threads' name, as top -H and perf show them (15 characters at most)
    };

    template <class F>
    auto submit(Lane &lane, F &&f)
    {
        using R = std::invoke_result_t<std::decay_t<F> &, Db &>;
        auto task = std::make_shared<std::packaged_task<R(Db &)>>(std::forward<F>(f));
        auto future = task->get_future();
        enqueue(lane, [task](Db &db) { (*task)(db); });
        return future;
    }
    void enqueue(Lane &lane, std::function<void(Db &)> job);
    void worker(Lane &lane, std::promise<QString> opened);
    bool startLane(Lane &lane, QString *error);
    void stopLane(Lane &lane);

    /// SQLite: a passive WAL checkpoint on its own connection after writes, at most every 100 ms, so the
    /// writer's commits do not copy pages into the database file themselves (the writer still does it past
    /// a large WAL, should this thread fall behind).
    void afterWrite();

    DbSettings m_settings;
    Lane m_read;
    Lane m_write;
    Lane m_checkpoint;
    std::atomic<bool> m_checkpointQueued = false;
    bool m_started = false;
};

} // namespace relais::server
