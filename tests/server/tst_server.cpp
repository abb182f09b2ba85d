// Integration tests of relais-server alone: the real binary, TLS on 127.0.0.1, an httplib client.
// Every case runs against SQLite, and again against PostgreSQL when RELAIS_TEST_PG_URL is set
// (tests/with-postgres.sh starts a throwaway cluster).
#include "ServerProcess.h"

#include "SyncOp.h"
#include "Uuid7.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

#include <atomic>
#include <csignal>
#include <thread>

using namespace relais;
using namespace relais::test;

namespace {

QJsonObject item(qint64 seq, const QString &type, const QString &op, const QString &id, const QJsonObject &data = {},
                 qint64 base = 0)
{
    QJsonObject o{{QStringLiteral("seq"), seq},   {QStringLiteral("type"), type}, {QStringLiteral("op"), op},
                  {QStringLiteral("id"), id},     {QStringLiteral("base_version"), base}};
    if (!data.isEmpty())
        o.insert(QStringLiteral("data"), data);
    return o;
}

QJsonObject contactData(const QString &zone, const QString &first, const QString &last)
{
    return {{QStringLiteral("zone"), zone},
            {QStringLiteral("first_name"), first},
            {QStringLiteral("last_name"), last},
            {QStringLiteral("email"), QString(first.toLower() + QStringLiteral("@example.org"))}};
}

QJsonObject pushBody(const QString &clientId, const QJsonArray &items)
{
    return {{QStringLiteral("client_id"), clientId}, {QStringLiteral("items"), items}};
}

QJsonObject result(const ApiClient::Reply &r, int index)
{
    return r.json.value(QLatin1String("results")).toArray().at(index).toObject();
}

QString status(const ApiClient::Reply &r, int index)
{
    return result(r, index).value(QLatin1String("status")).toString();
}

QList<QJsonObject> opsOf(const ApiClient::Pull &p, const QString &id)
{
    QList<QJsonObject> out;
    const auto ops = p.ops();
    for (const QJsonObject &o : ops)
        if (o.value(QLatin1String("id")).toString() == id)
            out << o;
    return out;
}

} // namespace

class ServerTest : public QObject
{
    Q_OBJECT
public:
    explicit ServerTest(QString postgresUrl) : m_postgresUrl(std::move(postgresUrl)) {}

private:
    QString m_postgresUrl;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiClient> m_api;
    QString m_admin;
    qint64 m_seq = 0;

