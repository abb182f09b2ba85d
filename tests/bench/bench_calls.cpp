// bench_calls: phone-bank claims and results through the real relais-server (embedded SQLite) over HTTPS on
// 127.0.0.1, with many volunteers at once (default 100, one keep-alive connection and one thread each).
//   claim_p50_ms / claim_p95_ms  latency of POST /calls/campaigns/{id}/claim (5 contacts each) while every
//                                volunteer claims at once, in rounds until each holds 20 leases (the limit), then again
//                                after their results freed them
//   claims_per_s                 claim requests answered per second in those rounds
//   double_claims                contacts leased to two volunteers at once (from the answers and from the server's
//                                table); must be 0
//   results_per_s                call results pushed (one per push, as a client uploading after each call): each one
//                                a result row, the target's next attempt, a timeline interaction on the contact and
//                                the assignment removed from the volunteer's bucket (one write transaction)
//   raw_health_per_s             as many GET /api/v1/health on the same connections: TLS + HTTP, no database
//   claims_ratio_vs_raw, results_ratio_vs_raw
// Full size: 100 volunteers, 20,000 contacts; --quick: 20 volunteers, 2,000 contacts. Exits non-zero on any failed
// request, a double claim or a wrong count.
#include "BenchUtil.h"
#include "TestHttp.h"
#include "TestServer.h"

#include "Uuid7.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QThread>

#include <atomic>
#include <functional>
#include <mutex>
#include <thread>

using namespace relais;
using namespace relais::bench;

namespace {

const QString Password = QStringLiteral("bench volunteer password");

bool fail(const QString &what)
{
    std::fprintf(stderr, "bench_calls: %s\n", qPrintable(what));
    return false;
}

QString volunteerName(int i) { return QStringLiteral("bench-vol-%1").arg(i, 3, 10, QLatin1Char('0')); }

/// Runs `work(volunteer index, connection)` on every connection at once, one thread each; the main thread keeps
/// the event loop turning (TestServer drains the server's log from it). Returns the wall time in seconds.
double runAll(std::vector<std::unique_ptr<test::TestHttp>> &connections, const std::function<void(int, test::TestHttp &)> &work)
{
    std::atomic<int> running{int(connections.size())};
    std::atomic<bool> go{false};
    std::vector<std::thread> threads;
    for (int i = 0; i < int(connections.size()); ++i) {
        threads.emplace_back([&, i] {
            while (!go)
                std::this_thread::yield();
            work(i, *connections[std::size_t(i)]);
            --running;
        });
    }
    QElapsedTimer wall;
    wall.start();
    go = true;
    while (running > 0) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(2);
    }
    for (auto &t : threads)
        t.join();
    return double(wall.nsecsElapsed()) / 1e9;
}

