// bench_sync: the central server and the client sync engine at scale, over real TLS on 127.0.0.1.
//   server_upload_ops_per_s            contacts pushed (batches of 1,000) into relais-server on SQLite
//   server_upload_ops_per_s_postgres   the same into relais-server on PostgreSQL (own throwaway cluster)
//   raw_insert_rows_per_s              bare SQLCipher inserts (row + search document), same run
//   initial_sync_s                     a national user's first sync of every contact into an empty replica
//   initial_sync_rows_per_s            contacts / initial_sync_s
//   ratio_vs_raw_insert                initial_sync_rows_per_s / raw_insert_rows_per_s
//   client_peak_rss_mb                 VmHWM of the process that ran the initial sync (a child process)
//   edit_visible_p50_ms / p95_ms       edit saved in client A until visible in client B's replica, both
//                                      connected, with N more idle clients long-polling the same server
// Full size: 1,000,000 contacts, 200 idle clients. --quick: 5,000 contacts, 20 idle clients.
#include "TestHttp.h"
#include "BenchUtil.h"
#include "RawInserter.h"
#include "SyncBenchClient.h"
#include "TestServer.h"

#include "ContactJson.h"
#include "DemoGenerator.h"
#include "Replica.h"
#include "SecretKey.h"
#include "Uuid7.h"
#include "ZoneTree.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <atomic>
#include <thread>

using namespace relais;
using namespace relais::bench;

namespace {

constexpr int PushBatch = 1000;
const QString BenchPassword = QStringLiteral("bench password 2026");

bool fail(const QString &what)
{
    std::fprintf(stderr, "bench_sync: %s\n", qPrintable(what));
    return false;
}

/// Pushes `count` demo contacts in batches; returns ops/s over the push calls only (JSON built outside).
double seedContacts(const QString &url, const QString &ca, int count, quint32 seed, QStringList *d69Ids = nullptr)
{
    test::TestHttp http(url, ca);
    if (!http.login(QStringLiteral("bench"), BenchPassword))
        return fail(QStringLiteral("login as bench failed")), -1;
    DemoGenerator gen(ZoneTree::france(), seed);
    const QString clientId = Uuid7::generate();
    qint64 seq = 0;
    qint64 ns = 0;
    for (int done = 0; done < count;) {
        const int n = std::min(PushBatch, count - done);
        QJsonArray items;
        for (int i = 0; i < n; ++i) {
            Contact c = gen.next();
            c.id = Uuid7::generate();
            c.createdAt = c.updatedAt = QDateTime::currentDateTimeUtc();
            c.createdBy = c.updatedBy = QStringLiteral("bench");
            if (d69Ids && c.zone == QLatin1String("D69"))
                d69Ids->append(c.id);
            items.append(QJsonObject{{QStringLiteral("seq"), ++seq}, {QStringLiteral("type"), QStringLiteral("contact")},
                                     {QStringLiteral("op"), QStringLiteral("put")}, {QStringLiteral("id"), c.id},
                                     {QStringLiteral("base_version"), 0}, {QStringLiteral("data"), ContactJson::toJson(c)}});
        }
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("client_id"), clientId},
                                                          {QStringLiteral("items"), items}})
                                    .toJson(QJsonDocument::Compact);
        QByteArray answer;
        QElapsedTimer t;
        t.start();
        const int status = http.postJson("/api/v1/sync/push", body, &answer, 120);
        ns += t.nsecsElapsed();
        if (status != 200)
            return fail(QStringLiteral("push answered %1: %2").arg(status).arg(QString::fromUtf8(answer.left(300)))), -1;
        const QJsonArray results = QJsonDocument::fromJson(answer).object().value(QLatin1String("results")).toArray();
        for (const QJsonValue &r : results)
            if (r.toObject().value(QLatin1String("status")).toString() != QLatin1String("applied"))
                return fail(QStringLiteral("push item not applied: ")
                            + QString::fromUtf8(QJsonDocument(r.toObject()).toJson(QJsonDocument::Compact))), -1;
        done += n;
        if (done % 100000 == 0)
            std::fprintf(stderr, "  seeded %d contacts\n", done);
    }
    return count / (double(ns) / 1e9);
}