    ApiClient::Reply push(const QString &token, const QJsonArray &items, const QString &client = QStringLiteral("admin-client"))
    {
        return m_api->post(QStringLiteral("/api/v1/sync/push"), pushBody(client, items), token);
    }
    qint64 nextSeq() { return ++m_seq; }
    /// Creates a contact as admin; returns its id and version.
    QString createContact(const QString &zone, const QString &first, qint64 *version = nullptr)
    {
        const QString id = Uuid7::generate();
        const auto r = push(m_admin, {item(nextSeq(), QStringLiteral("contact"), QStringLiteral("put"), id,
                                           contactData(zone, first, QStringLiteral("Test")))});
        if (r.status != 200 || status(r, 0) != QLatin1String("applied"))
            qWarning() << "createContact failed" << r.status << r.body;
        if (version)
            *version = result(r, 0).value(QLatin1String("version")).toInteger();
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(m_postgresUrl);
        QVERIFY2(m_server->init(), qPrintable(m_server->error()));
        QFileInfo dir(m_server->dataDir());
        QCOMPARE(QFile::permissions(m_server->dataDir()) & 0x0077, QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(m_server->dataDir() + QStringLiteral("/key.pem"))
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QVERIFY(m_server->addUser(QStringLiteral("cadre69"), QStringLiteral("cadre-password"), QStringLiteral("cadre"),
                                  QStringLiteral("D69")));
        QVERIFY(m_server->addUser(QStringLiteral("other69"), QStringLiteral("other-password"), QStringLiteral("cadre"),
                                  QStringLiteral("D69")));
        QVERIFY(m_server->addUser(QStringLiteral("victim"), QStringLiteral("victim-password")));
        QVERIFY(m_server->addUser(QStringLiteral("volunteer"), QStringLiteral("volunteer-password"),
                                  QStringLiteral("volunteer"), QStringLiteral("D69")));
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        m_api = std::make_unique<ApiClient>(m_server->port(), m_server->certPath());
        m_admin = m_api->token(QStringLiteral("admin"), m_server->adminPassword());
        QVERIFY(!m_admin.isEmpty());
    }

    void cleanupTestCase()
    {
        if (m_server && m_server->isRunning())
            QCOMPARE(m_server->stop(), 0);
        // The logs are structured and carry no secrets.
        const QByteArray log = m_server->log();
        const QList<QByteArray> lines = log.split('\n');
        for (const QByteArray &l : lines) {
            if (l.isEmpty())
                continue;
            QJsonParseError e;
            QJsonDocument::fromJson(l, &e);
            QVERIFY2(e.error == QJsonParseError::NoError, l.constData());
        }
        QVERIFY(!log.contains(m_server->adminPassword().toUtf8()));
        QVERIFY(!log.contains("cadre-password"));
        QVERIFY(!log.contains(m_admin.toUtf8()));
        QVERIFY(!log.contains("@example.org"));
    }

    void health()
    {
        const auto r = m_api->get(QStringLiteral("/api/v1/health"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        const auto missing = m_api->get(QStringLiteral("/api/v1/nothing"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json.value(QLatin1String("error")).toString(), QStringLiteral("not_found"));
    }

    void cliLists()
    {
        int code = -1;
        const QByteArray help = m_server->cli({QStringLiteral("--help")}, {}, &code);
        QCOMPARE(code, 0);
        for (const char *cmd : {"init", "serve", "user add", "user list", "user passwd", "user disable", "role grant",
                                "role revoke", "role list"})
            QVERIFY2(help.contains(cmd), cmd);
        const QByteArray users = m_server->cli({QStringLiteral("user"), QStringLiteral("list")}, {}, &code);
        QCOMPARE(code, 0);
        QVERIFY(users.contains("cadre69"));
        const QByteArray roles = m_server->cli(
            {QStringLiteral("role"), QStringLiteral("list"), QStringLiteral("--username"), QStringLiteral("cadre69")}, {},
            &code);
        QCOMPARE(code, 0);
        QVERIFY(roles.contains("D69\tcadre"));
        m_server->cli({QStringLiteral("role"), QStringLiteral("grant"), QStringLiteral("--username"),
                       QStringLiteral("cadre69"), QStringLiteral("--zone"), QStringLiteral("D99")},
                      {}, &code);
        QVERIFY(code != 0);
    }

    void cliUserLifecycle()
    {
        int code = -1;
        const QByteArray added = m_server->cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--username"),
                                                QStringLiteral("Temp.User"), QStringLiteral("--display-name"),
                                                QStringLiteral("Temp")},
                                               {}, &code);
        QCOMPARE(code, 0);
        const auto m = QRegularExpression(QStringLiteral("^password: (\\S+)$"), QRegularExpression::MultilineOption)
                           .match(QString::fromUtf8(added));
        QVERIFY(m.hasMatch());
        QVERIFY(!m_api->token(QStringLiteral("temp.user"), m.captured(1)).isEmpty()); // user names are case-insensitive
        m_server->cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--username"), QStringLiteral("temp.user")},
                      {}, &code);
        QVERIFY(code != 0); // exists already

        m_server->cli({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("--username"), QStringLiteral("temp.user"),
                       QStringLiteral("--password-stdin")},
                      "new-password-123\n", &code);
        QCOMPARE(code, 0);
        QVERIFY(m_api->token(QStringLiteral("temp.user"), m.captured(1)).isEmpty());
        const QString token = m_api->token(QStringLiteral("temp.user"), QStringLiteral("new-password-123"));
        QVERIFY(!token.isEmpty());

        const QByteArray granted = m_server->cli({QStringLiteral("role"), QStringLiteral("grant"), QStringLiteral("--username"),
                                                  QStringLiteral("temp.user"), QStringLiteral("--zone"), QStringLiteral("R84"),
                                                  QStringLiteral("--features"), QStringLiteral("contacts.read,audit.read")},
                                                 {}, &code);
        QCOMPARE(code, 0);
        const auto g = QRegularExpression(QStringLiteral("^grant (\\d+):")).match(QString::fromUtf8(granted));
        QVERIFY(g.hasMatch());
        m_server->cli({QStringLiteral("role"), QStringLiteral("revoke"), QStringLiteral("--grant-id"), g.captured(1)}, {}, &code);
        QCOMPARE(code, 0);
        m_server->cli({QStringLiteral("role"), QStringLiteral("grant"), QStringLiteral("--username"), QStringLiteral("temp.user"),
                       QStringLiteral("--zone"), QStringLiteral("D69"), QStringLiteral("--features"), QStringLiteral("bogus.feature")},
                      {}, &code);
        QVERIFY(code != 0);

        m_server->cli({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("--username"), QStringLiteral("temp.user")},
                      {}, &code);
        QCOMPARE(code, 0);
        const auto refused = m_api->post(QStringLiteral("/api/v1/auth/login"),
                                         {{QStringLiteral("username"), QStringLiteral("temp.user")},
                                          {QStringLiteral("password"), QStringLiteral("new-password-123")}});
        QCOMPARE(refused.status, 401);

        // Command-line role changes are audited with actor 0.
        const auto audit = m_api->get(QStringLiteral("/api/v1/audit?limit=200"), m_admin);
        bool revoked = false;
        const QJsonArray events = audit.json.value(QLatin1String("events")).toArray();
        for (const QJsonValue &e : events) {
            const QJsonObject o = e.toObject();
            if (o.value(QLatin1String("action")).toString() == QLatin1String("grant.revoke")
                && o.value(QLatin1String("actor")).toInteger() == 0)
                revoked = true;
        }
        QVERIFY(revoked);
    }

    void loginOkAndBad()
    {
        const QJsonObject ok = m_api->login(QStringLiteral("cadre69"), QStringLiteral("cadre-password"));
        QCOMPARE(ok.value(QLatin1String("expires_in")).toInt(), 900);
        QCOMPARE(ok.value(QLatin1String("access_token")).toString().size(), 43);
        QCOMPARE(ok.value(QLatin1String("user")).toObject().value(QLatin1String("username")).toString(),
                 QStringLiteral("cadre69"));
        const auto bad = m_api->post(QStringLiteral("/api/v1/auth/login"),
                                     {{QStringLiteral("username"), QStringLiteral("cadre69")},
                                      {QStringLiteral("password"), QStringLiteral("wrong")}});
        QCOMPARE(bad.status, 401);
        QCOMPARE(bad.json.value(QLatin1String("error")).toString(), QStringLiteral("bad_credentials"));
        const auto unknown = m_api->post(QStringLiteral("/api/v1/auth/login"),
                                         {{QStringLiteral("username"), QStringLiteral("nobody")},
                                          {QStringLiteral("password"), QStringLiteral("wrong")}});
        QCOMPARE(unknown.status, 401);
        QCOMPARE(unknown.json.value(QLatin1String("error")).toString(), QStringLiteral("bad_credentials"));
        const auto malformed = m_api->postRaw(QStringLiteral("/api/v1/auth/login"), "{not json");
        QCOMPARE(malformed.status, 400);
        QCOMPARE(malformed.json.value(QLatin1String("error")).toString(), QStringLiteral("bad_request"));
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/me")).status, 401);
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/me"), QStringLiteral("not-a-token-at-all-xxxxxxxxxxxxxxxx")).status, 401);
    }

    void loginRateLimit()
    {
        for (int i = 0; i < 6; ++i) { // more than 5 failures for one user name within 15 minutes
            const auto r = m_api->post(QStringLiteral("/api/v1/auth/login"),
                                       {{QStringLiteral("username"), QStringLiteral("victim")},
                                        {QStringLiteral("password"), QStringLiteral("wrong")}});
            QCOMPARE(r.status, 401);
        }
        // Even the right password is refused until the window passes.
        const auto r = m_api->post(QStringLiteral("/api/v1/auth/login"),
                                   {{QStringLiteral("username"), QStringLiteral("victim")},
                                    {QStringLiteral("password"), QStringLiteral("victim-password")}});
        QCOMPARE(r.status, 429);
        QCOMPARE(r.json.value(QLatin1String("error")).toString(), QStringLiteral("rate_limited"));
        QVERIFY(r.header("Retry-After").toInt() > 0);
        QVERIFY(r.header("Retry-After").toInt() <= 900);
        // Other users are not affected.
        QVERIFY(!m_api->token(QStringLiteral("other69"), QStringLiteral("other-password")).isEmpty());
        // Failures are audited.
        const auto audit = m_api->get(QStringLiteral("/api/v1/audit?limit=50"), m_admin);
        QCOMPARE(audit.status, 200);
        QVERIFY(QJsonDocument(audit.json).toJson().contains("auth.login_failed"));
    }

    void refreshRotatesAndLogoutRevokes()
    {
        const QJsonObject first = m_api->login(QStringLiteral("cadre69"), QStringLiteral("cadre-password"));
        const QString access1 = first.value(QLatin1String("access_token")).toString();
        const QString refresh1 = first.value(QLatin1String("refresh_token")).toString();
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/me"), access1).status, 200);

        const auto refreshed = m_api->post(QStringLiteral("/api/v1/auth/refresh"), {{QStringLiteral("refresh_token"), refresh1}});
        QCOMPARE(refreshed.status, 200);
        const QString access2 = refreshed.json.value(QLatin1String("access_token")).toString();
        const QString refresh2 = refreshed.json.value(QLatin1String("refresh_token")).toString();
        QVERIFY(access2 != access1 && refresh2 != refresh1);
        QCOMPARE(refreshed.json.value(QLatin1String("user")).toObject().value(QLatin1String("username")).toString(),
                 QStringLiteral("cadre69"));
        // The old refresh token and the old access token stop working.
        QCOMPARE(m_api->post(QStringLiteral("/api/v1/auth/refresh"), {{QStringLiteral("refresh_token"), refresh1}}).status, 401);
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/me"), access1).status, 401);
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/me"), access2).status, 200);

        QCOMPARE(m_api->post(QStringLiteral("/api/v1/auth/logout"), {}, access2).status, 204);
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/me"), access2).status, 401);
        QCOMPARE(m_api->post(QStringLiteral("/api/v1/auth/refresh"), {{QStringLiteral("refresh_token"), refresh2}}).status, 401);
    }

    void meShowsScope()
    {
        const QString cadre = m_api->token(QStringLiteral("cadre69"), QStringLiteral("cadre-password"));
        const auto me = m_api->get(QStringLiteral("/api/v1/me"), cadre);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json.value(QLatin1String("buckets")).toArray(),
                 QJsonArray({QStringLiteral("D69"), QStringLiteral("FR"), QStringLiteral("R84")}));
        QVERIFY(me.json.value(QLatin1String("features")).toArray().contains(QStringLiteral("contacts.write")));
        QVERIFY(!me.json.value(QLatin1String("features")).toArray().contains(QStringLiteral("contacts.erase")));
        const QString volunteer = m_api->token(QStringLiteral("volunteer"), QStringLiteral("volunteer-password"));
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/me"), volunteer).json.value(QLatin1String("buckets")).toArray().size(), 0);
    }

