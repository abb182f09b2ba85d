// Call sessions end to end (issue 6): a real relais-server over TLS on 127.0.0.1 (SQLite, or PostgreSQL under
// tests/with-postgres.sh). A cadre writes a campaign; 50 volunteers claim at once and no contact is leased
// twice; a volunteer's encrypted replica holds only their claimed contacts and the server refuses them anything
// else; results recorded offline are uploaded, twice, and count once; "do not call" reaches a cadre's replica;
// expired leases go back to the pool (the server's clock moved by its test hook); no claim outside calling
// hours; the live figures, the audited CSV, invitation codes and bad input.
#include "CallCampaign.h"
#include "ContactRepository.h"
#include "Interaction.h"
#include "ProfileSession.h"
#include "RecordRepository.h"
#include "Replica.h"
#include "TestClient.h"
#include "TestHttp.h"
#include "TestServer.h"
#include "Uuid7.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <atomic>
#include <mutex>
#include <thread>

using namespace relais;
using namespace relais::test;

namespace {

const QString Password = QStringLiteral("correct horse battery staple");
constexpr int Volunteers = 50;
constexpr int Eligible = 240;

QJsonObject parse(const QByteArray &b) { return QJsonDocument::fromJson(b).object(); }

QString volunteerName(int i) { return QStringLiteral("vol%1").arg(i, 2, 10, QLatin1Char('0')); }

QJsonObject consent(bool granted)
{
    return {{QStringLiteral("granted"), granted},
            {QStringLiteral("at"), QStringLiteral("2026-11-01T10:00:00.000Z")},
            {QStringLiteral("source"), QStringLiteral("form")}};
}

} // namespace

class TestCallIntegration : public QObject
{
    Q_OBJECT

    QTemporaryDir m_clockDir;
    std::unique_ptr<TestServer> m_server;
    QString m_clientId = Uuid7::generate();
    qint64 m_seq = 0;
    QString m_campaignId = Uuid7::generate();
    QStringList m_contactIds; ///< eligible contacts, in creation order
    QStringList m_noConsent;
    QHash<QString, QStringList> m_claimedBy; ///< volunteer -> contact ids leased in the concurrent claim

    std::unique_ptr<TestHttp> http(const QString &user = QString())
    {
        auto h = std::make_unique<TestHttp>(m_server->url(), m_server->certificatePath());
        if (!user.isEmpty() && !h->login(user, Password))
            return nullptr;
        return h;
    }