/// Raw SQLCipher inserts of `count` demo rows into a fresh file with the replica schema: rows/s.
double rawInsertRate(const QString &dir, int count)
{
    SecretKey key = SecretKey::random();
    const QString path = QDir(dir).filePath(QStringLiteral("raw.db"));
    {
        Replica schemaOnly;
        QString error;
        if (!schemaOnly.open(path, key, &error))
            return fail(error), -1;
    }
    RawInserter raw;
    if (!raw.open(path, key))
        return fail(QStringLiteral("raw open failed")), -1;
    DemoGenerator gen(ZoneTree::france(), 77);
    qint64 ns = 0;
    for (int done = 0; done < count; done += 10000) {
        const qint64 r = raw.insert(gen.generate(std::min(10000, count - done)));
        if (r < 0)
            return -1;
        ns += r;
    }
    return count / (double(ns) / 1e9);
}

/// Idle clients: each holds a long-poll open on the server (wait 25 s) and polls again when it answers,
/// like a connected client with nothing to do.
class IdleClients
{
public:
    ~IdleClients() { stop(); }
    bool start(int n, const QString &url, const QString &ca, const QList<QPair<QByteArray, QJsonObject>> &scopes)
    {
        for (int i = 0; i < n; ++i) {
            const auto &scope = scopes.at(i % scopes.size());
            m_threads.emplace_back([this, url, ca, scope] {
                test::TestHttp http(url, ca);
                http.setToken(scope.first);
                QJsonObject cursors = scope.second;
                const QString clientId = Uuid7::generate();
                while (!m_stop) {
                    QByteArray answer;
                    const int status = http.post("/api/v1/sync/pull",
                                                 {{QStringLiteral("client_id"), clientId},
                                                  {QStringLiteral("buckets"), cursors}, {QStringLiteral("wait"), 25}},
                                                 &answer, 40);
                    if (status == 200) {
                        ++m_answers;
                        const QList<QByteArray> lines = answer.trimmed().split('\n');
                        const QJsonObject cp = QJsonDocument::fromJson(lines.last()).object()
                                                   .value(QLatin1String("checkpoint")).toObject();
                        const QJsonObject b = cp.value(QLatin1String("buckets")).toObject();
                        for (auto it = b.begin(); it != b.end(); ++it)
                            cursors[it.key()] = it.value().toObject().value(QLatin1String("cursor"));
                    } else {
                        ++m_errors;
                        std::this_thread::sleep_for(std::chrono::milliseconds(200));
                    }
                }
            });
        }
        return true;
    }
    void stop()
    {
        m_stop = true;
        for (auto &t : m_threads)
            t.join();
        m_threads.clear();
    }
    int errors() const { return m_errors; }

private:
    std::vector<std::thread> m_threads;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_answers{0};
    std::atomic<int> m_errors{0};
};

/// A user's cursors at the head of their buckets: one full pull read to its final checkpoint.
QJsonObject headCursors(const QString &url, const QString &ca, const QByteArray &token)
{
    test::TestHttp http(url, ca);
    http.setToken(token);
    QByteArray answer;
    if (http.post("/api/v1/sync/pull", {{QStringLiteral("client_id"), Uuid7::generate()},
                                        {QStringLiteral("buckets"), QJsonObject()}, {QStringLiteral("wait"), 0}},
                  &answer, 300) != 200)
        return {};
    const QList<QByteArray> lines = answer.trimmed().split('\n');
    const QJsonObject b = QJsonDocument::fromJson(lines.last()).object().value(QLatin1String("checkpoint"))
                              .toObject().value(QLatin1String("buckets")).toObject();
    QJsonObject cursors;
    for (auto it = b.begin(); it != b.end(); ++it)
        cursors[it.key()] = it.value().toObject().value(QLatin1String("cursor"));
    return cursors;
}

QByteArray loginToken(const QString &url, const QString &ca, const QString &user)
{
    test::TestHttp http(url, ca);
    return http.login(user, BenchPassword) ? http.token() : QByteArray();
}