bool pushContacts(test::TestHttp &admin, int n)
{
    const QString clientId = Uuid7::generate();
    qint64 seq = 0;
    for (int start = 0; start < n; start += 1000) {
        QJsonArray items;
        for (int i = start; i < std::min(n, start + 1000); ++i) {
            const QJsonObject c{{QStringLiteral("zone"), QStringLiteral("D69")},
                                {QStringLiteral("first_name"), QStringLiteral("Prénom%1").arg(i)},
                                {QStringLiteral("last_name"), QStringLiteral("Martin")},
                                {QStringLiteral("commune_code"), QStringLiteral("C69123")},
                                {QStringLiteral("phone"), QStringLiteral("+336%1").arg(10000000 + i)},
                                {QStringLiteral("consent_phone"), QJsonObject{{QStringLiteral("granted"), true},
                                                                               {QStringLiteral("at"), QStringLiteral("2026-11-01T10:00:00.000Z")},
                                                                               {QStringLiteral("source"), QStringLiteral("form")}}}};
            items.append(QJsonObject{{QStringLiteral("seq"), ++seq}, {QStringLiteral("type"), QStringLiteral("contact")},
                                     {QStringLiteral("op"), QStringLiteral("put")}, {QStringLiteral("id"), Uuid7::generate()},
                                     {QStringLiteral("base_version"), 0}, {QStringLiteral("data"), c}});
        }
        QByteArray answer;
        if (admin.post("/api/v1/sync/push", QJsonObject{{QStringLiteral("client_id"), clientId}, {QStringLiteral("items"), items}}, &answer) != 200)
            return fail(QStringLiteral("contact push: ") + QString::fromUtf8(answer.left(300)));
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("CI size: 20 volunteers, 2,000 contacts."));
    QCommandLineOption volunteersOpt(QStringLiteral("volunteers"), QStringLiteral("Concurrent volunteers (default 100)."), QStringLiteral("n"));
    QCommandLineOption contactsOpt(QStringLiteral("contacts"), QStringLiteral("Contacts in the pool (default 20,000)."), QStringLiteral("n"));
    QCommandLineOption roundsOpt(QStringLiteral("rounds"), QStringLiteral("Claim and result rounds (default 3; 1 with --quick)."), QStringLiteral("n"));
    parser.addOptions({quick, volunteersOpt, contactsOpt, roundsOpt});
    parser.process(app);
    const int v = parser.isSet(volunteersOpt) ? parser.value(volunteersOpt).toInt() : parser.isSet(quick) ? 20 : 100;
    const int contacts = parser.isSet(contactsOpt) ? parser.value(contactsOpt).toInt() : parser.isSet(quick) ? 2000 : 20000;
    const int rounds = parser.isSet(roundsOpt) ? parser.value(roundsOpt).toInt() : parser.isSet(quick) ? 1 : 3;
    constexpr int Batch = 5;
    constexpr int Limit = 20; // active leases per volunteer (CallPool::MaxActiveLeases)
    if (v < 1 || rounds < 1 || contacts < v * Limit * (rounds + 1))
        return fail(QStringLiteral("need at least 20 contacts per volunteer and round, and one more round")), 1;

    test::TestServer server;
    if (!server.databaseUrl().isEmpty())
        return fail(QStringLiteral("this benchmark measures the embedded SQLite backend: run it outside tests/with-postgres.sh")), 1;
    if (!server.start())
        return fail(server.error()), 1;
    std::fprintf(stderr, "bench_calls: %d volunteers, %d contacts, server %s\n", v, contacts, qPrintable(server.url()));
    for (int i = 0; i < v; ++i)
        if (!server.addUser(volunteerName(i), Password, QStringLiteral("volunteer"), QString()))
            return fail(QStringLiteral("could not create the volunteers")), 1;

    test::TestHttp admin(server.url(), server.certificatePath());
    if (!admin.login(QStringLiteral("admin"), server.adminPassword()))
        return fail(QStringLiteral("admin login failed")), 1;
    if (!pushContacts(admin, contacts))
        return 1;
    QJsonArray team;
    for (int i = 0; i < v; ++i)
        team.append(volunteerName(i));
    const QString campaignId = Uuid7::generate();
    const QJsonObject campaign{{QStringLiteral("zone"), QStringLiteral("D69")},
                               {QStringLiteral("name"), QStringLiteral("Appel aux sympathisants du Rhône")},
                               {QStringLiteral("audience"), QJsonObject{{QStringLiteral("zones"), QJsonArray{QStringLiteral("D69")}}}},
                               {QStringLiteral("script"), QStringLiteral("Bonjour {{prenom|Madame, Monsieur}}, ici l'équipe de {{commune}}.")},
                               {QStringLiteral("survey"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("vote")},
                                                                                 {QStringLiteral("kind"), QStringLiteral("single")},
                                                                                 {QStringLiteral("question"), QStringLiteral("Irez-vous voter ?")},
                                                                                 {QStringLiteral("choices"), QJsonArray{QStringLiteral("Oui"), QStringLiteral("Non")}}}}},
                               {QStringLiteral("hours"), QJsonObject{{QStringLiteral("days"), QJsonArray{1, 2, 3, 4, 5, 6, 7}},
                                                                     {QStringLiteral("from"), QStringLiteral("00:00")},
                                                                     {QStringLiteral("to"), QStringLiteral("23:59")}}},
                               {QStringLiteral("team"), team},
                               {QStringLiteral("goal"), contacts / 2}};
    const QJsonObject pushed = admin.pushItem(Uuid7::generate(), 1, QStringLiteral("call_campaign"), QStringLiteral("put"), campaignId, campaign);
    if (pushed.value(QLatin1String("status")).toString() != QLatin1String("applied"))
        return fail(QStringLiteral("campaign push: ") + QString::fromUtf8(QJsonDocument(pushed).toJson(QJsonDocument::Compact))), 1;

    // Every volunteer signed in on their own connection before anything is timed.
    std::vector<std::unique_ptr<test::TestHttp>> connections;
    for (int i = 0; i < v; ++i) {
        connections.push_back(std::make_unique<test::TestHttp>(server.url(), server.certificatePath()));
        if (!connections.back()->login(volunteerName(i), Password))
            return fail(QStringLiteral("volunteer login failed")), 1;
    }

    std::mutex mutex;
    std::atomic<int> failures{0};
    QString firstFailure;
    auto failed = [&](const QString &what) {
        if (failures++ == 0) {
            std::lock_guard lock(mutex);
            firstFailure = what;
        }
    };
    std::vector<double> claimMs;
    QStringList leasedNow;                      // contacts leased in the current phase (all leases live at once)
    std::vector<QList<QString>> held(static_cast<std::size_t>(v)); // assignment ids each volunteer holds
    qint64 claimRequests = 0;
    int doubleClaims = 0;
    double claimSeconds = 0;
    const std::string claimPath = QStringLiteral("/api/v1/calls/campaigns/%1/claim").arg(campaignId).toStdString();
    const QByteArray claimBody = QJsonDocument(QJsonObject{{QStringLiteral("count"), Batch}}).toJson(QJsonDocument::Compact);

    auto claimPhase = [&] {
        leasedNow.clear();
        claimSeconds += runAll(connections, [&](int i, test::TestHttp &http) {
            std::vector<double> mine;
            QStringList contactsMine;
            QList<QString> assignments;
            for (int round = 0; round < Limit / Batch; ++round) {
                QByteArray answer;
                QElapsedTimer one;
                one.start();
                const int status = http.postJson(claimPath.c_str(), claimBody, &answer);
                mine.push_back(double(one.nsecsElapsed()) / 1e6);
                const QJsonObject a = QJsonDocument::fromJson(answer).object();
                const QJsonArray list = a.value(QLatin1String("assignments")).toArray();
                if (status != 200 || list.size() != Batch) {
                    failed(QStringLiteral("claim answered %1 with %2 contacts: %3").arg(status).arg(list.size()).arg(QString::fromUtf8(answer.left(200))));
                    break;
                }
                for (const QJsonValue &x : list) {
                    contactsMine << x.toObject().value(QLatin1String("contact_id")).toString();
                    assignments << x.toObject().value(QLatin1String("id")).toString();
                }
            }
            std::lock_guard lock(mutex);
            claimMs.insert(claimMs.end(), mine.begin(), mine.end());
            claimRequests += qint64(mine.size());
            leasedNow << contactsMine;
            held[std::size_t(i)] = assignments;
        });
        doubleClaims += int(leasedNow.size() - QSet<QString>(leasedNow.cbegin(), leasedNow.cend()).size());
    };

    // Raw baseline: as many requests on the same connections, no database.
    const int rawPerConnection = Limit / Batch * 2;
    const double rawSeconds = runAll(connections, [&](int, test::TestHttp &http) {
        for (int k = 0; k < rawPerConnection; ++k)
            if (http.get(QStringLiteral("/api/v1/health")) != 200)
                failed(QStringLiteral("health did not answer 200"));
    });

    // 1. Everyone claims until they hold 20 leases.
    claimPhase();
    if (failures > 0)
        return fail(QStringLiteral("%1 failures; first: %2").arg(failures.load()).arg(firstFailure)), 1;

    // 2. Everyone uploads a result for each lease, one push per call; then claims again (3), from a pool that now
    //    also holds the contacts to call back later. Repeated `rounds` times.
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    double resultSeconds = 0;
    qint64 results = 0;
    for (int round = 0; round < rounds; ++round) {
        resultSeconds += runAll(connections, [&](int i, test::TestHttp &http) {
            const QString clientId = Uuid7::generate();
            qint64 seq = 0;
            const QString zone = QStringLiteral("V"); // the server keeps the pusher's own bucket whatever is sent
            for (const QString &assignment : held[std::size_t(i)]) {
                const QJsonObject result{{QStringLiteral("zone"), zone},
                                         {QStringLiteral("assignment_id"), assignment},
                                         {QStringLiteral("outcome"), seq % 3 == 0 ? QStringLiteral("no_answer") : QStringLiteral("completed")},
                                         {QStringLiteral("answers"), seq % 3 == 0 ? QJsonObject() : QJsonObject{{QStringLiteral("vote"), QStringLiteral("Oui")}}},
                                         {QStringLiteral("duration_s"), 60 + seq},
                                         {QStringLiteral("called_at"), now}};
                const QJsonObject r = http.pushItem(clientId, ++seq, QStringLiteral("call_result"), QStringLiteral("put"), Uuid7::generate(), result);
                if (r.value(QLatin1String("status")).toString() != QLatin1String("applied"))
                    failed(QStringLiteral("result push: ") + QString::fromUtf8(QJsonDocument(r).toJson(QJsonDocument::Compact)));
            }
        });
        if (failures > 0)
            return fail(QStringLiteral("%1 failures; first: %2").arg(failures.load()).arg(firstFailure)), 1;
        results += qint64(v) * Limit;
        claimPhase();
        if (failures > 0)
            return fail(QStringLiteral("%1 failures; first: %2").arg(failures.load()).arg(firstFailure)), 1;
    }

    const int serverDoubles = server.query(QStringLiteral("SELECT contact_id FROM call_assignments WHERE status = 'leased'"
                                                          " GROUP BY contact_id HAVING COUNT(*) > 1")).size();
    const QString stored = server.query(QStringLiteral("SELECT COUNT(*) FROM call_results")).value(0);
    if (stored.toLongLong() != results)
        return fail(QStringLiteral("%1 results pushed, %2 stored").arg(results).arg(stored)), 1;

    const double rawRate = double(v) * rawPerConnection / rawSeconds;
    const double claimRate = double(claimRequests) / claimSeconds;
    const double resultRate = double(results) / resultSeconds;
    report("claim_p50_ms", percentile(claimMs, 50), "ms");
    report("claim_p95_ms", percentile(claimMs, 95), "ms");
    report("claims_per_s", claimRate, "req/s");
    report("double_claims", doubleClaims + serverDoubles, "contacts");
    report("results_per_s", resultRate, "req/s");
    report("raw_health_per_s", rawRate, "req/s");
    report("claims_ratio_vs_raw", claimRate / rawRate, "ratio");
    report("results_ratio_vs_raw", resultRate / rawRate, "ratio");
    report("volunteers", v, "volunteers");
    connections.clear();
    if (server.stop() != 0)
        return fail(QStringLiteral("the server did not stop cleanly")), 1;
    return doubleClaims + serverDoubles == 0 ? 0 : 1;
}
