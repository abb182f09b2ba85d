#include "ServerLog.h"

#include <QDateTime>
#include <QJsonDocument>

#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <mutex>
#include <thread>

namespace relais::server {

namespace {
std::mutex g_mutex;
std::atomic<bool> g_infoEnabled{true};

struct AsyncState {
    std::mutex mutex;
    std::condition_variable cv;
    std::deque<QByteArray> lines;
    bool running = false;
    bool stopping = false;
    qint64 dropped = 0;
    std::thread writer;
};
AsyncState g_async;
constexpr std::size_t MaxQueued = 100000;

void writeOut(const QByteArray &data)
{
    std::lock_guard lock(g_mutex);
    std::fwrite(data.constData(), 1, std::size_t(data.size()), stderr);
    std::fflush(stderr);
}

void writerLoop()
{
    std::unique_lock lock(g_async.mutex);
    for (;;) {
        g_async.cv.wait(lock, [] { return g_async.stopping || !g_async.lines.empty(); });
        if (g_async.lines.empty() && g_async.stopping)
            return;
        QByteArray batch;
        while (!g_async.lines.empty() && batch.size() < 256 * 1024) {
            batch += g_async.lines.front();
            g_async.lines.pop_front();
        }
        const qint64 dropped = std::exchange(g_async.dropped, 0);
        lock.unlock();
        if (dropped > 0)
            batch += "{\"event\":\"log_lines_dropped\",\"level\":\"warn\",\"count\":" + QByteArray::number(dropped) + "}\n";
        writeOut(batch);
        lock.lock();
    }
}

void qtHandler(QtMsgType type, const QMessageLogContext &, const QString &msg)
{
    const char *level = type == QtDebugMsg || type == QtInfoMsg ? "info" : type == QtWarningMsg ? "warn" : "error";
    if (type == QtDebugMsg)
        return;
    ServerLog::write(level, "qt", {{QStringLiteral("message"), msg}});
}
} // namespace

void ServerLog::info(const char *event, const QJsonObject &fields)
{
    if (g_infoEnabled.load(std::memory_order_relaxed))
        write("info", event, fields);
}

void ServerLog::warn(const char *event, const QJsonObject &fields) { write("warn", event, fields); }

void ServerLog::error(const char *event, const QJsonObject &fields) { write("error", event, fields); }

void ServerLog::setInfoEnabled(bool enabled) { g_infoEnabled = enabled; }

void ServerLog::write(const char *level, const char *event, const QJsonObject &fields)
{
    QByteArray line;
    line.reserve(256);
    line += "{\"ts\":\"";
    line += QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1();
    line += "\",\"level\":\"";
    line += level;
    line += "\",\"event\":\"";
    line += event;
    line += '"';
    if (!fields.isEmpty()) {
        const QByteArray rest = QJsonDocument(fields).toJson(QJsonDocument::Compact);
        line += ',';
        line += QByteArrayView(rest).sliced(1); // drop the opening brace, keep the closing one
    } else {
        line += '}';
    }
    line += '\n';
    {
        std::lock_guard lock(g_async.mutex);
        if (g_async.running) {
            if (g_async.lines.size() >= MaxQueued) {
                ++g_async.dropped;
                return;
            }
            g_async.lines.push_back(std::move(line));
            g_async.cv.notify_one();
            return;
        }
    }
    writeOut(line);
}

void ServerLog::startAsync()
{
    std::lock_guard lock(g_async.mutex);
    if (g_async.running)
        return;
    g_async.running = true;
    g_async.stopping = false;
    g_async.writer = std::thread(writerLoop);
}

void ServerLog::stopAsync()
{
    {
        std::lock_guard lock(g_async.mutex);
        if (!g_async.running)
            return;
        g_async.stopping = true;
    }
    g_async.cv.notify_one();
    g_async.writer.join();
    std::lock_guard lock(g_async.mutex);
    g_async.running = false;
}

void ServerLog::installQtMessageHandler() { qInstallMessageHandler(qtHandler); }

} // namespace relais::server