    void setClockOffset(qint64 seconds)
    {
        QFile f(m_clockDir.filePath(QStringLiteral("offset")));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray::number(seconds));
        f.close();
        QTest::qWait(250); // the server reads it again at most every 100 ms
    }

    QJsonObject campaign(const QString &zone, const QJsonObject &hours) const
    {
        QJsonArray team;
        for (int i = 0; i < Volunteers; ++i)
            team.append(volunteerName(i));
        team.append(QStringLiteral("vera"));
        return {{QStringLiteral("zone"), zone},
                {QStringLiteral("name"), QStringLiteral("Municipales : appel aux sympathisants")},
                {QStringLiteral("audience"), QJsonObject{{QStringLiteral("zones"), QJsonArray{zone}}}},
                {QStringLiteral("script"), QStringLiteral("Bonjour {{prenom|Madame, Monsieur}}, je vous appelle de {{commune|votre commune}}.")},
                {QStringLiteral("survey"),
                 QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("vote")},
                                        {QStringLiteral("kind"), QStringLiteral("single")},
                                        {QStringLiteral("question"), QStringLiteral("Irez-vous voter ?")},
                                        {QStringLiteral("choices"), QJsonArray{QStringLiteral("Oui"), QStringLiteral("Non"), QStringLiteral("Je ne sais pas")}}},
                            QJsonObject{{QStringLiteral("id"), QStringLiteral("themes")},
                                        {QStringLiteral("kind"), QStringLiteral("multiple")},
                                        {QStringLiteral("question"), QStringLiteral("Vos priorités")},
                                        {QStringLiteral("choices"), QJsonArray{QStringLiteral("Transports"), QStringLiteral("Écoles"), QStringLiteral("Santé")}}},
                            QJsonObject{{QStringLiteral("id"), QStringLiteral("remarks")},
                                        {QStringLiteral("kind"), QStringLiteral("text")},
                                        {QStringLiteral("question"), QStringLiteral("Remarques")}}}},
                {QStringLiteral("hours"), hours},
                {QStringLiteral("max_attempts"), 3},
                {QStringLiteral("retry_delay_minutes"), 60},
                {QStringLiteral("lease_minutes"), 60},
                {QStringLiteral("team"), team},
                {QStringLiteral("goal"), 200},
                {QStringLiteral("status"), QStringLiteral("active")}};
    }

    static QJsonObject allDay() { return {{QStringLiteral("days"), QJsonArray{1, 2, 3, 4, 5, 6, 7}}, {QStringLiteral("from"), QStringLiteral("00:00")}, {QStringLiteral("to"), QStringLiteral("23:59")}}; }

    QJsonObject push(TestHttp &h, const QString &type, const QString &op, const QString &id, const QJsonObject &data)
    {
        return h.pushItem(m_clientId, ++m_seq, type, op, id, data);
    }

    /// POST /claim as `h`; the answer.
    static QJsonObject claim(TestHttp &h, const QString &campaignId, int count, int *status = nullptr)
    {
        QByteArray answer;
        const int s = h.post(QStringLiteral("/api/v1/calls/campaigns/%1/claim").arg(campaignId),
                             {{QStringLiteral("count"), count}}, &answer);
        if (status)
            *status = s;
        return parse(answer);
    }

    static QJsonObject result(const QString &assignmentId, const QString &zone, const QString &outcome, const QJsonObject &answers = {})
    {
        return {{QStringLiteral("zone"), zone},
                {QStringLiteral("assignment_id"), assignmentId},
                {QStringLiteral("outcome"), outcome},
                {QStringLiteral("answers"), answers},
                {QStringLiteral("notes"), QString()},
                {QStringLiteral("duration_s"), 95},
                {QStringLiteral("called_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    }

    qint64 userId(const QString &name)
    {
        return m_server->query(QStringLiteral("SELECT id FROM users WHERE username = ?"), {name}).value(0).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_clockDir.isValid());
        qputenv("RELAIS_SERVER_CLOCK_OFFSET_FILE", m_clockDir.filePath(QStringLiteral("offset")).toUtf8());
        m_server = std::make_unique<TestServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        QVERIFY(m_server->addUser(QStringLiteral("alice"), Password, QStringLiteral("cadre"), QStringLiteral("D69")));
        QVERIFY(m_server->addUser(QStringLiteral("bob"), Password, QStringLiteral("cadre"), QStringLiteral("D75")));
        QVERIFY(m_server->addUser(QStringLiteral("vera"), Password, QStringLiteral("volunteer"), QString()));
        QVERIFY(m_server->addUser(QStringLiteral("nat"), Password, QStringLiteral("national"), QStringLiteral("FR")));
        for (int i = 0; i < Volunteers; ++i)
            QVERIFY(m_server->addUser(volunteerName(i), Password, QStringLiteral("volunteer"), QString()));

        // The cadre's contacts: most with a phone and phone consent, some without consent, some without a phone.
        auto alice = http(QStringLiteral("alice"));
        QVERIFY(alice);
        QJsonArray items;
        for (int i = 0; i < Eligible + 20; ++i) {
            const QString id = Uuid7::generate();
            const bool noConsent = i >= Eligible && i < Eligible + 10;
            const bool noPhone = i >= Eligible + 10;
            QJsonObject c{{QStringLiteral("zone"), QStringLiteral("D69")},
                          {QStringLiteral("first_name"), QStringLiteral("Prénom%1").arg(i)},
                          {QStringLiteral("last_name"), QStringLiteral("Martin")},
                          {QStringLiteral("commune_code"), QStringLiteral("C69123")},
                          {QStringLiteral("phone"), noPhone ? QString() : QStringLiteral("+3361234%1").arg(i, 4, 10, QLatin1Char('0'))},
                          {QStringLiteral("consent_phone"), consent(!noConsent)}};
            items.append(QJsonObject{{QStringLiteral("seq"), ++m_seq}, {QStringLiteral("type"), QStringLiteral("contact")},
                                     {QStringLiteral("op"), QStringLiteral("put")}, {QStringLiteral("id"), id},
                                     {QStringLiteral("base_version"), 0}, {QStringLiteral("data"), c}});
            (noConsent ? m_noConsent : m_contactIds) << id;
        }
        QByteArray answer;
        QCOMPARE(alice->post("/api/v1/sync/push", QJsonObject{{QStringLiteral("client_id"), m_clientId}, {QStringLiteral("items"), items}}, &answer), 200);
        for (const QJsonValue &r : parse(answer).value(QLatin1String("results")).toArray())
            QCOMPARE(r.toObject().value(QLatin1String("status")).toString(), QStringLiteral("applied"));
        m_contactIds = m_contactIds.mid(0, Eligible);

        const QJsonObject applied = push(*alice, QStringLiteral("call_campaign"), QStringLiteral("put"), m_campaignId,
                                         campaign(QStringLiteral("D69"), allDay()));
        QCOMPARE(applied.value(QLatin1String("status")).toString(), QStringLiteral("applied"));
        QCOMPARE(m_server->query(QStringLiteral("SELECT COUNT(*) FROM call_targets WHERE campaign_id = ?"), {m_campaignId}).value(0),
                 QString::number(Eligible));
    }

    void campaignsAreChecked()
    {
        auto alice = http(QStringLiteral("alice"));
        auto bob = http(QStringLiteral("bob"));
        QJsonObject bad = campaign(QStringLiteral("D69"), allDay());
        bad.insert(QStringLiteral("script"), QStringLiteral("Bonjour {{prenon}}"));
        QJsonObject r = push(*alice, QStringLiteral("call_campaign"), QStringLiteral("put"), Uuid7::generate(), bad);
        QCOMPARE(r.value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
        QVERIFY2(r.value(QLatin1String("message")).toString().contains(QLatin1String("prenon")), qPrintable(r.value(QLatin1String("message")).toString()));

        bad = campaign(QStringLiteral("D69"), allDay());
        bad.insert(QStringLiteral("team"), QJsonArray{QStringLiteral("nobody-here")});
        r = push(*alice, QStringLiteral("call_campaign"), QStringLiteral("put"), Uuid7::generate(), bad);
        QCOMPARE(r.value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
        QVERIFY(r.value(QLatin1String("message")).toString().contains(QLatin1String("nobody-here")));

        bad = campaign(QStringLiteral("D69"), QJsonObject{{QStringLiteral("from"), QStringLiteral("20:00")}, {QStringLiteral("to"), QStringLiteral("09:00")}});
        r = push(*alice, QStringLiteral("call_campaign"), QStringLiteral("put"), Uuid7::generate(), bad);
        QCOMPARE(r.value(QLatin1String("status")).toString(), QStringLiteral("rejected"));

        // Another department's cadre may neither write a campaign in D69 nor edit this one, nor read its figures.
        r = push(*bob, QStringLiteral("call_campaign"), QStringLiteral("put"), Uuid7::generate(), campaign(QStringLiteral("D69"), allDay()));
        QCOMPARE(r.value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
        r = push(*bob, QStringLiteral("call_campaign"), QStringLiteral("put"), m_campaignId, campaign(QStringLiteral("D75"), allDay()));
        QCOMPARE(r.value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(bob->get(QStringLiteral("/api/v1/calls/campaigns/%1/stats").arg(m_campaignId)), 403);
        // A volunteer cannot write one, nor assignments.
        auto vera = http(QStringLiteral("vera"));
        r = push(*vera, QStringLiteral("call_campaign"), QStringLiteral("put"), Uuid7::generate(), campaign(QStringLiteral("D69"), allDay()));
        QCOMPARE(r.value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
        r = push(*vera, QStringLiteral("call_assignment"), QStringLiteral("put"), Uuid7::generate(), {{QStringLiteral("zone"), QStringLiteral("V1")}});
        QCOMPARE(r.value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
        // Someone outside the team cannot claim.
        int status = 0;
        claim(*bob, m_campaignId, 5, &status);
        QCOMPARE(status, 403);
        // Bad requests get a 400 with the reason and lease nothing.
        auto member = http(volunteerName(0));
        QByteArray answer;
        for (int bad : {0, 21}) {
            QCOMPARE(member->post(QStringLiteral("/api/v1/calls/campaigns/%1/claim").arg(m_campaignId),
                                  {{QStringLiteral("count"), bad}}, &answer), 400);
            QVERIFY(parse(answer).value(QLatin1String("message")).toString().contains(QLatin1String("count")));
        }
        QCOMPARE(m_server->query(QStringLiteral("SELECT COUNT(*) FROM call_assignments")).value(0), QStringLiteral("0"));
        QCOMPARE(member->post(QStringLiteral("/api/v1/calls/campaigns/%1/claim").arg(Uuid7::generate()), {}, &answer), 404);
        auto alice2 = http(QStringLiteral("alice"));
        QCOMPARE(alice2->post(QStringLiteral("/api/v1/calls/campaigns/%1/invitations").arg(m_campaignId),
                              {{QStringLiteral("uses"), 0}}, &answer), 400);
        QCOMPARE(http()->post(QStringLiteral("/api/v1/calls/signup"),
                              {{QStringLiteral("code"), QStringLiteral("ANYCODE12345")}, {QStringLiteral("username"), QStringLiteral("court")},
                               {QStringLiteral("password"), QStringLiteral("short")}},
                              &answer), 422);
        QCOMPARE(m_server->query(QStringLiteral("SELECT COUNT(*) FROM users WHERE username = 'court'")).value(0), QStringLiteral("0"));
    }

    void concurrentClaimsNeverLeaseTwice()
    {
        // 50 volunteers log in, then claim at once, again and again, until the pool is empty.
        std::vector<std::unique_ptr<TestHttp>> clients;
        for (int i = 0; i < Volunteers; ++i) {
            clients.push_back(http(volunteerName(i)));
            QVERIFY(clients.back());
        }
        std::mutex mutex;
        QStringList all;
        std::atomic<int> errors{0};
        std::atomic<bool> go{false};
        std::vector<std::thread> threads;
        for (int i = 0; i < Volunteers; ++i) {
            threads.emplace_back([&, i] {
                while (!go)
                    std::this_thread::yield();
                for (int round = 0; round < 10; ++round) {
                    int status = 0;
                    const QJsonObject a = claim(*clients[size_t(i)], m_campaignId, 3, &status);
                    if (status != 200) {
                        ++errors;
                        return;
                    }
                    const QJsonArray list = a.value(QLatin1String("assignments")).toArray();
                    std::lock_guard lock(mutex);
                    for (const QJsonValue &x : list) {
                        all << x.toObject().value(QLatin1String("contact_id")).toString();
                        m_claimedBy[volunteerName(i)] << all.last();
                    }
                    if (list.isEmpty())
                        return;
                }
            });
        }
        go = true;
        for (auto &t : threads)
            t.join();
        QCOMPARE(errors.load(), 0);
        const QSet<QString> distinct(all.cbegin(), all.cend());
        QCOMPARE(all.size(), Eligible); // every eligible contact leased ...
        QCOMPARE(distinct.size(), Eligible); // ... exactly once
        for (const QString &id : std::as_const(m_noConsent))
            QVERIFY(!distinct.contains(id)); // never without phone consent
        QCOMPARE(m_server->query(QStringLiteral("SELECT contact_id FROM call_assignments WHERE status = 'leased'"
                                                " GROUP BY contact_id HAVING COUNT(*) > 1")),
                 QStringList());
        // The pool is empty now: the next claim (of a team member who holds no lease) says so.
        auto v = http(QStringLiteral("vera"));
        QCOMPARE(claim(*v, m_campaignId, 5).value(QLatin1String("reason")).toString(), QStringLiteral("exhausted"));
    }

    void volunteerReplicaHoldsOnlyTheirContacts()
    {
        const QString name = volunteerName(7);
        const QStringList mine = m_claimedBy.value(name);
        QVERIFY(!mine.isEmpty());
        TestClient client(QStringLiteral("volunteer"));
        QVERIFY2(client.connectTo(*m_server, name, Password), qPrintable(client.error()));
        QVERIFY2(client.sync(), qPrintable(client.error()));
        QCOMPARE(client.count(), 0); // no contact records at all
        RecordRepository records(client.session()->replica()->database());
        // One brief of the campaign (its script with the tokens, its survey), not a copy in every assignment.
        const QList<SyncRecord> briefs = records.list(QStringLiteral("call_brief"));
        QCOMPARE(briefs.size(), 1);
        const QJsonObject brief = briefs.first().data;
        QCOMPARE(briefs.first().zone, QStringLiteral("V%1").arg(userId(name)));
        QCOMPARE(brief.value(QLatin1String("campaign_id")).toString(), m_campaignId);
        QVERIFY(brief.value(QLatin1String("script")).toString().contains(QLatin1String("{{prenom|")));
        QCOMPARE(brief.value(QLatin1String("survey")).toArray().size(), 3);
        const QList<SyncRecord> assignments = records.list(QStringLiteral("call_assignment"));
        QStringList held;
        for (const SyncRecord &a : assignments) {
            held << a.data.value(QLatin1String("contact_id")).toString();
            QCOMPARE(a.zone, QStringLiteral("V%1").arg(userId(name)));
            QVERIFY(!a.data.contains(QLatin1String("script")));
            const QString script = CallScript::fillFor(brief.value(QLatin1String("script")).toString(), a.data);
            QVERIFY2(script.startsWith(QStringLiteral("Bonjour Prénom")), qPrintable(script));
            QVERIFY2(script.contains(QLatin1String("Lyon")), qPrintable(script));
            QVERIFY(a.data.value(QLatin1String("phone")).toString().startsWith(QLatin1String("+3361234")));
            QVERIFY(!a.data.contains(QLatin1String("email")));
        }
        held.sort();
        QStringList expected = mine;
        expected.sort();
        QCOMPARE(held, expected);
        QCOMPARE(records.list(QStringLiteral("call_campaign")).size(), 0); // the campaign lives in D69
        // Assignments are written from pre-built cards: their op data is still the canonical compact JSON that the
        // protocol's checksums are defined over.
        const QStringList opData = m_server->query(QStringLiteral("SELECT data FROM ops WHERE type = 'call_assignment'"
                                                                  " AND op = 'PUT' ORDER BY op_id LIMIT 20"));
        QVERIFY(!opData.isEmpty());
        for (const QString &d : opData) {
            const QByteArray bytes = d.toUtf8();
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
            QCOMPARE(doc.toJson(QJsonDocument::Compact), bytes);
        }

        // The server refuses them anything else: a contact, their own claimed contact's full record, an export.
        auto v = http(name);
        QCOMPARE(v->get(QStringLiteral("/api/v1/contacts/%1").arg(mine.first())), 403);
        QCOMPARE(v->get(QStringLiteral("/api/v1/contacts/export?zone=D69")), 403);
        QCOMPARE(v->get(QStringLiteral("/api/v1/calls/campaigns/%1/stats").arg(m_campaignId)), 403);
        QCOMPARE(v->get(QStringLiteral("/api/v1/calls/campaigns/%1/answers.csv").arg(m_campaignId)), 403);
        // Someone else's assignment cannot be given back by them.
        const QString other = m_server->query(QStringLiteral("SELECT id FROM call_assignments WHERE volunteer_id <> ? AND status = 'leased'"),
                                              {userId(name)}).value(0);
        QCOMPARE(v->post(QStringLiteral("/api/v1/calls/assignments/%1/release").arg(other), {}), 404);
        // What they may call: the campaign, with their leases.
        QByteArray answer;
        QCOMPARE(v->get(QStringLiteral("/api/v1/calls/mine"), &answer), 200);
        const QJsonArray campaigns = parse(answer).value(QLatin1String("campaigns")).toArray();
        QCOMPARE(campaigns.size(), 1);
        QCOMPARE(campaigns.at(0).toObject().value(QLatin1String("leased")).toInteger(), mine.size());
        QCOMPARE(campaigns.at(0).toObject().value(QLatin1String("open_now")).toBool(), true);

        // The script is edited: their brief follows at the next sync; the assignments are not written again.
        const QString assignmentOps = m_server->query(QStringLiteral("SELECT COUNT(*) FROM ops WHERE type = 'call_assignment'")).value(0);
        QJsonObject edited = campaign(QStringLiteral("D69"), allDay());
        edited.insert(QStringLiteral("script"), QStringLiteral("Bonsoir {{prenom|Madame, Monsieur}} !"));
        auto alice = http(QStringLiteral("alice"));
        QCOMPARE(push(*alice, QStringLiteral("call_campaign"), QStringLiteral("put"), m_campaignId, edited)
                     .value(QLatin1String("status")).toString(),
                 QStringLiteral("applied"));
        QVERIFY2(client.sync(), qPrintable(client.error()));
        const QList<SyncRecord> after = records.list(QStringLiteral("call_brief"));
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().id, briefs.first().id);
        QCOMPARE(after.first().data.value(QLatin1String("script")).toString(), QStringLiteral("Bonsoir {{prenom|Madame, Monsieur}} !"));
        QCOMPARE(m_server->query(QStringLiteral("SELECT COUNT(*) FROM ops WHERE type = 'call_assignment'")).value(0), assignmentOps);
        QCOMPARE(records.list(QStringLiteral("call_assignment")).size(), assignments.size());
        QCOMPARE(push(*alice, QStringLiteral("call_campaign"), QStringLiteral("put"), m_campaignId, campaign(QStringLiteral("D69"), allDay()))
                     .value(QLatin1String("status")).toString(),
                 QStringLiteral("applied"));
    }

    void offlineResultsUploadTwiceCountOnce()
    {
        const QString name = volunteerName(3);
        TestClient volunteer(QStringLiteral("volunteer3"));
        QVERIFY2(volunteer.connectTo(*m_server, name, Password), qPrintable(volunteer.error()));
        QVERIFY2(volunteer.sync(), qPrintable(volunteer.error()));
        RecordRepository records(volunteer.session()->replica()->database());
        QList<SyncRecord> assignments = records.list(QStringLiteral("call_assignment"));
        QVERIFY(assignments.size() >= 3);

        // Offline, three calls: do not call, completed with answers, no answer.
        volunteer.goOffline();
        const QStringList outcomes{QStringLiteral("do_not_call"), QStringLiteral("completed"), QStringLiteral("no_answer")};
        QStringList resultIds;
        QStringList contacts;
        for (int i = 0; i < 3; ++i) {
            const SyncRecord &a = assignments.at(i);
            SyncRecord r;
            r.type = QStringLiteral("call_result");
            r.zone = a.zone;
            QJsonObject answers;
            if (i == 1)
                answers = {{QStringLiteral("vote"), QStringLiteral("Oui")},
                           {QStringLiteral("themes"), QJsonArray{QStringLiteral("Écoles"), QStringLiteral("Santé")}},
                           {QStringLiteral("remarks"), QStringLiteral("Veut aider le jour du vote")}};
            r.data = result(a.id, a.zone, outcomes.at(i), answers);
            QString error;
            QVERIFY2(records.save(r, &error), qPrintable(error));
            resultIds << r.id;
            contacts << a.data.value(QLatin1String("contact_id")).toString();
        }
        QCOMPARE(m_server->query(QStringLiteral("SELECT COUNT(*) FROM call_results")).value(0), QStringLiteral("0"));

        // Back online: uploaded, the assignments leave the replica.
        QVERIFY2(volunteer.sync(), qPrintable(volunteer.error()));
        QCOMPARE(m_server->query(QStringLiteral("SELECT COUNT(*) FROM call_results")).value(0), QStringLiteral("3"));
        QVERIFY2(volunteer.sync(), qPrintable(volunteer.error()));
        assignments = records.list(QStringLiteral("call_assignment"));
        for (const SyncRecord &a : std::as_const(assignments))
            QVERIFY(!contacts.contains(a.data.value(QLatin1String("contact_id")).toString()));
        // The replica keeps the bare results (no answers, no notes) for its progress.
        const auto kept = records.get(QStringLiteral("call_result"), resultIds.at(1));
        QVERIFY(kept);
        QCOMPARE(kept->data.value(QLatin1String("outcome")).toString(), QStringLiteral("completed"));
        QVERIFY(!kept->data.contains(QLatin1String("answers")));

        // The same uploads again (another device, a replayed queue): still one result each.
        auto h = http(name);
        const QString replayClient = Uuid7::generate();
        for (int i = 0; i < 3; ++i) {
            const QJsonObject again = h->pushItem(replayClient, i + 1, QStringLiteral("call_result"), QStringLiteral("put"), resultIds.at(i),
                                                  result(QString(), QStringLiteral("V%1").arg(userId(name)), outcomes.at(i)));
            QCOMPARE(again.value(QLatin1String("status")).toString(), QStringLiteral("applied"));
        }
        QCOMPARE(m_server->query(QStringLiteral("SELECT COUNT(*) FROM call_results")).value(0), QStringLiteral("3"));
        QCOMPARE(m_server->query(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE contact_id = ?"), {contacts.at(1)}).value(0),
                 QStringLiteral("1"));

        // No answer: not called again today (Paris), the contact is back in the pool for tomorrow.
        const qint64 nextAt = m_server->query(QStringLiteral("SELECT next_at FROM call_targets WHERE contact_id = ?"), {contacts.at(2)})
                                  .value(0).toLongLong();
        const QTimeZone paris(QByteArrayLiteral("Europe/Paris"));
        const QDateTime tomorrow(QDateTime::currentDateTimeUtc().toTimeZone(paris).date().addDays(1), QTime(0, 0), paris);
        QVERIFY(nextAt >= tomorrow.toMSecsSinceEpoch());
        QCOMPARE(m_server->query(QStringLiteral("SELECT state FROM call_targets WHERE contact_id = ?"), {contacts.at(0)}).value(0),
                 QStringLiteral("done"));

        // Someone else's assignment, an unknown outcome, an answer that is not a choice: rejected.
        const QString other = m_claimedBy.value(volunteerName(4)).value(0);
        const QString otherAssignment = m_server->query(QStringLiteral("SELECT id FROM call_assignments WHERE contact_id = ?"), {other}).value(0);
        QJsonObject r = h->pushItem(replayClient, 10, QStringLiteral("call_result"), QStringLiteral("put"), Uuid7::generate(),
                                    result(otherAssignment, QStringLiteral("V%1").arg(userId(name)), QStringLiteral("completed")));
        QCOMPARE(r.value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
        const QString mineLeft = assignments.value(0).id;
        r = h->pushItem(replayClient, 11, QStringLiteral("call_result"), QStringLiteral("put"), Uuid7::generate(),
                        result(mineLeft, QStringLiteral("V%1").arg(userId(name)), QStringLiteral("hung_up")));
        QCOMPARE(r.value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
        r = h->pushItem(replayClient, 12, QStringLiteral("call_result"), QStringLiteral("put"), Uuid7::generate(),
                        result(mineLeft, QStringLiteral("V%1").arg(userId(name)), QStringLiteral("completed"),
                               {{QStringLiteral("vote"), QStringLiteral("Peut-être")}}));
        QCOMPARE(r.value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(m_server->query(QStringLiteral("SELECT COUNT(*) FROM call_results")).value(0), QStringLiteral("3"));

        // "Do not call" reaches the cadre's replica at its next sync, with its timeline events.
        TestClient cadre(QStringLiteral("cadre"));
        QVERIFY2(cadre.connectTo(*m_server, QStringLiteral("alice"), Password), qPrintable(cadre.error()));
        QVERIFY2(cadre.sync(), qPrintable(cadre.error()));
        const auto refused = cadre.contact(contacts.at(0));
        QVERIFY(refused);
        const Consent phone = refused->consentFor(Channel::Phone);
        QVERIFY(phone.granted.has_value());
        QCOMPARE(*phone.granted, false);
        const QList<Interaction> timeline = cadre.contacts()->timeline(contacts.at(0));
        QVERIFY(std::any_of(timeline.cbegin(), timeline.cend(), [](const Interaction &i) { return i.kind == QLatin1String("call"); }));
        QVERIFY(std::any_of(timeline.cbegin(), timeline.cend(), [](const Interaction &i) { return i.kind == QLatin1String("consent"); }));
    }

    void statsExportAndInvitations()
    {
        auto alice = http(QStringLiteral("alice"));
        QByteArray answer;
        QCOMPARE(alice->get(QStringLiteral("/api/v1/calls/campaigns/%1/stats").arg(m_campaignId), &answer), 200);
        const QJsonObject s = parse(answer);
        QCOMPARE(s.value(QLatin1String("calls")).toInteger(), 3);
        QCOMPARE(s.value(QLatin1String("completed")).toInteger(), 1);
        QCOMPARE(s.value(QLatin1String("outcomes")).toObject().value(QLatin1String("do_not_call")).toInteger(), 1);
        QCOMPARE(s.value(QLatin1String("targets")).toInteger(), Eligible);
        const QJsonArray survey = s.value(QLatin1String("survey")).toArray();
        QCOMPARE(survey.at(0).toObject().value(QLatin1String("answers")).toObject().value(QLatin1String("Oui")).toInteger(), 1);
        QCOMPARE(survey.at(1).toObject().value(QLatin1String("answers")).toObject().value(QStringLiteral("Santé")).toInteger(), 1);
        QCOMPARE(survey.at(2).toObject().value(QLatin1String("texts")).toInteger(), 1);
        const QJsonArray people = s.value(QLatin1String("volunteers")).toArray();
        QVERIFY(std::any_of(people.begin(), people.end(), [](const QJsonValue &p) {
            return p.toObject().value(QLatin1String("username")).toString() == QLatin1String("vol03")
                && p.toObject().value(QLatin1String("calls")).toInteger() == 3;
        }));
        QCOMPARE(s.value(QLatin1String("hourly")).toArray().size(), 1);

        QCOMPARE(alice->get(QStringLiteral("/api/v1/calls/campaigns/%1/answers.csv").arg(m_campaignId), &answer), 200);
        const QString csv = QString::fromUtf8(answer);
        QVERIFY(csv.contains(QLatin1String("Veut aider le jour du vote")));
        QVERIFY(csv.contains(QStringLiteral("Écoles; Santé")));
        QCOMPARE(csv.count(QLatin1Char('\n')), 4); // header + 3 results
        QCOMPARE(m_server->query(QStringLiteral("SELECT action FROM audit WHERE action = 'calls.export'")).size(), 1);

        // An invitation code brings a new volunteer into the team; it works once per account and expires.
        QCOMPARE(alice->post(QStringLiteral("/api/v1/calls/campaigns/%1/invitations").arg(m_campaignId),
                             {{QStringLiteral("uses"), 2}, {QStringLiteral("days"), 7}}, &answer), 201);
        const QString code = parse(answer).value(QLatin1String("code")).toString();
        QCOMPARE(code.size(), 12);
        auto anonymous = http();
        QCOMPARE(anonymous->post(QStringLiteral("/api/v1/calls/signup"),
                                 {{QStringLiteral("code"), code.toLower()}, {QStringLiteral("username"), QStringLiteral("nouvelle")},
                                  {QStringLiteral("password"), Password}, {QStringLiteral("display_name"), QStringLiteral("Nouvelle Bénévole")}},
                                 &answer), 201);
        QCOMPARE(parse(answer).value(QLatin1String("campaign_id")).toString(), m_campaignId);
        QCOMPARE(anonymous->post(QStringLiteral("/api/v1/calls/signup"),
                                 {{QStringLiteral("code"), QStringLiteral("WRONGCODE123")}, {QStringLiteral("username"), QStringLiteral("autre")},
                                  {QStringLiteral("password"), Password}},
                                 &answer), 422);
        QCOMPARE(m_server->query(QStringLiteral("SELECT COUNT(*) FROM users WHERE username = 'autre'")).value(0), QStringLiteral("0"));
        auto nouvelle = http(QStringLiteral("nouvelle"));
        QVERIFY(nouvelle);
        QCOMPARE(nouvelle->get(QStringLiteral("/api/v1/calls/mine"), &answer), 200);
        QCOMPARE(parse(answer).value(QLatin1String("campaigns")).toArray().size(), 1);
        // The campaign record the cadre replicates lists them now.
        QVERIFY(m_server->query(QStringLiteral("SELECT data FROM records WHERE type = 'call_campaign' AND id = ?"), {m_campaignId})
                    .value(0).contains(QLatin1String("\"nouvelle\"")));
    }

    void wrongNumberCallbackAndErasure()
    {
        // vol11 calls three of their contacts: a wrong number, a call back in three days, and one that is then erased.
        const QString name = volunteerName(11);
        auto h = http(name);
        const QString zone = QStringLiteral("V%1").arg(userId(name));
        const QStringList assignments = m_server->query(QStringLiteral("SELECT id FROM call_assignments WHERE volunteer_id = ?"
                                                                       " AND status = 'leased' ORDER BY id"),
                                                        {userId(name)});
        QVERIFY(assignments.size() >= 3);
        auto contactOf = [&](const QString &assignment) {
            return m_server->query(QStringLiteral("SELECT contact_id FROM call_assignments WHERE id = ?"), {assignment}).value(0);
        };
        const QString wrong = contactOf(assignments.at(0));
        const QString later = contactOf(assignments.at(1));
        const QString erased = contactOf(assignments.at(2));
        const QString client = Uuid7::generate();
        QCOMPARE(h->pushItem(client, 1, QStringLiteral("call_result"), QStringLiteral("put"), Uuid7::generate(),
                             result(assignments.at(0), zone, QStringLiteral("wrong_number"))).value(QLatin1String("status")).toString(),
                 QStringLiteral("applied"));
        QJsonObject callback = result(assignments.at(1), zone, QStringLiteral("callback"));
        const QDateTime when = QDateTime::currentDateTimeUtc().addDays(3);
        callback.insert(QStringLiteral("callback_at"), when.toString(Qt::ISODateWithMs));
        QCOMPARE(h->pushItem(client, 2, QStringLiteral("call_result"), QStringLiteral("put"), Uuid7::generate(), callback)
                     .value(QLatin1String("status")).toString(),
                 QStringLiteral("applied"));
        QCOMPARE(h->pushItem(client, 3, QStringLiteral("call_result"), QStringLiteral("put"), Uuid7::generate(),
                             result(assignments.at(2), zone, QStringLiteral("completed"))).value(QLatin1String("status")).toString(),
                 QStringLiteral("applied"));

        // The wrong number is flagged on the contact (custom field phone_wrong), which leaves the pool.
        const QString data = m_server->query(QStringLiteral("SELECT data FROM contacts WHERE id = ?"), {wrong}).value(0);
        QVERIFY2(data.contains(QLatin1String("\"phone_wrong\"")), qPrintable(data));
        QCOMPARE(m_server->query(QStringLiteral("SELECT state FROM call_targets WHERE contact_id = ?"), {wrong}).value(0), QStringLiteral("done"));
        // The call back waits for its time.
        QCOMPARE(m_server->query(QStringLiteral("SELECT state FROM call_targets WHERE contact_id = ?"), {later}).value(0), QStringLiteral("pool"));
        QVERIFY(m_server->query(QStringLiteral("SELECT next_at FROM call_targets WHERE contact_id = ?"), {later}).value(0).toLongLong()
                >= when.toMSecsSinceEpoch() - 1000);

        // Erasure (GDPR) takes the contact's call data with it, and the result leaves the volunteer's replica.
        TestClient volunteer(QStringLiteral("volunteer11"));
        QVERIFY2(volunteer.connectTo(*m_server, name, Password), qPrintable(volunteer.error()));
        QVERIFY2(volunteer.sync(), qPrintable(volunteer.error()));
        RecordRepository records(volunteer.session()->replica()->database());
        const qsizetype resultsBefore = records.list(QStringLiteral("call_result")).size();
        QVERIFY(resultsBefore >= 3);
        auto nat = http(QStringLiteral("nat"));
        QVERIFY(nat);
        QCOMPARE(nat->post(QStringLiteral("/api/v1/contacts/%1/erase").arg(erased), {}), 204);
        for (const char *table : {"call_targets", "call_assignments", "call_results"})
            QCOMPARE(m_server->query(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE contact_id = ?").arg(QLatin1String(table)), {erased})
                         .value(0),
                     QStringLiteral("0"));
        QVERIFY2(volunteer.sync(), qPrintable(volunteer.error()));
        QCOMPARE(records.list(QStringLiteral("call_result")).size(), resultsBefore - 1);
        // The op log keeps no trace of their data (scrubbed), the checksums stay.
        QCOMPARE(m_server->query(QStringLiteral("SELECT COUNT(*) FROM ops WHERE subject = ? AND data IS NOT NULL"), {erased}).value(0),
                 QStringLiteral("0"));
    }

    void expiredLeasesReturnToThePool()
    {
        const QString holder = volunteerName(9);
        const QStringList leased = m_claimedBy.value(holder);
        QVERIFY(!leased.isEmpty());
        TestClient client(QStringLiteral("volunteer9"));
        QVERIFY2(client.connectTo(*m_server, holder, Password), qPrintable(client.error()));
        QVERIFY2(client.sync(), qPrintable(client.error()));
        RecordRepository records(client.session()->replica()->database());
        QCOMPARE(records.list(QStringLiteral("call_assignment")).size(), leased.size());

        // Two hours later every one-hour lease has expired: a claim takes them back from the pool.
        setClockOffset(2 * 3600);
        auto taker = http(QStringLiteral("vera"));
        const QJsonObject a = claim(*taker, m_campaignId, 20);
        const QJsonArray got = a.value(QLatin1String("assignments")).toArray();
        QCOMPARE(got.size(), 20);
        QCOMPARE(m_server->query(QStringLiteral("SELECT COUNT(*) FROM call_assignments WHERE status = 'expired'")).value(0),
                 QString::number(20));
        // Whose leases were taken lose them from their replica at the next sync.
        QStringList taken;
        for (const QJsonValue &x : got)
            taken << x.toObject().value(QLatin1String("contact_id")).toString();
        QVERIFY2(client.sync(), qPrintable(client.error()));
        for (const SyncRecord &r : records.list(QStringLiteral("call_assignment")))
            QVERIFY(!taken.contains(r.data.value(QLatin1String("contact_id")).toString()));
        setClockOffset(0);
    }

    void noClaimOutsideCallingHours()
    {
        // A campaign that calls only on another weekday than today (Paris).
        const int today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Paris"))).date().dayOfWeek();
        const int otherDay = today % 7 + 1;
        const QString id = Uuid7::generate();
        auto alice = http(QStringLiteral("alice"));
        const QJsonObject applied = push(*alice, QStringLiteral("call_campaign"), QStringLiteral("put"), id,
                                         campaign(QStringLiteral("D69"), {{QStringLiteral("days"), QJsonArray{otherDay}},
                                                                          {QStringLiteral("from"), QStringLiteral("00:00")},
                                                                          {QStringLiteral("to"), QStringLiteral("23:59")}}));
        QCOMPARE(applied.value(QLatin1String("status")).toString(), QStringLiteral("applied"));
        auto v = http(volunteerName(20));
        const QJsonObject a = claim(*v, id, 5);
        QCOMPARE(a.value(QLatin1String("assignments")).toArray().size(), 0);
        QCOMPARE(a.value(QLatin1String("reason")).toString(), QStringLiteral("outside_hours"));
        const QDateTime next = QDateTime::fromString(a.value(QLatin1String("next_open")).toString(), Qt::ISODateWithMs);
        QVERIFY(next.isValid());
        QCOMPARE(next.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Paris"))).date().dayOfWeek(), otherDay);
        QCOMPARE(m_server->query(QStringLiteral("SELECT COUNT(*) FROM call_assignments WHERE campaign_id = ?"), {id}).value(0),
                 QStringLiteral("0"));

        // Paused: nothing either. Closed: the leases of the first campaign are withdrawn.
        QJsonObject paused = campaign(QStringLiteral("D69"), allDay());
        paused.insert(QStringLiteral("status"), QStringLiteral("paused"));
        QCOMPARE(push(*alice, QStringLiteral("call_campaign"), QStringLiteral("put"), id, paused).value(QLatin1String("status")).toString(),
                 QStringLiteral("applied"));
        QCOMPARE(claim(*v, id, 5).value(QLatin1String("reason")).toString(), QStringLiteral("paused"));
    }
};

QTEST_GUILESS_MAIN(TestCallIntegration)
#include "tst_call_integration.moc"
