#include "DbExecutor.h"

#include "ServerLog.h"

#include <QJsonObject>

#include <pthread.h>

namespace relais::server {

DbExecutor::DbExecutor(DbSettings settings, int readers, int writers) : m_settings(std::move(settings))
{
    m_read.name = "relais-db-read";
    m_write.name = "relais-db-write";
    m_checkpoint.name = "relais-db-wal";
    m_read.size = std::max(1, readers);
    m_write.size = m_settings.isPostgres() ? std::max(1, writers) : 1;
}

DbExecutor::~DbExecutor() { stop(); }

bool DbExecutor::start(QString *error)
{
    if (m_started)
        return true;
    m_started = true;
    if (!startLane(m_write, error) || !startLane(m_read, error)
        || (!m_settings.isPostgres() && !startLane(m_checkpoint, error))) {
        stop();
        return false;
    }
    return true;
}

bool DbExecutor::startLane(Lane &lane, QString *error)
{
    {
        std::lock_guard lock(lane.mutex);
        lane.stopping = false;
    }
    for (int i = 0; i < lane.size; ++i) {
        std::promise<QString> opened;
        auto result = opened.get_future();
        lane.threads.emplace_back([this, &lane, p = std::move(opened)]() mutable { worker(lane, std::move(p)); });
        const QString e = result.get();
        if (!e.isEmpty()) {
            *error = e;
            return false;
        }
    }
    return true;
}

void DbExecutor::stop()
{
    stopLane(m_read);
    stopLane(m_write);
    stopLane(m_checkpoint);
}

void DbExecutor::afterWrite()
{
    if (m_settings.isPostgres() || m_checkpointQueued.exchange(true))
        return;
    enqueue(m_checkpoint, [this](Db &db) {
        m_checkpointQueued = false;
        try {
            db.execDirect(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        } catch (const DbError &e) {
            ServerLog::warn("wal_checkpoint_failed", {{QStringLiteral("message"), QString::fromUtf8(e.what())}});
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    });
}

void DbExecutor::stopLane(Lane &lane)
{
    {
        std::lock_guard lock(lane.mutex);
        lane.stopping = true;
    }
    lane.cv.notify_all();
    for (auto &t : lane.threads)
        if (t.joinable())
            t.join();
    lane.threads.clear();
}

void DbExecutor::enqueue(Lane &lane, std::function<void(Db &)> job)
{
    {
        std::lock_guard lock(lane.mutex);
        lane.jobs.push_back(std::move(job));
    }
    lane.cv.notify_one();
}

void DbExecutor::worker(Lane &lane, std::promise<QString> opened)
{
    pthread_setname_np(pthread_self(), lane.name);
    Db db(m_settings);
    QString error;
    if (!db.open(&error)) {
        // Still serve jobs so that no caller waits forever: each job sees a closed connection and fails.
        opened.set_value(error);
    } else {
        opened.set_value(QString());
    }
    for (;;) {
        std::function<void(Db &)> job;
        {
            std::unique_lock lock(lane.mutex);
            lane.cv.wait(lock, [&] { return lane.stopping || !lane.jobs.empty(); });
            if (lane.jobs.empty())
                break;
            job = std::move(lane.jobs.front());
            lane.jobs.pop_front();
        }
        job(db); // packaged_task: exceptions go to the caller's future
        if (&lane == &m_write)
            afterWrite();
        if (db.inTransaction())
            db.rollback();
        db.resetStatements();
        if (db.takeFailure() && !db.ping()) {
            ServerLog::warn("db_reconnect", {{QStringLiteral("database"), m_settings.kindName()}});
            db.close();
            QString e;
            if (!db.open(&e))
                ServerLog::error("db_reconnect_failed", {{QStringLiteral("message"), e}});
        }
    }
    db.close();
}

} // namespace relais::server
