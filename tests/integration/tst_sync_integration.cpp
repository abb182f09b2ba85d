// Whole-sync integration tests: real relais-server processes over TLS on 127.0.0.1 (SQLite, or PostgreSQL
// under tests/with-postgres.sh), real encrypted client replicas, the real SyncEngine.
#include "TestClient.h"
#include "TestHttp.h"
#include "TestServer.h"

#include "ContactJson.h"
#include "ContactRepository.h"
#include "DemoGenerator.h"
#include "ProfileSession.h"
#include "Replica.h"
#include "SyncEngine.h"
#include "SyncStore.h"
#include "Uuid7.h"
#include "ZoneTree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace relais;
using namespace relais::test;

namespace {
const QString Password = QStringLiteral("correct horse battery 42");

QJsonObject json(const QByteArray &b) { return QJsonDocument::fromJson(b).object(); }

/// The final checkpoint of a pull from scratch, as the server computes it.
QJsonObject serverCheckpoint(TestHttp &http)
{
    QByteArray answer;
    if (http.post("/api/v1/sync/pull", {{QStringLiteral("client_id"), Uuid7::generate()},
                                        {QStringLiteral("buckets"), QJsonObject()}, {QStringLiteral("wait"), 0}},
                  &answer, 120) != 200)
        return {};
    const QList<QByteArray> lines = answer.trimmed().split('\n');
    return json(lines.last()).value(QLatin1String("checkpoint")).toObject();
}

} // namespace

class tst_SyncIntegration : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;

    /// A fresh server with users: admin (FR, everything), alice and bob (cadres of D69), carol (cadre of D01).
    void freshServer()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        QVERIFY2(m_server->addUser(QStringLiteral("alice"), Password, QStringLiteral("cadre"), QStringLiteral("D69")),
                 qPrintable(m_server->error()));
        QVERIFY(m_server->addUser(QStringLiteral("bob"), Password, QStringLiteral("cadre"), QStringLiteral("D69")));
        QVERIFY(m_server->addUser(QStringLiteral("carol"), Password, QStringLiteral("cadre"), QStringLiteral("D01")));
        QVERIFY(m_server->addUser(QStringLiteral("nat"), Password, QStringLiteral("national"), QStringLiteral("FR")));
    }

    std::unique_ptr<TestHttp> http(const QString &user)
    {
        auto h = std::make_unique<TestHttp>(m_server->url(), m_server->certificatePath());
        if (!h->login(user, user == QLatin1String("admin") ? m_server->adminPassword() : Password))
            return nullptr;
        return h;
    }

