// Manual performance probe of relais-server (not a CTest test; bench_sync is the project's benchmark):
//   server_perf [--contacts N] [--pollers K] [--database postgresql://...]
// Starts the real server, pushes N demo contacts in batches of 1,000 (upload ops/s), pulls them all with gzip
// (download ops/s), then holds K idle long-polling clients and measures how fast an edit reaches one of them.
#include "ServerProcess.h"

#include "ContactJson.h"
#include "DemoGenerator.h"
#include "Uuid7.h"
#include "ZoneTree.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

using namespace relais;
using namespace relais::test;

namespace {
void report(const char *name, double value, const char *unit)
{
    std::printf("BENCH %s %.2f %s\n", name, value, unit);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int contacts = 100000;
    int pollers = 200;
    QString database;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--contacts"))
            contacts = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--pollers"))
            pollers = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--database"))
            database = args[i + 1];
    }
    ServerProcess server(database);
    server.setHttpThreads(std::max(64, pollers + 50));
    if (!server.init() || !server.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(server.error()));
        return 1;
    }
    ApiClient api(server.port(), server.certPath());
    const QString token = api.token(QStringLiteral("admin"), server.adminPassword());

    // Upload.
    DemoGenerator gen(ZoneTree::france());
    QElapsedTimer timer;
    qint64 pushMs = 0;
    qint64 seq = 0;
    for (int done = 0; done < contacts;) {
        QJsonArray items;
        for (int i = 0; i < 1000 && done < contacts; ++i, ++done) {
            Contact c = gen.next();
            c.id = Uuid7::generate();
            items.append(QJsonObject{{QStringLiteral("seq"), ++seq},
                                     {QStringLiteral("type"), QStringLiteral("contact")},
                                     {QStringLiteral("op"), QStringLiteral("put")},
                                     {QStringLiteral("id"), c.id},
                                     {QStringLiteral("data"), ContactJson::toJson(c)}});
        }
        const std::string body = QJsonDocument(QJsonObject{{QStringLiteral("client_id"), QStringLiteral("perf")},
                                                           {QStringLiteral("items"), items}})
                                     .toJson(QJsonDocument::Compact)
                                     .toStdString();
        timer.start();
        const auto r = api.postRaw(QStringLiteral("/api/v1/sync/push"), body, token);
        pushMs += timer.elapsed();
        if (r.status != 200) {
            std::fprintf(stderr, "push failed: %d %s\n", r.status, r.body.left(300).constData());
            return 1;
        }
    }
    report("server_push_ops_per_s", contacts * 1000.0 / std::max<qint64>(1, pushMs), "ops/s");

    // Download: one client, every bucket, gzip, lines counted as they arrive.
    httplib::Request req;
    req.method = "POST";
    req.path = "/api/v1/sync/pull";
    req.headers = {{"Authorization", "Bearer " + token.toStdString()}, {"Accept-Encoding", "gzip"},
                   {"Content-Type", "application/json"}};
    req.body = R"({"client_id":"perf","buckets":{}})";
    qint64 lines = 0;
    qint64 bytes = 0;
    req.content_receiver = [&](const char *data, size_t len, uint64_t, uint64_t) {
        lines += std::count(data, data + len, '\n');
        bytes += qint64(len);
        return true;
    };
    httplib::Response res;
    httplib::Error err = httplib::Error::Success;
    timer.start();
    const bool ok = api.raw().send(req, res, err);
    const qint64 pullMs = timer.elapsed();
    if (!ok || res.status != 200) {
        std::fprintf(stderr, "pull failed: %d\n", int(err));
        return 1;
    }
    report("server_pull_ops_per_s", contacts * 1000.0 / std::max<qint64>(1, pullMs), "ops/s");
    report("server_pull_ms", double(pullMs), "ms");
    report("server_pull_mib_uncompressed", double(bytes) / 1048576.0, "MiB");
    std::printf("(%lld lines)\n", lines);

    // Live updates: K idle long-polls on D69; one edit; time until the first answers.
    const auto state = api.pull(token, {}).fullCheckpoint().value(QLatin1String("buckets")).toObject();
    QJsonObject cursors;
    for (auto it = state.begin(); it != state.end(); ++it)
        cursors.insert(it.key(), it.value().toObject().value(QLatin1String("cursor")));
    std::vector<double> latencies;
    for (int round = 0; round < 5 && pollers > 0; ++round) {
        std::atomic<int> answered{0};
        std::vector<std::thread> threads;
        std::vector<qint64> doneAt(std::size_t(pollers), 0);
        QElapsedTimer clock;
        clock.start();
        std::atomic<int> started{0};
        for (int i = 0; i < pollers; ++i)
            threads.emplace_back([&, i] {
                ApiClient c(server.port(), server.certPath());
                c.get(QStringLiteral("/api/v1/health")); // connect first
                ++started;
                const auto p = c.pull(token, cursors, 25, true, QStringLiteral("poller-%1").arg(i));
                doneAt[std::size_t(i)] = clock.nsecsElapsed() / 1000;
                ++answered;
                (void)p;
            });
        while (started.load() < pollers)
            QThread::msleep(10);
        QThread::msleep(1500); // let every poll reach the server and block
        const QString id = Uuid7::generate();
        const qint64 t0 = clock.nsecsElapsed() / 1000;
        api.post(QStringLiteral("/api/v1/sync/push"),
                 {{QStringLiteral("client_id"), QStringLiteral("perf-edit")},
                  {QStringLiteral("items"), QJsonArray{QJsonObject{
                                                {QStringLiteral("seq"), round + 1},
                                                {QStringLiteral("type"), QStringLiteral("contact")},
                                                {QStringLiteral("op"), QStringLiteral("put")},
                                                {QStringLiteral("id"), id},
                                                {QStringLiteral("data"), QJsonObject{{QStringLiteral("zone"), QStringLiteral("D69")},
                                                                                     {QStringLiteral("first_name"), QStringLiteral("Live")}}}}}}},
                 token);
        for (auto &t : threads)
            t.join();
        std::vector<double> round_ms;
        for (qint64 at : doneAt)
            round_ms.push_back(double(at - t0) / 1000.0);
        std::sort(round_ms.begin(), round_ms.end());
        latencies.push_back(round_ms[round_ms.size() / 2]);
        std::printf("round %d: p50 %.1f ms, max %.1f ms over %d pollers\n", round, round_ms[round_ms.size() / 2],
                    round_ms.back(), pollers);
        // Next round starts from the new state.
        const auto s2 = api.pull(token, {}).fullCheckpoint().value(QLatin1String("buckets")).toObject();
        for (auto it = s2.begin(); it != s2.end(); ++it)
            cursors.insert(it.key(), it.value().toObject().value(QLatin1String("cursor")));
    }
    if (!latencies.empty()) {
        std::sort(latencies.begin(), latencies.end());
        report("server_live_all_woken_p50_ms", latencies[latencies.size() / 2], "ms");
    }

    // One observer of D69 while K idle clients long-poll another department (D13).
    if (pollers > 0 && server.addUser(QStringLiteral("cadre13"), QStringLiteral("cadre13-password"), QStringLiteral("cadre"),
                                      QStringLiteral("D13"))
        && server.addUser(QStringLiteral("cadre69"), QStringLiteral("cadre69-password"), QStringLiteral("cadre"),
                          QStringLiteral("D69"))) {
        const QString idleToken = api.token(QStringLiteral("cadre13"), QStringLiteral("cadre13-password"));
        const QString observerToken = api.token(QStringLiteral("cadre69"), QStringLiteral("cadre69-password"));
        std::atomic<bool> stop{false};
        std::atomic<int> connected{0};
        std::vector<std::thread> idle;
        for (int i = 0; i < pollers; ++i)
            idle.emplace_back([&, i] {
                ApiClient c(server.port(), server.certPath());
                QJsonObject cur;
                while (!stop.load()) {
                    const auto p = c.pull(idleToken, cur, 3, true, QStringLiteral("idle-%1").arg(i));
                    if (cur.isEmpty())
                        ++connected;
                    const auto st = p.fullCheckpoint().value(QLatin1String("buckets")).toObject();
                    for (auto it = st.begin(); it != st.end(); ++it)
                        cur.insert(it.key(), it.value().toObject().value(QLatin1String("cursor")));
                }
            });
        while (connected.load() < pollers)
            QThread::msleep(20);
        QThread::msleep(1000);
        ApiClient observer(server.port(), server.certPath());
        std::vector<double> obs;
        for (int round = 0; round < 20; ++round) {
            const auto st = observer.pull(observerToken, {}).fullCheckpoint().value(QLatin1String("buckets")).toObject();
            QJsonObject cur;
            for (auto it = st.begin(); it != st.end(); ++it)
                cur.insert(it.key(), it.value().toObject().value(QLatin1String("cursor")));
            QElapsedTimer clock;
            qint64 seen = 0;
            std::thread t([&] {
                const auto p = observer.pull(observerToken, cur, 10, true, QStringLiteral("observer"));
                seen = clock.nsecsElapsed();
                (void)p;
            });
            QThread::msleep(200);
            clock.start();
            api.post(QStringLiteral("/api/v1/sync/push"),
                     {{QStringLiteral("client_id"), QStringLiteral("perf-observed")},
                      {QStringLiteral("items"), QJsonArray{QJsonObject{
                                                    {QStringLiteral("seq"), round + 1},
                                                    {QStringLiteral("type"), QStringLiteral("contact")},
                                                    {QStringLiteral("op"), QStringLiteral("put")},
                                                    {QStringLiteral("id"), Uuid7::generate()},
                                                    {QStringLiteral("data"), QJsonObject{{QStringLiteral("zone"), QStringLiteral("D69")},
                                                                                         {QStringLiteral("first_name"), QStringLiteral("Seen")}}}}}}},
                     token);
            t.join();
            obs.push_back(double(seen) / 1e6);
        }
        stop = true;
        for (auto &t : idle)
            t.join();
        std::sort(obs.begin(), obs.end());
        std::printf("observer: p50 %.1f ms, p90 %.1f ms, max %.1f ms (push round trip included)\n", obs[obs.size() / 2],
                    obs[obs.size() * 9 / 10], obs.back());
        report("server_live_observer_p50_ms", obs[obs.size() / 2], "ms");
    }
    server.stop();
    if (const QString logPath = qEnvironmentVariable("SERVER_PERF_LOG"); !logPath.isEmpty()) {
        QFile f(logPath);
        if (f.open(QIODevice::WriteOnly))
            f.write(server.log());
    }
    return 0;
}