    void cadreSeesOnlyTheirZone()
    {
        const QString in69 = createContact(QStringLiteral("D69"), QStringLiteral("Lyon"));
        const QString in01 = createContact(QStringLiteral("D01"), QStringLiteral("Bourg"));
        const QString cadre = m_api->token(QStringLiteral("cadre69"), QStringLiteral("cadre-password"));

        const auto p = m_api->pull(cadre, {});
        QCOMPARE(p.status, 200);
        const QJsonObject cp = p.fullCheckpoint();
        // The zone buckets and the cadre's personal bucket (call sessions), nothing of another department.
        const QString personal = QStringLiteral("V%1").arg(m_api->get(QStringLiteral("/api/v1/me"), cadre)
                                                               .json.value(QLatin1String("user")).toObject()
                                                               .value(QLatin1String("id")).toInteger());
        QCOMPARE(cp.value(QLatin1String("buckets")).toObject().keys(),
                 QStringList({QStringLiteral("D69"), QStringLiteral("FR"), QStringLiteral("R84"), personal}));
        for (const QJsonObject &op : p.ops())
            QCOMPARE(op.value(QLatin1String("bucket")).toString(), QStringLiteral("D69"));
        QCOMPARE(opsOf(p, in69).size(), 1);
        QCOMPARE(opsOf(p, in01).size(), 0);

        QCOMPARE(m_api->get(QStringLiteral("/api/v1/contacts/") + in69, cadre).status, 200);
        const auto forbidden = m_api->get(QStringLiteral("/api/v1/contacts/") + in01, cadre);
        QCOMPARE(forbidden.status, 403);
        QCOMPARE(forbidden.json.value(QLatin1String("error")).toString(), QStringLiteral("forbidden"));
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/contacts/export?zone=D01"), cadre).status, 403);
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/contacts/export?zone=FR"), cadre).status, 403);
        QCOMPARE(m_api->post(QStringLiteral("/api/v1/contacts/") + in01 + QStringLiteral("/erase"), {}, cadre).status, 403);
        QCOMPARE(m_api->post(QStringLiteral("/api/v1/contacts/") + in69 + QStringLiteral("/erase"), {}, cadre).status, 403);
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/contacts/") + Uuid7::generate(), cadre).status, 404);

        const auto csv = m_api->get(QStringLiteral("/api/v1/contacts/export?zone=D69"), cadre);
        QCOMPARE(csv.status, 200);
        QVERIFY(csv.body.contains("first_name"));
        QVERIFY(csv.body.contains(in69.toUtf8()));
        QVERIFY(!csv.body.contains(in01.toUtf8()));

        // Writes outside the zone are rejected; the row is null when the writer cannot read it.
        const QString newId = Uuid7::generate();
        const auto r = push(cadre,
                            {item(1, QStringLiteral("contact"), QStringLiteral("put"), newId,
                                  contactData(QStringLiteral("D01"), QStringLiteral("Sneaky"), QStringLiteral("X"))),
                             item(2, QStringLiteral("contact"), QStringLiteral("patch"), in01,
                                  {{QStringLiteral("first_name"), QStringLiteral("Hacked")}}),
                             item(3, QStringLiteral("contact"), QStringLiteral("patch"), in69,
                                  {{QStringLiteral("zone"), QStringLiteral("D01")}}),
                             item(4, QStringLiteral("contact"), QStringLiteral("put"), Uuid7::generate(),
                                  contactData(QStringLiteral("C69123"), QStringLiteral("Bad"), QStringLiteral("Zone")))},
                            QStringLiteral("cadre-client"));
        QCOMPARE(r.status, 200);
        QCOMPARE(status(r, 0), QStringLiteral("rejected"));
        QVERIFY(result(r, 0).value(QLatin1String("row")).isNull());
        QCOMPARE(status(r, 1), QStringLiteral("rejected"));
        QVERIFY(result(r, 1).value(QLatin1String("row")).isNull());
        QCOMPARE(status(r, 2), QStringLiteral("rejected")); // a zone move needs contacts.write on both zones
        QCOMPARE(result(r, 2).value(QLatin1String("row")).toObject().value(QLatin1String("zone")).toString(),
                 QStringLiteral("D69"));
        QCOMPARE(status(r, 3), QStringLiteral("rejected")); // zone must be a department
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/contacts/") + in01, m_admin)
                     .json.value(QLatin1String("first_name")).toString(),
                 QStringLiteral("Bourg"));
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/contacts/") + newId, m_admin).status, 404);
    }

    void pushIsIdempotent()
    {
        const QString client = QStringLiteral("replay-client");
        const QString id = Uuid7::generate();
        const QJsonArray batch{item(1, QStringLiteral("contact"), QStringLiteral("put"), id,
                                    contactData(QStringLiteral("D69"), QStringLiteral("Once"), QStringLiteral("Only"))),
                               item(2, QStringLiteral("interaction"), QStringLiteral("put"), Uuid7::generate(),
                                    {{QStringLiteral("contact_id"), id}, {QStringLiteral("kind"), QStringLiteral("note")}})};
        const auto first = push(m_admin, batch, client);
        QCOMPARE(first.status, 200);
        QCOMPARE(status(first, 0), QStringLiteral("applied"));
        QCOMPARE(status(first, 1), QStringLiteral("applied"));
        QCOMPARE(first.json.value(QLatin1String("last_seq")).toInteger(), 2);
        const qint64 before = m_api->pull(m_admin, {}).fullCheckpoint().value(QLatin1String("op_id")).toInteger();

        const auto replay = push(m_admin, batch, client);
        QCOMPARE(replay.status, 200);
        QCOMPARE(status(replay, 0), QStringLiteral("duplicate"));
        QCOMPARE(status(replay, 1), QStringLiteral("duplicate"));
        QCOMPARE(replay.json.value(QLatin1String("last_seq")).toInteger(), 2);
        const qint64 after = m_api->pull(m_admin, {}).fullCheckpoint().value(QLatin1String("op_id")).toInteger();
        QCOMPARE(after, before);

        // The same interaction from another client (another seq) is a duplicate too: append-only, never a conflict.
        const auto again = push(m_admin, {item(1, QStringLiteral("interaction"), QStringLiteral("put"),
                                               batch.at(1).toObject().value(QLatin1String("id")).toString(),
                                               {{QStringLiteral("contact_id"), id}, {QStringLiteral("kind"), QStringLiteral("note")}})},
                                QStringLiteral("another-client"));
        QCOMPARE(status(again, 0), QStringLiteral("duplicate"));

        // Malformed batches store nothing.
        const auto bad = m_api->post(QStringLiteral("/api/v1/sync/push"),
                                     {{QStringLiteral("client_id"), client}, {QStringLiteral("items"), QStringLiteral("x")}},
                                     m_admin);
        QCOMPARE(bad.status, 400);
        QJsonArray tooMany;
        for (int i = 0; i < 1001; ++i)
            tooMany.append(item(100 + i, QStringLiteral("contact"), QStringLiteral("delete"), Uuid7::generate()));
        QCOMPARE(push(m_admin, tooMany, client).status, 400);
    }

    void conflictOnSameField()
    {
        qint64 base = 0;
        const QString id = createContact(QStringLiteral("D69"), QStringLiteral("Base"), &base);
        const QString cadre = m_api->token(QStringLiteral("cadre69"), QStringLiteral("cadre-password"));
        const QString other = m_api->token(QStringLiteral("other69"), QStringLiteral("other-password"));

        const auto a = push(cadre, {item(100, QStringLiteral("contact"), QStringLiteral("patch"), id,
                                         {{QStringLiteral("first_name"), QStringLiteral("Alpha")}}, base)},
                            QStringLiteral("client-a"));
        QCOMPARE(status(a, 0), QStringLiteral("applied"));
        const qint64 afterA = result(a, 0).value(QLatin1String("version")).toInteger();
        QVERIFY(afterA > base);

        // Same field from the same base on another client: the server-order winner stays, a conflict record appears.
        const auto b = push(other, {item(100, QStringLiteral("contact"), QStringLiteral("patch"), id,
                                         {{QStringLiteral("first_name"), QStringLiteral("Beta")},
                                          {QStringLiteral("notes"), QStringLiteral("from b")}},
                                         base)},
                            QStringLiteral("client-b"));
        QCOMPARE(status(b, 0), QStringLiteral("conflict"));
        QCOMPARE(result(b, 0).value(QLatin1String("fields")).toArray(), QJsonArray({QStringLiteral("first_name")}));
        auto stored = m_api->get(QStringLiteral("/api/v1/contacts/") + id, m_admin).json;
        QCOMPARE(stored.value(QLatin1String("first_name")).toString(), QStringLiteral("Alpha"));
        QCOMPARE(stored.value(QLatin1String("notes")).toString(), QStringLiteral("from b"));

        // Another field from the old base: merged.
        const auto c = push(other, {item(101, QStringLiteral("contact"), QStringLiteral("patch"), id,
                                         {{QStringLiteral("last_name"), QStringLiteral("Gamma")}}, base)},
                            QStringLiteral("client-b"));
        QCOMPARE(status(c, 0), QStringLiteral("merged"));

        // The conflict record is synced in the contact's bucket.
        const auto p = m_api->pull(cadre, {});
        QJsonObject conflict;
        for (const QJsonObject &op : p.ops())
            if (op.value(QLatin1String("type")).toString() == QLatin1String("conflict")
                && op.value(QLatin1String("data")).toObject().value(QLatin1String("record_id")).toString() == id)
                conflict = op;
        QVERIFY(!conflict.isEmpty());
        QCOMPARE(conflict.value(QLatin1String("bucket")).toString(), QStringLiteral("D69"));
        const QJsonObject cd = conflict.value(QLatin1String("data")).toObject();
        QCOMPARE(cd.value(QLatin1String("field")).toString(), QStringLiteral("first_name"));
        QCOMPARE(cd.value(QLatin1String("server_value")).toString(), QStringLiteral("Alpha"));
        QCOMPARE(cd.value(QLatin1String("client_value")).toString(), QStringLiteral("Beta"));
        QCOMPARE(cd.value(QLatin1String("base_version")).toInteger(), base);
        QCOMPARE(cd.value(QLatin1String("server_version")).toInteger(), afterA);
        const qint64 cursor = p.fullCheckpoint().value(QLatin1String("buckets")).toObject().value(QLatin1String("D69"))
                                  .toObject().value(QLatin1String("cursor")).toInteger();

        // Resolving applies the chosen value and removes the conflict record.
        const QString conflictId = conflict.value(QLatin1String("id")).toString();
        const auto resolved = push(cadre, {item(101, QStringLiteral("conflict"), QStringLiteral("resolve"), conflictId,
                                                {{QStringLiteral("value"), QStringLiteral("Beta")}})},
                                   QStringLiteral("client-a"));
        QCOMPARE(status(resolved, 0), QStringLiteral("applied"));
        stored = m_api->get(QStringLiteral("/api/v1/contacts/") + id, m_admin).json;
        QCOMPARE(stored.value(QLatin1String("first_name")).toString(), QStringLiteral("Beta"));
        const auto p2 = m_api->pull(cadre, {{QStringLiteral("D69"), cursor}});
        const auto conflictOps = opsOf(p2, conflictId);
        QCOMPARE(conflictOps.size(), 1);
        QCOMPARE(conflictOps.first().value(QLatin1String("op")).toString(), QStringLiteral("REMOVE"));
        const auto again = push(cadre, {item(102, QStringLiteral("conflict"), QStringLiteral("resolve"), conflictId,
                                             {{QStringLiteral("value"), QStringLiteral("Alpha")}})},
                                QStringLiteral("client-a"));
        QCOMPARE(status(again, 0), QStringLiteral("rejected"));

        // Deletes win over later edits from an old base.
        const auto del = push(cadre, {item(103, QStringLiteral("contact"), QStringLiteral("delete"), id)},
                              QStringLiteral("client-a"));
        QCOMPARE(status(del, 0), QStringLiteral("applied"));
        const auto late = push(other, {item(102, QStringLiteral("contact"), QStringLiteral("patch"), id,
                                            {{QStringLiteral("notes"), QStringLiteral("too late")}}, base)},
                               QStringLiteral("client-b"));
        QCOMPARE(status(late, 0), QStringLiteral("rejected"));
        QVERIFY(result(late, 0).value(QLatin1String("row")).isNull());
    }

    void zoneMoveWritesRemoveAndPut()
    {
        const QString id = createContact(QStringLiteral("D69"), QStringLiteral("Mover"));
        const QString interaction = Uuid7::generate();
        QCOMPARE(status(push(m_admin, {item(nextSeq(), QStringLiteral("interaction"), QStringLiteral("put"), interaction,
                                            {{QStringLiteral("contact_id"), id}, {QStringLiteral("kind"), QStringLiteral("note")},
                                             {QStringLiteral("zone"), QStringLiteral("D01")}})}),
                        0),
                 QStringLiteral("applied"));
        const auto before = m_api->pull(m_admin, {});
        const QJsonObject states = before.fullCheckpoint().value(QLatin1String("buckets")).toObject();
        const QJsonObject cursors{{QStringLiteral("D69"), states.value(QLatin1String("D69")).toObject().value(QLatin1String("cursor"))},
                                  {QStringLiteral("D38"), states.value(QLatin1String("D38")).toObject().value(QLatin1String("cursor"))}};
        // The interaction lives in its contact's bucket whatever the client said.
        QCOMPARE(opsOf(before, interaction).first().value(QLatin1String("bucket")).toString(), QStringLiteral("D69"));

        const auto moved = push(m_admin, {item(nextSeq(), QStringLiteral("contact"), QStringLiteral("patch"), id,
                                               {{QStringLiteral("zone"), QStringLiteral("D38")}})});
        QCOMPARE(status(moved, 0), QStringLiteral("applied"));
        const auto after = m_api->pull(m_admin, cursors);
        const auto contactOps = opsOf(after, id);
        QCOMPARE(contactOps.size(), 2);
        QHash<QString, QString> byBucket;
        for (const QJsonObject &op : contactOps)
            byBucket.insert(op.value(QLatin1String("bucket")).toString(), op.value(QLatin1String("op")).toString());
        QCOMPARE(byBucket.value(QStringLiteral("D69")), QStringLiteral("REMOVE"));
        QCOMPARE(byBucket.value(QStringLiteral("D38")), QStringLiteral("PUT"));
        const auto childOps = opsOf(after, interaction);
        QCOMPARE(childOps.size(), 2);
        for (const QJsonObject &op : childOps)
            if (op.value(QLatin1String("op")).toString() == QLatin1String("PUT")) {
                QCOMPARE(op.value(QLatin1String("bucket")).toString(), QStringLiteral("D38"));
                QCOMPARE(op.value(QLatin1String("data")).toObject().value(QLatin1String("zone")).toString(), QStringLiteral("D38"));
            }
        // The D69 cadre no longer sees it.
        const QString cadre = m_api->token(QStringLiteral("cadre69"), QStringLiteral("cadre-password"));
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/contacts/") + id, cadre).status, 403);
    }

    void erasureScrubsAndBlocksResurrection()
    {
        const QString id = createContact(QStringLiteral("D69"), QStringLiteral("Forget"));
        const QString interaction = Uuid7::generate();
        push(m_admin, {item(nextSeq(), QStringLiteral("interaction"), QStringLiteral("put"), interaction,
                            {{QStringLiteral("contact_id"), id}, {QStringLiteral("kind"), QStringLiteral("note")}}),
                       item(nextSeq(), QStringLiteral("contact"), QStringLiteral("patch"), id,
                            {{QStringLiteral("notes"), QStringLiteral("private")}})});
        const auto before = m_api->pull(m_admin, {});
        const auto beforeOps = opsOf(before, id) + opsOf(before, interaction);
        QCOMPARE(beforeOps.size(), 3);
        const QJsonObject beforeStates = before.fullCheckpoint().value(QLatin1String("buckets")).toObject();

        QCOMPARE(m_api->post(QStringLiteral("/api/v1/contacts/") + id + QStringLiteral("/erase"), {}, m_admin).status, 204);
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/contacts/") + id, m_admin).status, 404);

        const auto after = m_api->pull(m_admin, {});
        const auto afterOps = opsOf(after, id) + opsOf(after, interaction);
        QCOMPARE(afterOps.size(), 5); // 3 scrubbed PUTs + 2 REMOVEs
        for (const QJsonObject &op : afterOps) {
            QVERIFY(op.value(QLatin1String("data")).isNull() || op.value(QLatin1String("data")).isUndefined());
            for (const QJsonObject &old : beforeOps)
                if (old.value(QLatin1String("op_id")) == op.value(QLatin1String("op_id")))
                    QCOMPARE(op.value(QLatin1String("checksum")), old.value(QLatin1String("checksum")));
        }
        QVERIFY(!QJsonDocument(after.lines.first()).toJson().contains("private"));
        // Checksums of the bucket still add up (the scrubbed ops kept theirs).
        const QJsonObject d69 = after.fullCheckpoint().value(QLatin1String("buckets")).toObject().value(QLatin1String("D69")).toObject();
        QCOMPARE(d69.value(QLatin1String("count")).toInteger(),
                 beforeStates.value(QLatin1String("D69")).toObject().value(QLatin1String("count")).toInteger() + 2);

        // A late offline upload cannot resurrect it.
        const auto late = push(m_admin, {item(nextSeq(), QStringLiteral("contact"), QStringLiteral("put"), id,
                                              contactData(QStringLiteral("D69"), QStringLiteral("Forget"), QStringLiteral("Again"))),
                                         item(nextSeq(), QStringLiteral("contact"), QStringLiteral("patch"), id,
                                              {{QStringLiteral("notes"), QStringLiteral("again")}}),
                                         item(nextSeq(), QStringLiteral("interaction"), QStringLiteral("put"), Uuid7::generate(),
                                              {{QStringLiteral("contact_id"), id}, {QStringLiteral("kind"), QStringLiteral("note")}})});
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(status(late, i), QStringLiteral("rejected"));
            QVERIFY(result(late, i).value(QLatin1String("row")).isNull());
        }
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/contacts/") + id, m_admin).status, 404);
        const auto audit = m_api->get(QStringLiteral("/api/v1/audit?limit=20"), m_admin);
        QVERIFY(QJsonDocument(audit.json).toJson().contains("contacts.erase"));
    }

    void checkpointChecksumsMatchStreamedOps()
    {
        for (int i = 0; i < 30; ++i)
            createContact(i % 2 ? QStringLiteral("D69") : QStringLiteral("D13"), QStringLiteral("Sum%1").arg(i));
        const auto full = m_api->pull(m_admin, {}, 0, true);
        QCOMPARE(full.status, 200);
        QCOMPARE(full.contentEncoding, QStringLiteral("gzip"));
        QVERIFY(full.lines.first().contains(QLatin1String("progress")));
        QCOMPARE(full.lines.first().value(QLatin1String("progress")).toObject().value(QLatin1String("total_ops")).toInteger(),
                 qint64(full.ops().size()));
        const QJsonObject cp = full.fullCheckpoint();
        const qint64 x = cp.value(QLatin1String("op_id")).toInteger();
        QHash<QString, quint32> sums;
        QHash<QString, qint64> counts;
        QHash<QString, qint64> last;
        for (const QJsonObject &o : full.ops()) {
            SyncOp op;
            QString error;
            QVERIFY2(SyncOp::fromJson(o, &op, &error), qPrintable(error));
            QVERIFY(op.opId <= x);
            QVERIFY(op.opId > last.value(op.bucket)); // op_id order inside a bucket
            last[op.bucket] = op.opId;
            // The checksum is the one of the op as streamed (compact JSON of its data).
            if (op.kind == SyncOp::Kind::Put && !o.value(QLatin1String("data")).isNull())
                QCOMPARE(op.checksum, SyncOp::computeChecksum(op.bucket, op.kind, op.type, op.id,
                                                              QJsonDocument(op.data).toJson(QJsonDocument::Compact)));
            if (op.kind == SyncOp::Kind::Remove)
                QCOMPARE(op.checksum, SyncOp::computeChecksum(op.bucket, op.kind, op.type, op.id, QByteArray()));
            sums[op.bucket] += op.checksum;
            counts[op.bucket] += 1;
        }
        const QJsonObject buckets = cp.value(QLatin1String("buckets")).toObject();
        QCOMPARE(buckets.size(), 137); // admin on FR: the country, 26 regions, 109 departments, and their personal bucket
        for (auto it = buckets.begin(); it != buckets.end(); ++it) {
            const BucketState s = BucketState::fromJson(it.value().toObject());
            QCOMPARE(s.count, counts.value(it.key()));
            QCOMPARE(s.checksum, sums.value(it.key()));
            QCOMPARE(s.cursor, last.value(it.key()));
        }
        // Incremental pull: previous state + new ops = new state.
        const QString id = createContact(QStringLiteral("D69"), QStringLiteral("Increment"));
        QJsonObject cursors;
        for (auto it = buckets.begin(); it != buckets.end(); ++it)
            cursors.insert(it.key(), it.value().toObject().value(QLatin1String("cursor")));
        const auto inc = m_api->pull(m_admin, cursors, 0, false);
        QCOMPARE(inc.contentEncoding, QString());
        QCOMPARE(inc.ops().size(), 1);
        QCOMPARE(inc.ops().first().value(QLatin1String("id")).toString(), id);
        const BucketState now = BucketState::fromJson(inc.fullCheckpoint().value(QLatin1String("buckets")).toObject()
                                                          .value(QLatin1String("D69")).toObject());
        const BucketState prev = BucketState::fromJson(buckets.value(QLatin1String("D69")).toObject());
        QCOMPARE(now.count, prev.count + 1);
        QCOMPARE(now.checksum, quint32(prev.checksum + quint32(inc.ops().first().value(QLatin1String("checksum")).toInteger())));
        // Partial checkpoints close every bucket that had ops.
        int partial = 0;
        for (const QJsonObject &l : inc.lines)
            if (l.contains(QLatin1String("checkpoint")) && !l.value(QLatin1String("checkpoint")).toObject().value(QLatin1String("complete")).toBool())
                ++partial;
        QCOMPARE(partial, 1);
    }

    void longPollWakesOnPushFromAnotherUser()
    {
        const QString cadre = m_api->token(QStringLiteral("cadre69"), QStringLiteral("cadre-password"));
        const auto now = m_api->pull(cadre, {});
        const QJsonObject states = now.fullCheckpoint().value(QLatin1String("buckets")).toObject();
        QJsonObject cursors;
        for (auto it = states.begin(); it != states.end(); ++it)
            cursors.insert(it.key(), it.value().toObject().value(QLatin1String("cursor")));

        // Nothing new: the wait passes and only the full checkpoint comes back.
        const auto idle = m_api->pull(cadre, cursors, 1);
        QCOMPARE(idle.status, 200);
        QVERIFY(idle.elapsedMs >= 900);
        QCOMPARE(idle.lines.size(), 1);
        QVERIFY(idle.fullCheckpoint().contains(QLatin1String("buckets")));

        ApiClient waiter(m_server->port(), m_server->certPath());
        ApiClient::Pull woken;
        std::thread t([&] { woken = waiter.pull(cadre, cursors, 20); });
        QThread::msleep(500);
        // A push into another bucket does not wake it.
        createContact(QStringLiteral("D13"), QStringLiteral("Elsewhere"));
        QThread::msleep(300);
        QElapsedTimer pushed;
        pushed.start();
        const QString id = createContact(QStringLiteral("D69"), QStringLiteral("Wake"));
        t.join();
        const qint64 latency = pushed.elapsed();
        QCOMPARE(woken.status, 200);
        QVERIFY2(latency < 1000, qPrintable(QString::number(latency)));
        QCOMPARE(woken.ops().size(), 1);
        QCOMPARE(woken.ops().first().value(QLatin1String("id")).toString(), id);
        qInfo("long-poll wake-up latency: %lld ms (wait took %lld ms)", latency, woken.elapsedMs);
    }

    void delegationUsersAndAudit()
    {
        const QString cadre = m_api->token(QStringLiteral("cadre69"), QStringLiteral("cadre-password"));
        const auto users = m_api->get(QStringLiteral("/api/v1/users"), cadre);
        QCOMPARE(users.status, 200);
        QStringList names;
        qint64 volunteerId = 0;
        const QJsonArray list = users.json.value(QLatin1String("users")).toArray();
        for (const QJsonValue &u : list)
            names << u.toObject().value(QLatin1String("username")).toString();
        QVERIFY(names.contains(QStringLiteral("other69")));
        QVERIFY(!names.contains(QStringLiteral("admin")));
        const QJsonArray all = m_api->get(QStringLiteral("/api/v1/users"), m_admin).json.value(QLatin1String("users")).toArray();
        for (const QJsonValue &u : all)
            if (u.toObject().value(QLatin1String("username")).toString() == QLatin1String("volunteer"))
                volunteerId = u.toObject().value(QLatin1String("id")).toInteger();
        QVERIFY(volunteerId > 0);

        const auto denied = m_api->post(QStringLiteral("/api/v1/delegations"),
                                        {{QStringLiteral("user_id"), volunteerId}, {QStringLiteral("zone"), QStringLiteral("D01")},
                                         {QStringLiteral("features"), QJsonArray{QStringLiteral("contacts.read")}}},
                                        cadre);
        QCOMPARE(denied.status, 403);
        const auto tooMuch = m_api->post(QStringLiteral("/api/v1/delegations"),
                                         {{QStringLiteral("user_id"), volunteerId}, {QStringLiteral("zone"), QStringLiteral("D69")},
                                          {QStringLiteral("features"), QJsonArray{QStringLiteral("contacts.erase")}}},
                                         cadre);
        QCOMPARE(tooMuch.status, 403);
        const auto granted = m_api->post(QStringLiteral("/api/v1/delegations"),
                                         {{QStringLiteral("user_id"), volunteerId}, {QStringLiteral("zone"), QStringLiteral("D69")},
                                          {QStringLiteral("features"), QJsonArray{QStringLiteral("contacts.read")}}},
                                         cadre);
        QCOMPARE(granted.status, 201);
        const qint64 grantId = granted.json.value(QLatin1String("id")).toInteger();
        QVERIFY(grantId > 0);
        const QString volunteer = m_api->token(QStringLiteral("volunteer"), QStringLiteral("volunteer-password"));
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/me"), volunteer).json.value(QLatin1String("buckets")).toArray(),
                 QJsonArray({QStringLiteral("D69"), QStringLiteral("FR"), QStringLiteral("R84")}));
        QCOMPARE(m_api->pull(volunteer, {}).fullCheckpoint().value(QLatin1String("buckets")).toObject().size(), 4); // and V<id>

        QCOMPARE(m_api->del(QStringLiteral("/api/v1/grants/%1").arg(grantId), volunteer).status, 403);
        QCOMPARE(m_api->del(QStringLiteral("/api/v1/grants/%1").arg(grantId), cadre).status, 204);
        QCOMPARE(m_api->del(QStringLiteral("/api/v1/grants/%1").arg(grantId), cadre).status, 404);
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/me"), volunteer).json.value(QLatin1String("buckets")).toArray().size(), 0);

        QCOMPARE(m_api->get(QStringLiteral("/api/v1/audit"), cadre).status, 403);
        const auto audit = m_api->get(QStringLiteral("/api/v1/audit?limit=500"), m_admin);
        QCOMPARE(audit.status, 200);
        const QByteArray text = QJsonDocument(audit.json).toJson();
        for (const char *action : {"grant.add", "grant.revoke", "contacts.export", "auth.login", "user.add"})
            QVERIFY2(text.contains(action), action);
    }

    void secondInstanceWakesThroughNotify()
    {
        if (m_postgresUrl.isEmpty())
            QSKIP("several instances share a PostgreSQL database only");
        int port = 0;
        auto second = m_server->spawnInstance(&port);
        QVERIFY(second);
        ApiClient other(port, m_server->certPath());
        // Sessions live in the database: a token from the first instance works on the second.
        const QString cadre = m_api->token(QStringLiteral("cadre69"), QStringLiteral("cadre-password"));
        QCOMPARE(other.get(QStringLiteral("/api/v1/me"), cadre).status, 200);
        const auto now = other.pull(cadre, {});
        const QJsonObject states = now.fullCheckpoint().value(QLatin1String("buckets")).toObject();
        QJsonObject cursors;
        for (auto it = states.begin(); it != states.end(); ++it)
            cursors.insert(it.key(), it.value().toObject().value(QLatin1String("cursor")));
        ApiClient::Pull woken;
        std::thread t([&] { woken = other.pull(cadre, cursors, 20); });
        QThread::msleep(500);
        QElapsedTimer pushed;
        pushed.start();
        const QString id = createContact(QStringLiteral("D69"), QStringLiteral("Notified")); // on the first instance
        t.join();
        const qint64 latency = pushed.elapsed();
        QCOMPARE(woken.status, 200);
        QCOMPARE(woken.ops().size(), 1);
        QCOMPARE(woken.ops().first().value(QLatin1String("id")).toString(), id);
        QVERIFY2(latency < 1000, qPrintable(QString::number(latency)));
        qInfo("cross-instance wake-up latency: %lld ms", latency);
        ::kill(pid_t(second->processId()), SIGTERM);
        QVERIFY(second->waitForFinished(20000));
        QCOMPARE(second->exitCode(), 0);
    }

    void oversizedBodyIs413()
    {
        const std::string body(33 * 1024 * 1024, ' ');
        const auto r = m_api->postRaw(QStringLiteral("/api/v1/sync/push"), body, m_admin);
        QCOMPARE(r.status, 413);
        QCOMPARE(r.json.value(QLatin1String("error")).toString(), QStringLiteral("too_large"));
    }

    void gracefulShutdownAnswersLongPolls()
    {
        const QString cadre = m_api->token(QStringLiteral("cadre69"), QStringLiteral("cadre-password"));
        const auto now = m_api->pull(cadre, {});
        const QJsonObject states = now.fullCheckpoint().value(QLatin1String("buckets")).toObject();
        QJsonObject cursors;
        for (auto it = states.begin(); it != states.end(); ++it)
            cursors.insert(it.key(), it.value().toObject().value(QLatin1String("cursor")));
        ApiClient waiter(m_server->port(), m_server->certPath());
        ApiClient::Pull answered;
        std::thread t([&] { answered = waiter.pull(cadre, cursors, 30); });
        QThread::msleep(500);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(m_server->stop(), 0);
        t.join();
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(answered.status == 200, m_server->log().right(3000).constData());
        QVERIFY(answered.fullCheckpoint().contains(QLatin1String("buckets")));
        QVERIFY(m_server->log().contains("\"event\":\"shutdown\""));

        // The data survives a restart.
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        m_api = std::make_unique<ApiClient>(m_server->port(), m_server->certPath());
        const QString again = m_api->token(QStringLiteral("cadre69"), QStringLiteral("cadre-password"));
        QCOMPARE(m_api->pull(again, {}).fullCheckpoint(), now.fullCheckpoint());
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int status = 0;
    if (qEnvironmentVariableIntValue("RELAIS_TEST_PG_ONLY") == 0) {
        qInfo("=== relais-server with SQLite");
        ServerTest sqlite{QString()};
        status |= QTest::qExec(&sqlite, argc, argv);
    }
    const QString pg = qEnvironmentVariable("RELAIS_TEST_PG_URL");
    if (!pg.isEmpty()) {
        qInfo("=== relais-server with PostgreSQL");
        ServerTest postgres{pg};
        status |= QTest::qExec(&postgres, argc, argv);
    }
    return status;
}

#include "tst_server.moc"
