// bench_petitions: the public petition signing path of the real relais-server (embedded SQLite) over HTTPS on
// 127.0.0.1, with several concurrent keep-alive connections (default 16, one thread each).
//   signatures_per_s            valid signature forms POSTed to /p/{slug}: each one stores a pending signature and
//                               queues its confirmation e-mail in mail_outbox (one write transaction); every answer 200
//   sign_p50_ms / sign_p95_ms   latency of one signature POST under that load
//   confirmations_per_s         the confirmation links (read from the server's mail_outbox) followed: a contact made,
//                               a timeline interaction, a synced signature record (one transaction with op-log entries)
//   raw_health_per_s            as many GET /api/v1/health on the same connections: TLS + HTTP, no database
//                               (run before and after the signatures, the faster kept)
//   signatures_ratio_vs_raw, confirmations_ratio_vs_raw
//   *_server_cpu_us             the server process's CPU time (user + system) per request of each phase
// Full size: 20,000 signatures; --quick: 1,000. Exits non-zero on any failed request or wrong count.
#include "BenchUtil.h"
#include "SmtpSink.h"
#include "TestHttp.h"
#include "TestServer.h"

#include "Uuid7.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <functional>
#include <iterator>
#include <mutex>
#include <thread>

#include <unistd.h>

using namespace relais;
using namespace relais::bench;