/// Runs this program again with `args`, forwards its BENCH lines, returns them by name.
QHash<QString, double> runChild(const QStringList &args, const QStringList &wrapper = {})
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    if (!wrapper.isEmpty()) {
        // The PostgreSQL figure is measured with a durable cluster (fsync and synchronous commit on).
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RELAIS_PG_DURABLE"), QStringLiteral("1"));
        p.setProcessEnvironment(env);
    }
    QStringList command = wrapper;
    command << QCoreApplication::applicationFilePath() << args;
    p.start(command.takeFirst(), command);
    QHash<QString, double> figures;
    if (!p.waitForStarted())
        return figures;
    p.waitForFinished(-1);
    const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() >= 3 && parts.first() == "BENCH") {
            std::printf("%s\n", line.constData());
            figures.insert(QString::fromUtf8(parts.at(1)), parts.at(2).toDouble());
        }
    }
    std::fflush(stdout);
    if (p.exitCode() != 0)
        figures.insert(QStringLiteral("__failed"), p.exitCode());
    return figures;
}

bool createUsers(test::TestServer &server, int idleDepartments)
{
    bool ok = server.addUser(QStringLiteral("bench"), BenchPassword, QStringLiteral("national"), QStringLiteral("FR"));
    ok = ok && server.addUser(QStringLiteral("cadre69"), BenchPassword, QStringLiteral("cadre"), QStringLiteral("D69"));
    const auto departments = ZoneTree::france().departments();
    for (int i = 0; ok && i < idleDepartments; ++i)
        ok = server.addUser(QStringLiteral("idle%1").arg(i), BenchPassword, QStringLiteral("cadre"),
                            departments.at(i * 7 % departments.size())->code);
    return ok || fail(server.error());
}

