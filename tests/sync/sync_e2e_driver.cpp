// sync_e2e_driver: a real relais-server (TestServer: SQLite, TLS on 127.0.0.1), N demo contacts pushed into
// it, then one client's initial sync through SyncService into an empty encrypted replica, timed until the
// engine is up to date with every contact applied; then the search documents left for afterwards.
//   BENCH e2e_seed_ops_per_s       contacts pushed (batches of 1,000, not part of the sync time)
//   BENCH e2e_initial_sync_s       sign-in done -> UpToDate with N contacts in the replica
//   BENCH e2e_initial_sync_rows_per_s
//   BENCH e2e_client_cpu_s         CPU time of this process during the sync (all its threads)
//   BENCH e2e_search_index_s       the search documents written afterwards by the engine
//   BENCH e2e_peak_rss_mb          VmHWM of this process (the sync only: seeding is a child process)
// Options: --contacts N (100000), --keep-log
#include "BenchUtil.h"
#include "ContactJson.h"
#include "DemoGenerator.h"
#include "Replica.h"
#include "SecretKey.h"
#include "SyncEngine.h"
#include "SyncService.h"
#include "SyncStore.h"
#include "TestHttp.h"
#include "TestServer.h"
#include "Uuid7.h"
#include "ZoneTree.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace relais;
using namespace relais::bench;

namespace {
const QString Password = QStringLiteral("e2e driver password 42");

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

int seed(const QString &url, const QString &ca, int count)
{
    test::TestHttp http(url, ca);
    if (!http.login(QStringLiteral("nat"), Password))
        return 1;
    DemoGenerator gen(ZoneTree::france(), 2026);
    const QString clientId = Uuid7::generate();
    qint64 seq = 0;
    QElapsedTimer t;
    qint64 ns = 0;
    for (int done = 0; done < count; done += 1000) {
        QJsonArray items;
        for (int i = 0; i < qMin(1000, count - done); ++i) {
            Contact c = gen.next();
            c.id = Uuid7::generate();
            c.createdAt = c.updatedAt = QDateTime::currentDateTimeUtc();
            items.append(QJsonObject{{QStringLiteral("seq"), ++seq}, {QStringLiteral("type"), QStringLiteral("contact")},
                                     {QStringLiteral("op"), QStringLiteral("put")}, {QStringLiteral("id"), c.id},
                                     {QStringLiteral("base_version"), 0}, {QStringLiteral("data"), ContactJson::toJson(c)}});
        }
        t.start();
        const int status = http.post("/api/v1/sync/push",
                                     {{QStringLiteral("client_id"), clientId}, {QStringLiteral("items"), items}}, nullptr, 300);
        ns += t.nsecsElapsed();
        if (status != 200)
            return 1;
    }
    report("e2e_seed_ops_per_s", count / (ns / 1e9), "ops/s");
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addHelpOption();
    cli.addOption({QStringLiteral("contacts"), QStringLiteral("contacts"), QStringLiteral("n"), QStringLiteral("100000")});
    cli.addOption({QStringLiteral("wrong-pin"), QStringLiteral("pin another certificate: sign-in must fail")});
    cli.addOption({QStringLiteral("seed-child"), QStringLiteral("(internal)"), QStringLiteral("url")});
    cli.addOption({QStringLiteral("ca"), QStringLiteral("(internal)"), QStringLiteral("file")});
    cli.process(app);
    const int contacts = cli.value(QStringLiteral("contacts")).toInt();
    if (cli.isSet(QStringLiteral("seed-child")))
        return seed(cli.value(QStringLiteral("seed-child")), cli.value(QStringLiteral("ca")), contacts);

    test::TestServer server;
    if (!server.start() || !server.addUser(QStringLiteral("nat"), Password, QStringLiteral("national"), QStringLiteral("FR"))) {
        std::fprintf(stderr, "server: %s\n", qPrintable(server.error()));
        return 1;
    }
    {
        // Seeding in a child process: its memory does not count in this one's peak RSS.
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--seed-child"), server.url(), QStringLiteral("--ca"), server.certificatePath(),
                     QStringLiteral("--contacts"), QString::number(contacts)});
        if (!child.waitForFinished(-1) || child.exitCode() != 0) {
            std::fprintf(stderr, "seeding failed\n");
            return 1;
        }
    }
    QFile pem(server.certificatePath());
    pem.open(QIODevice::ReadOnly);
    const QSslCertificate cert(pem.readAll(), QSsl::Pem);

    QTemporaryDir dir;
    const SecretKey key = SecretKey::random();
    const QString dbPath = dir.filePath(QStringLiteral("replica.db"));
    Replica gui; // the GUI's connection, as in the application
    QString error;
    if (!gui.open(dbPath, key, &error)) {
        std::fprintf(stderr, "replica: %s\n", qPrintable(error));
        return 1;
    }
    SyncEngine::Options o;
    o.databasePath = dbPath;
    o.key = key;
    o.server = QUrl(server.url());
    o.pinnedCertificate = cli.isSet(QStringLiteral("wrong-pin")) ? QCryptographicHash::hash("other", QCryptographicHash::Sha256)
                                                                 : cert.digest(QCryptographicHash::Sha256);
    o.clientName = QStringLiteral("e2e driver");
    SyncService service(o);
    SyncEngine *engine = service.engine();
    bool signedIn = false;
    QObject::connect(engine, &SyncEngine::signInFinished, &service, [&](bool ok, const QString &message) {
        signedIn = ok;
        if (!ok)
            std::fprintf(stderr, "sign-in: %s\n", qPrintable(message));
    });
    qint64 lastDone = 0, total = 0;
    QObject::connect(engine, &SyncEngine::progress, &service, [&](qint64 done, qint64 t) {
        lastDone = done;
        total = t;
    });
    service.start();
    service.signIn(QStringLiteral("nat"), Password);
    if (cli.isSet(QStringLiteral("wrong-pin"))) {
        waitFor([&] { return false; }, 3000);
        std::printf("wrong pin: signed in %d, state %s: %s\n", int(signedIn), qPrintable(SyncEngine::stateName(engine->state())),
                    qPrintable(engine->message()));
        return signedIn ? 1 : 0;
    }
    if (!waitFor([&] { return signedIn; }, 30000))
        return 1;
    QElapsedTimer timer;
    timer.start();
    const double cpu0 = cpuSeconds();
    auto count = [&] {
        QSqlQuery q(gui.database());
        return q.exec(QStringLiteral("SELECT max(lid) FROM contacts")) && q.next() ? q.value(0).toLongLong() : 0;
    };
    const bool done = waitFor([&] {
        return engine->state() == SyncEngine::State::UpToDate && count() >= contacts;
    }, 600000);
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double cpu = cpuSeconds() - cpu0;
    const double rss = peakRssMb();
    if (!done) {
        std::fprintf(stderr, "initial sync did not finish: state %s, %lld of %lld ops, %lld rows\n",
                     qPrintable(SyncEngine::stateName(engine->state())), lastDone, total, count());
        return 1;
    }
    report("e2e_initial_sync_s", seconds, "s");
    report("e2e_initial_sync_rows_per_s", contacts / seconds, "rows/s");
    report("e2e_client_cpu_s", cpu, "s");
    report("e2e_peak_rss_mb", rss, "MB");
    timer.start();
    waitFor([&] { return SyncStore(gui.database()).pendingBackgroundWork() == 0; },
            900000);
    report("e2e_search_index_s", timer.nsecsElapsed() / 1e9, "s");
    report("e2e_peak_rss_with_search_mb", peakRssMb(), "MB");
    service.stop();
    return server.stop() == 0 ? 0 : 1;
}