namespace {

const char *const Slug = "bench-petition";

bool fail(const QString &what)
{
    std::fprintf(stderr, "bench_petitions: %s\n", qPrintable(what));
    return false;
}

// Signers: real French postal codes of large towns (each must map to a commune of the zone tree).
const char *const PostalCodes[] = {"69003", "75011", "13001", "33000", "59000", "31000", "44000", "67000", "06000", "34000",
                                   "35000", "38000", "21000", "76000", "29200", "63000", "87000", "45000", "54000", "51100"};
const char *const FirstNames[] = {"Élise", "François", "Zoé", "Hélène", "Jérôme", "Amélie", "Noël", "Karim", "Maëlle", "Loïc",
                                  "Céline", "Thomas", "Inès", "Benoît", "Chloé", "Mathis", "Léa", "Yannick", "Sébastien", "Aïcha"};
const char *const LastNames[] = {"Martin", "Bernard", "Durand", "Lefèvre", "Moreau", "Girard", "Müller", "Dupont", "Nguyen",
                                 "Le Goff", "Perrin", "Faure", "Rousseau", "Benali", "Garnier", "Chevalier", "Da Silva"};

/// Lower-case ASCII for an address: accents dropped, spaces removed.
QString asciiWord(const QString &s)
{
    QString out;
    for (const QChar c : s.normalized(QString::NormalizationForm_D))
        if (c.unicode() < 128 && c != u' ')
            out += c.toLower();
    return out;
}

/// Signer i's form, as a browser encodes it: every field present (empty honeypot), a distinct address,
/// a phone one time in three, the newsletter box ticked one time in two.
QByteArray signatureForm(int i)
{
    const QString first = QString::fromUtf8(FirstNames[i % int(std::size(FirstNames))]);
    const QString last = QString::fromUtf8(LastNames[(i / int(std::size(FirstNames))) % int(std::size(LastNames))]);
    const QString email = QStringLiteral("%1.%2.%3@exemple.fr").arg(asciiWord(first), asciiWord(last)).arg(i);
    const QString phone = i % 3 == 0 ? QStringLiteral("06 %1 %2 %3 %4")
                                           .arg(12 + (i / 1000000) % 80)
                                           .arg((i / 10000) % 100, 2, 10, QLatin1Char('0'))
                                           .arg((i / 100) % 100, 2, 10, QLatin1Char('0'))
                                           .arg(i % 100, 2, 10, QLatin1Char('0'))
                                     : QString();
    QByteArray body = "first_name=" + QUrl::toPercentEncoding(first) + "&last_name=" + QUrl::toPercentEncoding(last)
        + "&email=" + QUrl::toPercentEncoding(email) + "&postal_code=" + PostalCodes[i % int(std::size(PostalCodes))]
        + "&phone=" + QUrl::toPercentEncoding(phone) + "&website=&consent=on";
    if (i % 2 == 0)
        body += "&newsletter=on";
    return body;
}

/// CPU seconds (user + system) of the relais-server child of this process, from /proc; -1 if not found.
double serverCpuSeconds()
{
    static QString statPath;
    if (statPath.isEmpty()) {
        const QString self = QString::number(::getpid());
        for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray stat = f.readAll();
            const QList<QByteArray> rest = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
            if (stat.contains("(relais-server)") && rest.size() > 1 && rest.at(1) == self.toLatin1()) {
                statPath = f.fileName();
                break;
            }
        }
    }
    QFile f(statPath);
    if (statPath.isEmpty() || !f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> rest = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of stat (utime, stime) are the 12th and 13th after the command name.
    return rest.size() > 12 ? (rest.at(11).toDouble() + rest.at(12).toDouble()) / double(::sysconf(_SC_CLK_TCK)) : -1;
}

struct Load {
    double seconds = 0;
    double serverCpu = 0; ///< seconds; -1 if the server's process was not found
    double clientCpu = 0; ///< seconds, this whole process
    int failures = 0;
    QString firstFailure;
    std::vector<double> latenciesMs;
};

using Request = std::function<int(test::TestHttp &, int, QByteArray *)>;

/// Requests 0..n-1, request i on connection i % connections, every connection in its own thread at once.
/// `send` returns the HTTP status; anything but 200 is a failure. The main thread keeps the event loop
/// turning meanwhile, so the server's log pipe is drained (TestServer reads it from the event loop).
Load runLoad(std::vector<std::unique_ptr<test::TestHttp>> &connections, int n, const Request &send)
{
    const int c = int(connections.size());
    std::vector<std::vector<double>> latencies(static_cast<std::size_t>(c));
    std::atomic<int> failures{0};
    std::atomic<int> running{c};
    std::mutex mutex;
    Load load;
    const double cpu0 = cpuSeconds();
    const double server0 = serverCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    std::vector<std::thread> threads;
    for (int t = 0; t < c; ++t) {
        threads.emplace_back([&, t] {
            QByteArray answer;
            for (int i = t; i < n; i += c) {
                QElapsedTimer one;
                one.start();
                const int status = send(*connections[std::size_t(t)], i, &answer);
                latencies[std::size_t(t)].push_back(double(one.nsecsElapsed()) / 1e6);
                if (status != 200 && failures++ == 0) {
                    std::lock_guard lock(mutex);
                    load.firstFailure = QStringLiteral("request %1 answered %2: %3").arg(i).arg(status)
                                            .arg(QString::fromUtf8(answer.left(300)));
                }
            }
            --running;
        });
    }
    while (running > 0) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(5);
    }
    for (auto &t : threads)
        t.join();
    load.seconds = double(wall.nsecsElapsed()) / 1e9;
    const double server1 = serverCpuSeconds();
    load.serverCpu = server0 < 0 || server1 < 0 ? -1 : server1 - server0;
    load.clientCpu = cpuSeconds() - cpu0;
    load.failures = failures;
    for (const auto &l : latencies)
        load.latenciesMs.insert(load.latenciesMs.end(), l.begin(), l.end());
    return load;
}

bool check(const char *phase, const Load &load, int n, const test::TestServer &server)
{
    std::fprintf(stderr, "bench_petitions: %s: %d requests in %.2f s, server CPU %.2f s, bench process CPU %.2f s\n", phase,
                 n, load.seconds, load.serverCpu, load.clientCpu);
    if (load.failures == 0)
        return true;
    if (!server.isRunning())
        fail(QStringLiteral("the server stopped; the end of its log:\n") + QString::fromUtf8(server.log().right(3000)));
    return fail(QStringLiteral("%1: %2 of %3 requests failed; first: %4")
                    .arg(QLatin1String(phase)).arg(load.failures).arg(n).arg(load.firstFailure));
}