private Q_SLOTS:
    void init() { freshServer(); }
    void cleanup()
    {
        if (m_server && QTest::currentTestFailed())
            qWarning().noquote() << "server log:\n" << QString::fromUtf8(m_server->log().right(4000));
        m_server.reset();
    }

    void twoClientsConvergeAndClashIsAConflict()
    {
        TestClient a(QStringLiteral("alice")), b(QStringLiteral("bob"));
        QVERIFY2(a.connectTo(*m_server, QStringLiteral("alice"), Password), qPrintable(a.error()));
        QVERIFY2(b.connectTo(*m_server, QStringLiteral("bob"), Password), qPrintable(b.error()));
        const Contact created = a.addContact(QStringLiteral("Jeanne"), QStringLiteral("Martin"), QStringLiteral("D69"),
                                             QStringLiteral("jeanne@example.fr"));
        QVERIFY2(a.sync(), qPrintable(a.error()));
        QVERIFY2(b.sync(), qPrintable(b.error()));
        QVERIFY2(b.contact(created.id).has_value(), "bob received alice's contact");

        // Both offline: different fields and one field on both sides.
        a.goOffline();
        b.goOffline();
        Contact ca = *a.contact(created.id);
        ca.email = QStringLiteral("jeanne.martin@example.fr");
        ca.notes = QStringLiteral("Alice: met at the market");
        QString error;
        QVERIFY2(a.contacts()->update(ca, &error), qPrintable(error));
        Contact cb = *b.contact(created.id);
        cb.phone = QStringLiteral("+33612345678");
        cb.notes = QStringLiteral("Bob: called, wants to volunteer");
        QVERIFY2(b.contacts()->update(cb, &error), qPrintable(error));

        QVERIFY2(a.sync(), qPrintable(a.error())); // alice first: her notes reach the server first and win
        QVERIFY2(b.sync(), qPrintable(b.error()));
        QVERIFY2(a.sync(), qPrintable(a.error()));
        for (TestClient *c : {&a, &b}) {
            const Contact x = *c->contact(created.id);
            QCOMPARE(x.email, QStringLiteral("jeanne.martin@example.fr"));
            QCOMPARE(x.phone, QStringLiteral("+33612345678"));
            QCOMPARE(x.notes, QStringLiteral("Alice: met at the market"));
            QCOMPARE(x.dirty, false);
            const QList<SyncConflict> conflicts = c->store().listConflicts();
            QCOMPARE(conflicts.size(), 1);
            QCOMPARE(conflicts.first().field, QStringLiteral("notes"));
            QCOMPARE(conflicts.first().clientValue.toString(), QStringLiteral("Bob: called, wants to volunteer"));
            QCOMPARE(conflicts.first().serverValue.toString(), QStringLiteral("Alice: met at the market"));
        }
        // Bob picks his value: everyone converges on it and the conflict goes away everywhere.
        const QList<SyncConflict> conflicts = b.store().listConflicts();
        QVERIFY2(b.store().resolveConflict(conflicts.first().id, conflicts.first().clientValue, &error), qPrintable(error));
        QVERIFY2(b.sync(), qPrintable(b.error()));
        QVERIFY2(a.sync(), qPrintable(a.error()));
        for (TestClient *c : {&a, &b}) {
            QCOMPARE(c->contact(created.id)->notes, QStringLiteral("Bob: called, wants to volunteer"));
            QCOMPARE(c->store().listConflicts().size(), 0);
        }
    }

    void departmentalCadreSeesOnlyTheirDepartment()
    {
        TestClient admin(QStringLiteral("admin"));
        QVERIFY2(admin.connectTo(*m_server, QStringLiteral("admin"), m_server->adminPassword()), qPrintable(admin.error()));
        const Contact in69 = admin.addContact(QStringLiteral("Paul"), QStringLiteral("Rhône"), QStringLiteral("D69"));
        const Contact in01 = admin.addContact(QStringLiteral("Anne"), QStringLiteral("Ain"), QStringLiteral("D01"));
        for (int i = 0; i < 20; ++i)
            admin.addContact(QStringLiteral("P%1").arg(i), QStringLiteral("Lyon"), QStringLiteral("D69"));
        QVERIFY2(admin.sync(), qPrintable(admin.error()));

        TestClient carol(QStringLiteral("carol"));
        QVERIFY2(carol.connectTo(*m_server, QStringLiteral("carol"), Password), qPrintable(carol.error()));
        QVERIFY2(carol.sync(), qPrintable(carol.error()));
        QCOMPARE(carol.count(), 1);
        QVERIFY(carol.contact(in01.id).has_value());
        QVERIFY(!carol.contact(in69.id).has_value());
        const QStringList held = carol.store().cursors().keys();
        QVERIFY2(!held.contains(QStringLiteral("D69")), qPrintable(held.join(u',')));

        // Crafted requests with carol's token against a D69 contact, on every endpoint.
        auto h = http(QStringLiteral("carol"));
        QVERIFY(h);
        QCOMPARE(h->get(QStringLiteral("/api/v1/contacts/") + in69.id), 403);
        QCOMPARE(h->get(QStringLiteral("/api/v1/contacts/") + in01.id), 200);
        QCOMPARE(h->get(QStringLiteral("/api/v1/contacts/export?zone=D69")), 403);
        QCOMPARE(h->post(QStringLiteral("/api/v1/contacts/") + in69.id + QStringLiteral("/erase"), QJsonObject()), 403);
        QCOMPARE(h->get(QStringLiteral("/api/v1/audit")), 403);
        QCOMPARE(h->post(QStringLiteral("/api/v1/delegations"),
                         {{QStringLiteral("user_id"), 1}, {QStringLiteral("zone"), QStringLiteral("D69")},
                          {QStringLiteral("features"), QJsonArray{QStringLiteral("contacts.read")}}}),
                 403);
        // Writes: a patch of the D69 contact, a new contact in D69, moving her own contact into D69.
        Contact forged = in69;
        forged.notes = QStringLiteral("forged");
        Contact fresh = in69;
        fresh.id = Uuid7::generate();
        QByteArray answer;
        QCOMPARE(h->post(QStringLiteral("/api/v1/sync/push"),
                         {{QStringLiteral("client_id"), Uuid7::generate()},
                          {QStringLiteral("items"), QJsonArray{
                              QJsonObject{{QStringLiteral("seq"), 1}, {QStringLiteral("type"), QStringLiteral("contact")},
                                          {QStringLiteral("op"), QStringLiteral("patch")}, {QStringLiteral("id"), in69.id},
                                          {QStringLiteral("base_version"), 0},
                                          {QStringLiteral("data"), QJsonObject{{QStringLiteral("notes"), QStringLiteral("forged")}}}},
                              QJsonObject{{QStringLiteral("seq"), 2}, {QStringLiteral("type"), QStringLiteral("contact")},
                                          {QStringLiteral("op"), QStringLiteral("put")}, {QStringLiteral("id"), fresh.id},
                                          {QStringLiteral("base_version"), 0}, {QStringLiteral("data"), ContactJson::toJson(fresh)}},
                              QJsonObject{{QStringLiteral("seq"), 3}, {QStringLiteral("type"), QStringLiteral("contact")},
                                          {QStringLiteral("op"), QStringLiteral("patch")}, {QStringLiteral("id"), in01.id},
                                          {QStringLiteral("base_version"), 0},
                                          {QStringLiteral("data"), QJsonObject{{QStringLiteral("zone"), QStringLiteral("D69")}}}},
                              QJsonObject{{QStringLiteral("seq"), 4}, {QStringLiteral("type"), QStringLiteral("contact")},
                                          {QStringLiteral("op"), QStringLiteral("delete")}, {QStringLiteral("id"), in69.id},
                                          {QStringLiteral("base_version"), 0}}}}},
                         &answer),
                 200);
        const QJsonArray results = json(answer).value(QLatin1String("results")).toArray();
        QCOMPARE(results.size(), 4);
        for (const QJsonValue &r : results)
            QCOMPARE(r.toObject().value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
        // Nothing changed on the server, and a pull never streams D69 to carol even if she asks for it.
        QCOMPARE(m_server->query(QStringLiteral("SELECT zone FROM contacts WHERE id = ?"), {in01.id}),
                 QStringList{QStringLiteral("D01")});
        QCOMPARE(m_server->query(QStringLiteral("SELECT count(*) FROM contacts WHERE id = ?"), {fresh.id}),
                 QStringList{QStringLiteral("0")});
        QCOMPARE(m_server->query(QStringLiteral("SELECT count(*) FROM contacts WHERE id = ?"), {in69.id}),
                 QStringList{QStringLiteral("1")});
        QCOMPARE(h->post(QStringLiteral("/api/v1/sync/pull"),
                         {{QStringLiteral("client_id"), Uuid7::generate()},
                          {QStringLiteral("buckets"), QJsonObject{{QStringLiteral("D69"), 0}}}, {QStringLiteral("wait"), 0}},
                         &answer),
                 200);
        QVERIFY2(!answer.contains("\"D69\""), answer.left(400).constData());
        QVERIFY(!answer.contains(in69.id.toUtf8()));
    }

    void movedContactLeavesOneReplicaAndReachesTheOther()
    {
        TestClient admin(QStringLiteral("admin")), alice(QStringLiteral("alice")), carol(QStringLiteral("carol"));
        QVERIFY2(admin.connectTo(*m_server, QStringLiteral("admin"), m_server->adminPassword()), qPrintable(admin.error()));
        QVERIFY2(alice.connectTo(*m_server, QStringLiteral("alice"), Password), qPrintable(alice.error()));
        QVERIFY2(carol.connectTo(*m_server, QStringLiteral("carol"), Password), qPrintable(carol.error()));
        const Contact c = admin.addContact(QStringLiteral("Léa"), QStringLiteral("Moving"), QStringLiteral("D69"));
        QVERIFY2(admin.sync(), qPrintable(admin.error()));
        QVERIFY2(alice.sync(), qPrintable(alice.error()));
        QVERIFY2(carol.sync(), qPrintable(carol.error()));
        QVERIFY(alice.contact(c.id).has_value());
        QVERIFY(!carol.contact(c.id).has_value());

        Contact moved = *admin.contact(c.id);
        moved.zone = QStringLiteral("D01");
        moved.postalCode = QStringLiteral("01000");
        moved.communeCode = QStringLiteral("C01053");
        QString error;
        QVERIFY2(admin.contacts()->update(moved, &error), qPrintable(error));
        QVERIFY2(admin.sync(), qPrintable(admin.error()));
        QVERIFY2(alice.sync(), qPrintable(alice.error()));
        QVERIFY2(carol.sync(), qPrintable(carol.error()));
        QVERIFY2(!alice.contact(c.id).has_value(), "the contact left alice's replica");
        QVERIFY2(carol.contact(c.id).has_value(), "the contact reached carol's replica");
        QCOMPARE(carol.contact(c.id)->zone, QStringLiteral("D01"));
    }

    void erasureRemovesThePersonEverywhere()
    {
        TestClient nat(QStringLiteral("nat")), alice(QStringLiteral("alice"));
        QVERIFY2(nat.connectTo(*m_server, QStringLiteral("nat"), Password), qPrintable(nat.error()));
        QVERIFY2(alice.connectTo(*m_server, QStringLiteral("alice"), Password), qPrintable(alice.error()));
        const Contact c = nat.addContact(QStringLiteral("Erika"), QStringLiteral("Effacer"), QStringLiteral("D69"),
                                         QStringLiteral("erika.effacer@example.fr"));
        const Contact kept = nat.addContact(QStringLiteral("Karl"), QStringLiteral("Kept"), QStringLiteral("D69"));
        QVERIFY2(nat.sync(), qPrintable(nat.error()));
        QVERIFY2(alice.sync(), qPrintable(alice.error()));
        QVERIFY(alice.contact(c.id).has_value());
        const qint64 versionBefore = alice.contact(c.id)->version;

        auto h = http(QStringLiteral("nat"));
        QVERIFY(h);
        QCOMPARE(h->post(QStringLiteral("/api/v1/contacts/") + c.id + QStringLiteral("/erase"), QJsonObject()), 204);
        QVERIFY2(nat.sync(), qPrintable(nat.error()));
        QVERIFY2(alice.sync(), qPrintable(alice.error()));
        QVERIFY(!nat.contact(c.id).has_value());
        QVERIFY(!alice.contact(c.id).has_value());
        QVERIFY(alice.contacts()->timeline(c.id).isEmpty());
        QVERIFY(alice.contact(kept.id).has_value());
        // The server: no row, no interaction, and no op still carrying the person's data.
        QCOMPARE(m_server->query(QStringLiteral("SELECT count(*) FROM contacts WHERE id = ?"), {c.id}).value(0), QStringLiteral("0"));
        QCOMPARE(m_server->query(QStringLiteral("SELECT count(*) FROM interactions WHERE contact_id = ?"), {c.id}).value(0),
                 QStringLiteral("0"));
        QCOMPARE(m_server->query(QStringLiteral("SELECT count(*) FROM ops WHERE data LIKE ?"),
                                 {QStringLiteral("%erika.effacer%")}).value(0),
                 QStringLiteral("0"));
        QVERIFY(m_server->query(QStringLiteral("SELECT count(*) FROM ops WHERE id = ?"), {c.id}).value(0).toInt() >= 2);
        // The replica file holds no trace of her either (secure_delete).
        // A late offline upload cannot bring her back.
        QByteArray answer;
        h->post(QStringLiteral("/api/v1/sync/push"),
                {{QStringLiteral("client_id"), Uuid7::generate()},
                 {QStringLiteral("items"), QJsonArray{QJsonObject{
                     {QStringLiteral("seq"), 1}, {QStringLiteral("type"), QStringLiteral("contact")},
                     {QStringLiteral("op"), QStringLiteral("patch")}, {QStringLiteral("id"), c.id},
                     {QStringLiteral("base_version"), versionBefore},
                     {QStringLiteral("data"), QJsonObject{{QStringLiteral("notes"), QStringLiteral("late edit")}}}}}}},
                &answer);
        QCOMPARE(json(answer).value(QLatin1String("results")).toArray().at(0).toObject().value(QLatin1String("status")).toString(),
                 QStringLiteral("rejected"));
        Contact resurrect = c;
        h->post(QStringLiteral("/api/v1/sync/push"),
                {{QStringLiteral("client_id"), Uuid7::generate()},
                 {QStringLiteral("items"), QJsonArray{QJsonObject{
                     {QStringLiteral("seq"), 1}, {QStringLiteral("type"), QStringLiteral("contact")},
                     {QStringLiteral("op"), QStringLiteral("put")}, {QStringLiteral("id"), c.id},
                     {QStringLiteral("base_version"), 0}, {QStringLiteral("data"), ContactJson::toJson(resurrect)}}}}},
                &answer);
        QCOMPARE(json(answer).value(QLatin1String("results")).toArray().at(0).toObject().value(QLatin1String("status")).toString(),
                 QStringLiteral("rejected"));
        QCOMPARE(m_server->query(QStringLiteral("SELECT count(*) FROM contacts WHERE id = ?"), {c.id}).value(0), QStringLiteral("0"));
        QCOMPARE(m_server->query(QStringLiteral("SELECT count(*) FROM audit WHERE action LIKE ?"), {QStringLiteral("%erase%")}).value(0),
                 QStringLiteral("1"));
    }

    void replayedUploadBatchCreatesNothing()
    {
        auto h = http(QStringLiteral("alice"));
        QVERIFY(h);
        DemoGenerator gen(ZoneTree::france(), 5);
        QJsonArray items;
        for (int i = 0; i < 10; ++i) {
            Contact c = gen.next();
            c.zone = QStringLiteral("D69");
            c.id = Uuid7::generate();
            items.append(QJsonObject{{QStringLiteral("seq"), i + 1}, {QStringLiteral("type"), QStringLiteral("contact")},
                                     {QStringLiteral("op"), QStringLiteral("put")}, {QStringLiteral("id"), c.id},
                                     {QStringLiteral("base_version"), 0}, {QStringLiteral("data"), ContactJson::toJson(c)}});
        }
        const QJsonObject batch{{QStringLiteral("client_id"), Uuid7::generate()}, {QStringLiteral("items"), items}};
        QByteArray first, second;
        QCOMPARE(h->post(QStringLiteral("/api/v1/sync/push"), batch, &first), 200);
        const QString opsAfterFirst = m_server->query(QStringLiteral("SELECT count(*) FROM ops")).value(0);
        const QString contactsAfterFirst = m_server->query(QStringLiteral("SELECT count(*) FROM contacts")).value(0);
        QCOMPARE(contactsAfterFirst, QStringLiteral("10"));
        QCOMPARE(h->post(QStringLiteral("/api/v1/sync/push"), batch, &second), 200);
        const QJsonArray results = json(second).value(QLatin1String("results")).toArray();
        QCOMPARE(results.size(), 10);
        for (const QJsonValue &r : results)
            QCOMPARE(r.toObject().value(QLatin1String("status")).toString(), QStringLiteral("duplicate"));
        QCOMPARE(m_server->query(QStringLiteral("SELECT count(*) FROM ops")).value(0), opsAfterFirst);
        QCOMPARE(m_server->query(QStringLiteral("SELECT count(*) FROM contacts")).value(0), contactsAfterFirst);
    }

    void serverKilledDuringInitialSyncThenResumed()
    {
        // Enough contacts that the first download takes a while: seeded through the API in batches.
        auto h = http(QStringLiteral("nat"));
        QVERIFY(h);
        DemoGenerator gen(ZoneTree::france(), 11);
        const int total = 40000;
        const QString clientId = Uuid7::generate();
        for (int done = 0; done < total; done += 1000) {
            QJsonArray items;
            for (int i = 0; i < 1000; ++i) {
                Contact c = gen.next();
                c.id = Uuid7::generate();
                items.append(QJsonObject{{QStringLiteral("seq"), done + i + 1}, {QStringLiteral("type"), QStringLiteral("contact")},
                                         {QStringLiteral("op"), QStringLiteral("put")}, {QStringLiteral("id"), c.id},
                                         {QStringLiteral("base_version"), 0}, {QStringLiteral("data"), ContactJson::toJson(c)}});
            }
            QCOMPARE(h->post(QStringLiteral("/api/v1/sync/push"),
                             {{QStringLiteral("client_id"), clientId}, {QStringLiteral("items"), items}}),
                     200);
        }
        TestClient client(QStringLiteral("nat"));
        QVERIFY2(client.connectTo(*m_server, QStringLiteral("nat"), Password), qPrintable(client.error()));
        // Kill the server once part of the download is applied.
        QVERIFY2(TestClient::waitFor([&] { return client.count() > 0; }, 60000), "the download started");
        m_server->kill();
        const qint64 before = client.count();
        QVERIFY(before > 0);
        QVERIFY2(before < total, "killed in the middle");
        QTest::qWait(1500); // the client sees the failure and backs off
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        QVERIFY2(client.sync(120000), qPrintable(client.error()));
        QCOMPARE(client.count(), qint64(total));
        // Every bucket's checksum and count match the server's.
        const QJsonObject cp = serverCheckpoint(*http(QStringLiteral("nat")));
        const QJsonObject buckets = cp.value(QLatin1String("buckets")).toObject();
        QVERIFY(!buckets.isEmpty());
        for (auto it = buckets.begin(); it != buckets.end(); ++it) {
            const BucketState server = BucketState::fromJson(it.value().toObject());
            const BucketState local = client.store().localState(it.key());
            QVERIFY2(server.count == local.count && server.checksum == local.checksum, qPrintable(it.key()));
        }
    }

    void corruptedLocalBucketIsDetectedAndRefetched()
    {
        TestClient nat(QStringLiteral("nat")), alice(QStringLiteral("alice"));
        QVERIFY2(nat.connectTo(*m_server, QStringLiteral("nat"), Password), qPrintable(nat.error()));
        for (int i = 0; i < 30; ++i)
            nat.addContact(QStringLiteral("C%1").arg(i), QStringLiteral("Corrupt"), QStringLiteral("D69"));
        QVERIFY2(nat.sync(), qPrintable(nat.error()));
        QVERIFY2(alice.connectTo(*m_server, QStringLiteral("alice"), Password), qPrintable(alice.error()));
        QVERIFY2(alice.sync(), qPrintable(alice.error()));
        QCOMPARE(alice.count(), qint64(30));
        const BucketState good = alice.store().localState(QStringLiteral("D69"));

        // Damage the bucket behind the engine's back: three rows lost (with their search documents and
        // bookkeeping, as after restoring an old copy of the file) and one stored checksum altered.
        alice.goOffline();
        {
            QSqlQuery q(alice.session()->replica()->database());
            QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE lost AS SELECT lid, id FROM contacts ORDER BY lid LIMIT 3")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM sync_rows WHERE bucket = 'D69' AND id IN (SELECT id FROM lost)")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM contacts_fts WHERE docid IN (SELECT lid FROM lost)")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM contacts WHERE lid IN (SELECT lid FROM lost)")));
            QVERIFY(q.exec(QStringLiteral("UPDATE sync_rows SET checksum = checksum + 1 WHERE bucket = 'D69' AND id = "
                                          "(SELECT min(id) FROM sync_rows WHERE bucket = 'D69')")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE lost")));
        }
        QVERIFY(!(alice.store().localState(QStringLiteral("D69")) == good));
        // A new op in the bucket makes the next checkpoint name it: the mismatch is found and D69 fetched again.
        nat.addContact(QStringLiteral("New"), QStringLiteral("Trigger"), QStringLiteral("D69"));
        QVERIFY2(nat.sync(), qPrintable(nat.error()));
        QVERIFY2(alice.connectTo(*m_server, QStringLiteral("alice"), Password), qPrintable(alice.error()));
        QVERIFY2(alice.sync(), qPrintable(alice.error()));
        QCOMPARE(alice.count(), qint64(31));
        const QJsonObject cp = serverCheckpoint(*http(QStringLiteral("alice")));
        const BucketState server = BucketState::fromJson(cp.value(QLatin1String("buckets")).toObject()
                                                             .value(QLatin1String("D69")).toObject());
        const BucketState local = alice.store().localState(QStringLiteral("D69"));
        QCOMPARE(local.count, server.count);
        QCOMPARE(local.checksum, server.checksum);
    }

    void editReachesAConnectedClientQuickly()
    {
        TestClient a(QStringLiteral("alice")), b(QStringLiteral("bob"));
        QVERIFY2(a.connectTo(*m_server, QStringLiteral("alice"), Password), qPrintable(a.error()));
        QVERIFY2(b.connectTo(*m_server, QStringLiteral("bob"), Password), qPrintable(b.error()));
        const Contact c = a.addContact(QStringLiteral("Live"), QStringLiteral("Update"), QStringLiteral("D69"));
        QVERIFY2(TestClient::waitFor([&] { return b.contact(c.id).has_value(); }, 5000),
                 "a new contact reaches the other connected client within 5 s, without a manual sync");
    }
};

QTEST_GUILESS_MAIN(tst_SyncIntegration)
#include "tst_sync_integration.moc"