/// The child run under tests/with-postgres.sh: upload rate into a PostgreSQL-backed server.
int postgresUploadChild(int contacts)
{
    test::TestServer server;
    if (server.databaseUrl().isEmpty())
        return fail(QStringLiteral("no PostgreSQL URL")), 1;
    if (!server.start() || !server.addUser(QStringLiteral("bench"), BenchPassword, QStringLiteral("national"),
                                           QStringLiteral("FR")))
        return fail(server.error()), 1;
    const double rate = seedContacts(server.url(), server.certificatePath(), contacts, 99);
    if (rate <= 0)
        return 1;
    report("server_upload_ops_per_s_postgres", rate, "ops/s");
    return server.stop() == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("CI size: 5,000 contacts, 20 idle clients."));
    QCommandLineOption contactsOpt(QStringLiteral("contacts"), QStringLiteral("Contacts to sync."), QStringLiteral("n"));
    QCommandLineOption idleOpt(QStringLiteral("idle"), QStringLiteral("Idle connected clients."), QStringLiteral("n"));
    QCommandLineOption samplesOpt(QStringLiteral("edits"), QStringLiteral("Edits timed for edit_visible."), QStringLiteral("n"));
    QCommandLineOption noPg(QStringLiteral("no-postgres"), QStringLiteral("Skip the PostgreSQL upload figure."));
    QCommandLineOption pgChild(QStringLiteral("pg-upload-child"), QStringLiteral("(internal)"), QStringLiteral("n"));
    QCommandLineOption syncChild(QStringLiteral("sync-child"), QStringLiteral("(internal)"), QStringLiteral("url"));
    QCommandLineOption caOpt(QStringLiteral("ca"), QStringLiteral("(internal)"), QStringLiteral("file"));
    QCommandLineOption expectOpt(QStringLiteral("expect"), QStringLiteral("(internal)"), QStringLiteral("n"));
    parser.addOptions({quick, contactsOpt, idleOpt, samplesOpt, noPg, pgChild, syncChild, caOpt, expectOpt});
    parser.process(app);

    if (parser.isSet(pgChild))
        return postgresUploadChild(parser.value(pgChild).toInt());
    if (parser.isSet(syncChild))
        return runInitialSyncChild(parser.value(syncChild), parser.value(caOpt), QStringLiteral("bench"), BenchPassword,
                                   parser.value(expectOpt).toLongLong());

    const bool isQuick = parser.isSet(quick);
    const int contacts = parser.isSet(contactsOpt) ? parser.value(contactsOpt).toInt() : isQuick ? 5000 : 1000000;
    const int idle = parser.isSet(idleOpt) ? parser.value(idleOpt).toInt() : isQuick ? 20 : 200;
    const int edits = parser.isSet(samplesOpt) ? parser.value(samplesOpt).toInt() : isQuick ? 20 : 100;
    const int pgContacts = isQuick ? 2000 : 100000;

    QTemporaryDir scratch;
    test::TestServer server;
    if (!server.databaseUrl().isEmpty())
        return fail(QStringLiteral("run bench_sync itself outside tests/with-postgres.sh")), 1;
    if (!server.start() || !createUsers(server, 10))
        return fail(server.error()), 1;
    const QString url = server.url();
    const QString ca = server.certificatePath();
    std::fprintf(stderr, "bench_sync: %d contacts, %d idle clients, server %s\n", contacts, idle, qPrintable(url));

    // 1. Upload: the contacts the rest of the run syncs.
    QStringList d69;
    const double upload = seedContacts(url, ca, contacts, 2026, &d69);
    if (upload <= 0)
        return 1;
    report("server_upload_ops_per_s", upload, "ops/s");

    // 2. Raw baseline, same run, same machine (capped: raw inserts slow down with size; capping makes it
    //    faster, so the ratio below errs on the low side).
    const double raw = rawInsertRate(scratch.path(), std::min(contacts, 200000));
    if (raw <= 0)
        return 1;
    report("raw_insert_rows_per_s", raw, "rows/s");

    // 3. Initial sync of everything by a national user, in a child process (its own peak RSS).
    const auto initial = runChild({QStringLiteral("--sync-child"), url, QStringLiteral("--ca"), ca,
                                   QStringLiteral("--expect"), QString::number(contacts)});
    if (initial.contains(QStringLiteral("__failed")) || !initial.contains(QStringLiteral("initial_sync_rows_per_s")))
        return fail(QStringLiteral("initial sync failed")), 1;
    report("ratio_vs_raw_insert", initial.value(QStringLiteral("initial_sync_rows_per_s")) / raw, "ratio");

    // 4. Edit visible, with idle clients long-polling.
    QList<QPair<QByteArray, QJsonObject>> scopes;
    for (int i = 0; i < 10; ++i) {
        const QByteArray token = loginToken(url, ca, QStringLiteral("idle%1").arg(i));
        if (token.isEmpty())
            return fail(QStringLiteral("idle login failed")), 1;
        scopes.append({token, headCursors(url, ca, token)});
    }
    IdleClients idlers;
    idlers.start(idle, url, ca, scopes);
    const EditVisibleResult ev = measureEditVisible(url, ca, QStringLiteral("cadre69"), BenchPassword, edits, scratch.path());
    idlers.stop();
    if (!ev.ok)
        return fail(QStringLiteral("edit_visible failed: ") + ev.error), 1;
    report("edit_visible_p50_ms", percentile(ev.samplesMs, 50), "ms");
    report("edit_visible_p95_ms", percentile(ev.samplesMs, 95), "ms");
    report("idle_clients", idle, "clients");
    if (idlers.errors() > 0)
        std::fprintf(stderr, "bench_sync: %d idle polls failed\n", idlers.errors());
    if (server.stop() != 0)
        return fail(QStringLiteral("the server did not stop cleanly")), 1;

    // 5. Upload into PostgreSQL, with a throwaway cluster.
    if (!parser.isSet(noPg)) {
        const QString script = QStringLiteral(RELAIS_SOURCE_DIR "/tests/with-postgres.sh");
        const auto pg = runChild({QStringLiteral("--pg-upload-child"), QString::number(pgContacts)},
                                 {QStringLiteral("/bin/bash"), script});
        if (pg.contains(QStringLiteral("__failed")) || !pg.contains(QStringLiteral("server_upload_ops_per_s_postgres")))
            return fail(QStringLiteral("PostgreSQL upload failed")), 1;
    }
    return 0;
}