/// Publishes the petition as the admin user through a sync push.
bool createPetition(test::TestServer &server)
{
    test::TestHttp admin(server.url(), server.certificatePath());
    if (!admin.login(QStringLiteral("admin"), server.adminPassword()))
        return fail(QStringLiteral("admin login failed"));
    const QJsonObject data{{QStringLiteral("zone"), QStringLiteral("FR")},
                           {QStringLiteral("title"), QStringLiteral("Rouvrons les guichets de nos gares")},
                           {QStringLiteral("text"), QStringLiteral("Les guichets ferment l'un après l'autre.\n\n"
                                                                   "**Nous demandons** leur réouverture, six jours sur sept.\n")},
                           {QStringLiteral("goal"), 100000},
                           {QStringLiteral("slug"), QLatin1String(Slug)},
                           {QStringLiteral("optin_text"), QStringLiteral("Je veux recevoir les nouvelles")},
                           {QStringLiteral("language"), QStringLiteral("fr")}};
    const QJsonObject result = admin.pushItem(Uuid7::generate(), 1, QStringLiteral("petition"), QStringLiteral("put"),
                                              Uuid7::generate(), data);
    if (result.value(QLatin1String("status")).toString() != QLatin1String("applied"))
        return fail(QStringLiteral("petition push: ") + QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
    return true;
}

/// The confirmation links (paths) of the queued e-mails, from the server's database, in queue order.
QStringList confirmationPaths(test::TestServer &server)
{
    static const QRegularExpression link(QStringLiteral("https://\\S+(/p/confirm/[A-Za-z0-9_-]{64})"));
    QStringList paths;
    const QStringList messages = server.query(
        QStringLiteral("SELECT message FROM mail_outbox WHERE kind = 'petition_confirmation' AND status = 'queued' ORDER BY id"));
    for (const QString &message : messages) {
        test::SmtpSink::Message m;
        m.data = message.toLatin1();
        const QString path = link.match(m.part("text/plain")).captured(1); // quoted-printable decoded
        if (path.isEmpty())
            return fail(QStringLiteral("an e-mail without a confirmation link:\n") + message.left(2000)), QStringList();
        paths << path;
    }
    return paths;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("CI size: 1,000 signatures."));
    QCommandLineOption signaturesOpt(QStringLiteral("signatures"), QStringLiteral("Signatures (default 20,000)."), QStringLiteral("n"));
    QCommandLineOption connectionsOpt(QStringLiteral("connections"), QStringLiteral("Concurrent connections (default 16)."),
                                      QStringLiteral("n"));
    parser.addOptions({quick, signaturesOpt, connectionsOpt});
    parser.process(app);
    const int n = parser.isSet(signaturesOpt) ? parser.value(signaturesOpt).toInt() : parser.isSet(quick) ? 1000 : 20000;
    const int c = parser.isSet(connectionsOpt) ? parser.value(connectionsOpt).toInt() : 16;
    if (n < 1 || c < 1)
        return fail(QStringLiteral("--signatures and --connections must be positive")), 1;

    test::TestServer server;
    if (!server.databaseUrl().isEmpty())
        return fail(QStringLiteral("this benchmark measures the embedded SQLite backend: run it outside tests/with-postgres.sh")), 1;
    // Every request comes from 127.0.0.1: the per-address limit must not interfere.
    server.setConfigValues({{QStringLiteral("petitions"), QJsonObject{{QStringLiteral("signs_per_address"), 100000000},
                                                                      {QStringLiteral("sign_window_seconds"), 60},
                                                                      {QStringLiteral("confirm_ttl_seconds"), 3600}}}});
    if (!server.start())
        return fail(server.error()), 1;
    if (!createPetition(server))
        return 1;
    std::fprintf(stderr, "bench_petitions: %d signatures on %d connections, server %s\n", n, c, qPrintable(server.url()));

    // The connections, opened (TLS handshake) before anything is timed.
    std::vector<std::unique_ptr<test::TestHttp>> connections;
    for (int i = 0; i < c; ++i) {
        connections.push_back(std::make_unique<test::TestHttp>(server.url(), server.certificatePath()));
        if (connections.back()->get(QStringLiteral("/p/%1").arg(QLatin1String(Slug))) != 200)
            return fail(QStringLiteral("the petition page does not answer 200")), 1;
    }
    std::vector<QByteArray> forms;
    forms.reserve(std::size_t(n));
    for (int i = 0; i < n; ++i)
        forms.push_back(signatureForm(i));
    const std::string signPath = std::string("/p/") + Slug;

    // Raw baseline: the same number of requests on the same connections, no database. Run twice (before and
    // after the signatures) and the faster kept: it is short and the machine is shared, so a single run is
    // noisy; keeping the faster one errs on the side of lower ratios.
    const Request health = [](test::TestHttp &http, int, QByteArray *answer) {
        return http.get(QStringLiteral("/api/v1/health"), answer);
    };
    const Load rawBefore = runLoad(connections, n, health);
    if (!check("health (before)", rawBefore, n, server))
        return 1;

    // 1. Signatures.
    const Load sign = runLoad(connections, n, [&](test::TestHttp &http, int i, QByteArray *answer) {
        return http.postBody(signPath.c_str(), forms[std::size_t(i)], "application/x-www-form-urlencoded", answer);
    });
    if (!check("signatures", sign, n, server))
        return 1;

    const Load rawAfter = runLoad(connections, n, health);
    if (!check("health (after)", rawAfter, n, server))
        return 1;
    const Load &raw = rawBefore.seconds <= rawAfter.seconds ? rawBefore : rawAfter;

    // 2. Confirmations: the links of the queued e-mails (one per signature, all distinct).
    const QStringList paths = confirmationPaths(server);
    if (paths.size() != n || QSet<QString>(paths.begin(), paths.end()).size() != n)
        return fail(QStringLiteral("%1 distinct confirmation links queued for %2 signatures").arg(paths.size()).arg(n)), 1;
    const Load confirm = runLoad(connections, n, [&](test::TestHttp &http, int i, QByteArray *answer) {
        return http.get(paths.at(i), answer);
    });
    if (!check("confirmations", confirm, n, server))
        return 1;
    QByteArray answer;
    if (connections.front()->get(QStringLiteral("/p/%1/count").arg(QLatin1String(Slug)), &answer) != 200)
        return fail(QStringLiteral("the count does not answer 200")), 1;
    const qint64 counted = QJsonDocument::fromJson(answer).object().value(QLatin1String("confirmed")).toInteger(-1);
    const QString records = server.query(QStringLiteral("SELECT COUNT(*) FROM records WHERE type = 'signature'")).value(0);
    if (counted != n || records.toInt() != n)
        return fail(QStringLiteral("%1 confirmations, but the count says %2 and %3 signature records exist")
                        .arg(n).arg(counted).arg(records)), 1;

    const double signRate = n / sign.seconds;
    const double confirmRate = n / confirm.seconds;
    const double rawRate = n / raw.seconds;
    report("signatures_per_s", signRate, "req/s");
    report("sign_p50_ms", percentile(sign.latenciesMs, 50), "ms");
    report("sign_p95_ms", percentile(sign.latenciesMs, 95), "ms");
    report("confirmations_per_s", confirmRate, "req/s");
    report("confirm_p50_ms", percentile(confirm.latenciesMs, 50), "ms");
    report("confirm_p95_ms", percentile(confirm.latenciesMs, 95), "ms");
    report("raw_health_per_s", rawRate, "req/s");
    report("signatures_ratio_vs_raw", signRate / rawRate, "ratio");
    report("confirmations_ratio_vs_raw", confirmRate / rawRate, "ratio");
    if (sign.serverCpu >= 0 && raw.serverCpu >= 0 && confirm.serverCpu >= 0) {
        report("sign_server_cpu_us", sign.serverCpu / n * 1e6, "us");
        report("confirm_server_cpu_us", confirm.serverCpu / n * 1e6, "us");
        report("health_server_cpu_us", raw.serverCpu / n * 1e6, "us");
    }
    report("connections", c, "connections");
    connections.clear();
    if (server.stop() != 0)
        return fail(QStringLiteral("the server did not stop cleanly")), 1;
    return 0;
}
