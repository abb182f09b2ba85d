// Unit tests of server parts that need no running server.
#include "AccessCache.h"
#include "Audience.h"
#include "DbExecutor.h"
#include "UserStore.h"
#include "ConfirmationToken.h"
#include "Db.h"
#include "MailOutbox.h"
#include "OpLog.h"
#include "PetitionSigning.h"
#include "ServerSchema.h"
#include "Petition.h"
#include "SignatureForm.h"
#include "DbSettings.h"
#include "LinkSigner.h"
#include "Secrets.h"
#include "ZoneTree.h"
#include "GzipWriter.h"
#include "LiveHub.h"
#include "PullStream.h"
#include "RateLimiter.h"
#include "SyncOp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>
#include <zlib.h>

using namespace relais;
using namespace relais::server;

namespace {
QByteArray gunzip(const QByteArray &in)
{
    z_stream z{};
    inflateInit2(&z, 15 + 16);
    QByteArray out(4 * 1024 * 1024, Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    z.avail_in = uInt(in.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    inflate(&z, Z_FINISH);
    out.truncate(qsizetype(z.total_out));
    inflateEnd(&z);
    return out;
}
} // namespace

class ServerUnitsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void linkTokensAreSignedPerRecipient()
    {
        QVERIFY(Secrets::init());
        const LinkSigner signer(QByteArray(32, 'k'));
        const QString n = QStringLiteral("01936a2e-0000-7000-8000-000000000001");
        const QString c = QStringLiteral("01936a2e-0000-7000-8000-0000000000c1");
        const QString token = signer.token(n, c);
        QCOMPARE(token.size(), 64);
        const auto who = signer.verify(token);
        QVERIFY(who);
        QCOMPARE(who->newsletterId, n);
        QCOMPARE(who->contactId, c);
        // Any changed character, another key, another length: refused.
        for (int i : {0, 10, 31, 43, 63}) {
            QString t = token;
            t[i] = t.at(i) == u'A' ? u'B' : u'A';
            QVERIFY2(!signer.verify(t), qPrintable(t));
        }
        QVERIFY(!LinkSigner(QByteArray(32, 'o')).verify(token));
        QVERIFY(!signer.verify(token.left(63)));
        QVERIFY(!signer.verify(QString(64, u'!')));
        QVERIFY(signer.checkTag(token, QStringLiteral("x"), signer.tag(token, QStringLiteral("x"))));
        QVERIFY(!signer.checkTag(token, QStringLiteral("y"), signer.tag(token, QStringLiteral("x"))));
    }

    void audienceSpecChecksZonesAndMatchesContacts()
    {
        const ZoneTree &zones = ZoneTree::france();
        QString error;
        auto parse = [&](const QJsonObject &o, const QString &owner) { return AudienceSpec::fromJson(o, owner, zones, &error); };
        QVERIFY(!parse({}, QStringLiteral("D69")));
        QVERIFY(error.contains(QLatin1String("at least one zone")));
        QVERIFY(!parse({{QStringLiteral("zones"), QJsonArray{QStringLiteral("D01")}}}, QStringLiteral("D69")));
        QVERIFY(error.contains(QLatin1String("outside")));
        QVERIFY(!parse({{QStringLiteral("zones"), QJsonArray{QStringLiteral("C69123")}}}, QStringLiteral("D69")));
        QVERIFY(!parse({{QStringLiteral("zones"), QStringLiteral("D69")}}, QStringLiteral("D69")));
        QVERIFY(!parse({{QStringLiteral("zones"), QJsonArray{QStringLiteral("D69")}}, {QStringLiteral("membership"), QJsonArray{QStringLiteral("vip")}}},
                       QStringLiteral("D69")));
        // A region's newsletter may target its departments; zones are upper-cased, tags deduplicated.
        const auto spec = parse({{QStringLiteral("zones"), QJsonArray{QStringLiteral("d69"), QStringLiteral("D01")}},
                                 {QStringLiteral("tags_in"), QJsonArray{QStringLiteral("AG"), QStringLiteral("ag")}},
                                 {QStringLiteral("tags_out"), QJsonArray{QStringLiteral("élus")}},
                                 {QStringLiteral("membership"), QJsonArray{QStringLiteral("member")}}},
                                QStringLiteral("R84"));
        QVERIFY2(spec, qPrintable(error));
        QCOMPARE(spec->zones, (QStringList{QStringLiteral("D69"), QStringLiteral("D01")}));
        QCOMPARE(spec->tagsIn, QStringList{QStringLiteral("AG")});
        QCOMPARE(spec->departments(zones), (QStringList{QStringLiteral("D01"), QStringLiteral("D69")}));
        const AudienceSpec region{{QStringLiteral("R84")}, {}, {}, {}};
        QCOMPARE(region.departments(zones).size(), 12); // Auvergne-Rhône-Alpes

        const QJsonObject yes{{QStringLiteral("granted"), true}};
        QJsonObject c{{QStringLiteral("email"), QStringLiteral("a@b.fr")}, {QStringLiteral("consent_email"), yes},
                      {QStringLiteral("membership"), QStringLiteral("member")}, {QStringLiteral("tags"), QJsonArray{QStringLiteral("ag")}}};
        QVERIFY(spec->matches(c));
        QJsonObject x = c;
        x.insert(QStringLiteral("tags"), QJsonArray{QStringLiteral("ag"), QStringLiteral("Élus")});
        QVERIFY(!spec->matches(x)); // a tag out wins (case-insensitive)
        x = c;
        x.insert(QStringLiteral("tags"), QJsonArray{});
        QVERIFY(!spec->matches(x)); // none of the tags in
        x = c;
        x.insert(QStringLiteral("membership"), QStringLiteral("supporter"));
        QVERIFY(!spec->matches(x));
        x = c;
        x.insert(QStringLiteral("consent_email"), QJsonObject{{QStringLiteral("granted"), QJsonValue::Null}});
        QVERIFY(!spec->matches(x)); // no answer is not consent
        x = c;
        x.remove(QStringLiteral("email"));
        QVERIFY(!spec->matches(x));
    }

    void confirmationTokensExpireAndCannotBeForged()
    {
        const ConfirmationToken tokens(QByteArray(32, 'k'));
        const QString id = QStringLiteral("0193a5f2-7c3e-7b1a-9d2e-1234567890ab");
        const QString nonce = ConfirmationToken::newNonce();
        QCOMPARE(nonce.size(), 16);
        QVERIFY(nonce != ConfirmationToken::newNonce());
        const QString token = tokens.make({id, nonce, 2000});
        QCOMPARE(token.size(), 64);
        ConfirmationToken::Claims c;
        QCOMPARE(tokens.verify(token, 1999, &c), ConfirmationToken::Check::Valid);
        QCOMPARE(c.signatureId, id);
        QCOMPARE(c.nonce, nonce);
        QCOMPARE(c.expiresAt, 2000);
        QCOMPARE(tokens.verify(token, 2001, &c), ConfirmationToken::Check::Expired);
        // Every character matters; another key (or a newsletter link's key) does not verify.
        for (int i = 0; i < token.size(); i += 7) {
            QString t = token;
            t[i] = t.at(i) == u'a' ? u'b' : u'a';
            QVERIFY(tokens.verify(t, 1000, &c) != ConfirmationToken::Check::Valid);
        }
        QCOMPARE(ConfirmationToken(QByteArray(32, 'j')).verify(token, 1000, &c), ConfirmationToken::Check::Forged);
        QCOMPARE(tokens.verify(token.left(63), 1000, &c), ConfirmationToken::Check::Malformed);
        QCOMPARE(tokens.verify(QString(64, u'!'), 1000, &c), ConfirmationToken::Check::Malformed);
        const LinkSigner newsletterLinks(QByteArray(32, 'k'));
        QCOMPARE(tokens.verify(newsletterLinks.token(id, id), 1000, &c), ConfirmationToken::Check::Forged);
    }

    void signatureFormChecksAndNormalises()
    {
        Petition p;
        p.optinText = QStringLiteral("Nouvelles");
        const ZoneTree &zones = ZoneTree::france();
        SignatureForm::Fields f{{QStringLiteral("first_name"), QStringLiteral("  Anne   Marie ")},
                                {QStringLiteral("last_name"), QStringLiteral("Dupont")},
                                {QStringLiteral("email"), QStringLiteral(" Anne@Example.ORG ")},
                                {QStringLiteral("postal_code"), QStringLiteral("13 001")},
                                {QStringLiteral("phone"), QStringLiteral("06 12 34 56 78")},
                                {QStringLiteral("consent"), QStringLiteral("on")},
                                {QStringLiteral("newsletter"), QStringLiteral("on")}};
        QList<SignatureForm::FieldError> errors;
        auto form = SignatureForm::parse(f, p, zones, &errors);
        QVERIFY(form);
        QCOMPARE(form->firstName, QStringLiteral("Anne Marie"));
        QCOMPARE(form->email, QStringLiteral("anne@example.org"));
        QCOMPARE(form->postalCode, QStringLiteral("13001"));
        QCOMPARE(form->department, QStringLiteral("D13"));
        QCOMPARE(form->phone, QStringLiteral("+33612345678"));
        QVERIFY(form->newsletter);
        QCOMPARE(SignatureForm::fromJson(form->toJson()).toJson(), form->toJson());
        // Corsica's postal codes start with 20: the department comes from the commune.
        f[QStringLiteral("postal_code")] = QStringLiteral("20000");
        QCOMPARE(SignatureForm::parse(f, p, zones, &errors)->department, QStringLiteral("D2A"));
        // Without an opt-in wording there is no newsletter box to tick.
        p.optinText.clear();
        QVERIFY(!SignatureForm::parse(f, p, zones, &errors)->newsletter);
        // Each faulty field is named, in the petition's language.
        p.language = QStringLiteral("en");
        f = {{QStringLiteral("email"), QStringLiteral("x@")}, {QStringLiteral("postal_code"), QStringLiteral("1234")}};
        QVERIFY(!SignatureForm::parse(f, p, zones, &errors));
        QStringList fields;
        for (const auto &e : errors)
            fields << e.field;
        QCOMPARE(fields, (QStringList{QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"),
                                      QStringLiteral("postal_code"), QStringLiteral("consent")}));
        QVERIFY(errors.at(2).message.contains(QStringLiteral("not valid")));
        QVERIFY(SignatureForm::isHoneypotFilled({{QStringLiteral("website"), QStringLiteral("x")}}));
        QVERIFY(!SignatureForm::isHoneypotFilled({{QStringLiteral("website"), QStringLiteral(" ")}}));
        QVERIFY(Petition::isValidSlug(QStringLiteral("loi-climat-2027")));
        QVERIFY(!Petition::isValidSlug(QStringLiteral("-abc")));
        QVERIFY(!Petition::isValidSlug(QStringLiteral("Abc")));
        QVERIFY(!Petition::isValidSlug(QStringLiteral("ab")));
    }

    void pendingSignaturesExpireAndTalliesFollow()
    {
        QTemporaryDir dir;
        Db db(DbSettings::sqliteFile(dir.filePath(QStringLiteral("relais.db"))));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QVERIFY2(ServerSchema::migrate(db, &error), qPrintable(error));
        StoredRecord record;
        record.type = QStringLiteral("petition");
        record.id = QStringLiteral("0193a5f2-7c3e-7b1a-9d2e-000000000001");
        record.zone = QStringLiteral("FR");
        record.data = {{QStringLiteral("title"), QStringLiteral("Test")}, {QStringLiteral("slug"), QStringLiteral("test")}};
        {
            Transaction tx(db, true);
            OpWriter ops(db);
            RecordStore::save(db, ops, record);
            ops.finish();
            tx.commit();
        }
        const Petition p = Petition::fromRecord(record);
        const ConfirmationToken tokens(QByteArray(32, 'k'));
        PetitionSigning::Settings settings;
        settings.publicUrl = QStringLiteral("https://relais.example.org");
        settings.mailFrom = QStringLiteral("Relais <noreply@relais.example.org>");
        auto form = [](const QString &email) {
            SignatureForm f;
            f.firstName = QStringLiteral("Ana");
            f.lastName = QStringLiteral("B");
            f.email = email;
            f.postalCode = QStringLiteral("75011");
            f.department = QStringLiteral("D75");
            return f;
        };
        const qint64 t0 = 1'000'000'000'000;
        QVERIFY(PetitionSigning::sign(db, p, form(QStringLiteral("a@example.org")), tokens, settings, t0));
        QVERIFY(PetitionSigning::sign(db, p, form(QStringLiteral("b@example.org")), tokens, settings, t0 + 5000));
        // Signing again within the resend delay: no second e-mail, still one row.
        QVERIFY(!PetitionSigning::sign(db, p, form(QStringLiteral("a@example.org")), tokens, settings, t0 + 1000));
        QCOMPARE(MailOutbox::count(db, QStringLiteral("queued")), 2);
        QJsonObject stats = PetitionSigning::stats(db, p);
        QCOMPARE(stats.value(QLatin1String("pending")).toInt(), 2);
        QCOMPARE(stats.value(QLatin1String("confirmed")).toInt(), 0);
        // The first link expires (its e-mail is older than the link's life); the second is still young.
        QCOMPARE(PetitionSigning::sweep(db, t0 + 4000, 3000), 1);
        stats = PetitionSigning::stats(db, p);
        QCOMPARE(stats.value(QLatin1String("pending")).toInt(), 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT email FROM petition_signatures")).toString(), QStringLiteral("b@example.org"));
        // Delivered e-mails go after their retention; queued ones stay.
        QCOMPARE(MailOutbox::purge(db, t0 + 10'000), 0);
        const auto claimed = MailOutbox::claim(db, 10, t0 + 6000);
        QCOMPARE(claimed.size(), 2);
        QVERIFY(claimed.first().message.contains("Subject:"));
        MailOutbox::record(db, claimed.at(0).id, MailOutbox::Outcome::Sent, t0 + 6000, 0, QString());
        MailOutbox::release(db, {claimed.at(1).id});
        QCOMPARE(MailOutbox::count(db, QStringLiteral("queued")), 1);
        QCOMPARE(MailOutbox::purge(db, t0 + 10'000), 1);
    }

    void databaseUrls()
    {
        QString error;
        auto s = DbSettings::fromUrl(QStringLiteral("postgresql://relais@127.0.0.1:5433/relais"), &error);
        QVERIFY(s);
        QVERIFY(s->isPostgres());
        QCOMPARE(s->host, QStringLiteral("127.0.0.1"));
        QCOMPARE(s->port, 5433);
        QCOMPARE(s->user, QStringLiteral("relais"));
        QCOMPARE(s->name, QStringLiteral("relais"));
        s = DbSettings::fromUrl(QStringLiteral("postgresql:///relais?host=/tmp/pg%20dir&sslmode=disable"), &error);
        QVERIFY(s);
        QCOMPARE(s->host, QStringLiteral("/tmp/pg dir"));
        QCOMPARE(s->name, QStringLiteral("relais"));
        QCOMPARE(s->options, QStringLiteral("sslmode=disable"));
        s = DbSettings::fromUrl(QStringLiteral("postgres://u:p%40ss@db.example:5432/x"), &error);
        QVERIFY(s);
        QCOMPARE(s->password, QStringLiteral("p@ss"));
        QVERIFY(!DbSettings::fromUrl(QStringLiteral("mysql://x/y"), &error));
        QVERIFY(!DbSettings::fromUrl(QStringLiteral("postgresql://host"), &error));
        QVERIFY(!DbSettings::fromUrl(QStringLiteral("postgresql:///db?evil=1"), &error));
        s = DbSettings::fromUrl(QStringLiteral("sqlite:///var/lib/relais/relais.db"), &error);
        QVERIFY(s);
        QCOMPARE(s->sqlitePath, QStringLiteral("/var/lib/relais/relais.db"));
    }

    void rateLimiterWindow()
    {
        RateLimiter r(5, 1000);
        for (int i = 0; i < 6; ++i) { // more than 5 failures are needed
            QCOMPARE(r.retryAfterSeconds(QStringLiteral("k"), 100 + i), 0);
            r.recordFailure(QStringLiteral("k"), 100 + i);
        }
        QCOMPARE(r.retryAfterSeconds(QStringLiteral("k"), 200), 1);
        QCOMPARE(r.retryAfterSeconds(QStringLiteral("other"), 200), 0);
        QCOMPARE(r.retryAfterSeconds(QStringLiteral("k"), 1099), 1);
        QCOMPARE(r.retryAfterSeconds(QStringLiteral("k"), 1100), 0); // the first failure left the window
        r.reset(QStringLiteral("k"));
        QCOMPARE(r.retryAfterSeconds(QStringLiteral("k"), 300), 0);
    }

    void liveHubWakesOnlyConcernedWaiters()
    {
        LiveHub hub;
        LiveHub::Snapshot snap;
        QVERIFY(!hub.snapshot({QStringLiteral("D69")}, &snap)); // not loaded yet: pulls plan from the database
        hub.reset({}, 0);
        hub.publish({{QStringLiteral("D69"), BucketState{10, 3, 77}}}, 10);
        QVERIFY(hub.snapshot({QStringLiteral("D69"), QStringLiteral("D01")}, &snap));
        QCOMPARE(snap.watermark, 10);
        QCOMPARE(snap.states.value(QStringLiteral("D69")), (BucketState{10, 3, 77}));
        QVERIFY(!snap.states.contains(QStringLiteral("D01")));
        hub.publish({{QStringLiteral("D69"), BucketState{9, 2, 5}}}, 9); // older news never goes back
        QVERIFY(hub.snapshot({QStringLiteral("D69")}, &snap));
        QCOMPARE(snap.states.value(QStringLiteral("D69")).cursor, 10);
        QCOMPARE(snap.watermark, 10);
        QCOMPARE(hub.wait({{QStringLiteral("D69"), 5}}, std::chrono::milliseconds(10)), LiveHub::WaitResult::NewOps);
        QCOMPARE(hub.wait({{QStringLiteral("D69"), 10}}, std::chrono::milliseconds(20)), LiveHub::WaitResult::Timeout);

        LiveHub::WaitResult got = LiveHub::WaitResult::Timeout;
        QElapsedTimer timer;
        timer.start();
        std::thread t([&] { got = hub.wait({{QStringLiteral("D69"), 10}}, std::chrono::seconds(5)); });
        while (hub.waiterCount() == 0)
            QThread::msleep(1);
        hub.publish({{QStringLiteral("D13"), BucketState{50, 1, 1}}}, 50); // another bucket: keeps waiting
        QThread::msleep(50);
        QCOMPARE(hub.waiterCount(), 1);
        hub.publish({{QStringLiteral("D69"), BucketState{51, 4, 78}}}, 51);
        t.join();
        QCOMPARE(got, LiveHub::WaitResult::NewOps);
        QVERIFY(timer.elapsed() < 2000);

        std::thread s([&] { got = hub.wait({{QStringLiteral("D69"), 51}}, std::chrono::seconds(5)); });
        while (hub.waiterCount() == 0)
            QThread::msleep(1);
        hub.shutdown();
        s.join();
        QCOMPARE(got, LiveHub::WaitResult::Shutdown);
    }

    void gzipRoundTrip()
    {
        GzipWriter gz(1);
        QByteArray compressed = gz.write("hello\n", false);
        compressed += gz.write(QByteArray(100000, 'x'), false);
        compressed += gz.write("end\n", true);
        QCOMPARE(gunzip(compressed), QByteArray("hello\n") + QByteArray(100000, 'x') + QByteArray("end\n"));
    }

    void accessCacheReloadsAheadOfExpiry()
    {
        QTemporaryDir dir;
        DbExecutor executor(DbSettings::sqliteFile(dir.filePath(QStringLiteral("access.db"))), 2, 1);
        QString error;
        QVERIFY2(executor.start(&error), qPrintable(error));
        QVERIFY2(executor.write([&](Db &db) { return ServerSchema::migrate(db, &error); }), qPrintable(error));
        const qint64 userId = executor.write([](Db &db) {
            return UserStore::add(db, QStringLiteral("ana"), QStringLiteral("Ana"), QStringLiteral("x"));
        });
        constexpr qint64 Life = 2000;
        AccessCache cache(executor, Life);
        const auto first = cache.get(userId);
        QVERIFY(first);
        QVERIFY(!first->user.disabled);
        QVERIFY(first->buckets.contains(personalBucket(userId)));
        auto age = [](const std::shared_ptr<const UserAccess> &a) { return QDateTime::currentMSecsSinceEpoch() - a->loadedAtMs; };
        // Changed behind the cache's back (another process): a young entry is served as it is...
        executor.write([userId](Db &db) { UserStore::setDisabled(db, userId, true); });
        QVERIFY(age(first) < Life / 2);
        QCOMPARE(cache.get(userId), first);
        // ...and past half its life it is still served at once while a database thread reads it again, so that
        // the new one is there before the old one's life ends.
        QTest::qWait(int(Life / 2 + 50 - age(first)));
        QCOMPARE(cache.get(userId), first);
        QTRY_VERIFY_WITH_TIMEOUT(cache.get(userId)->user.disabled, int(Life));
        QVERIFY2(cache.get(userId)->loadedAtMs < first->loadedAtMs + Life, "the entry was read again only once it had expired");
        // An entry nobody asked for in its whole life is not served: the next request reads the database.
        const auto reloaded = cache.get(userId);
        executor.write([userId](Db &db) { UserStore::setDisabled(db, userId, false); });
        QTest::qWait(int(Life + 50));
        QVERIFY(!cache.get(userId)->user.disabled);
        QVERIFY(cache.get(userId) != reloaded);
        // Invalidation drops it at once; an unknown user has no access.
        executor.write([userId](Db &db) { UserStore::setDisabled(db, userId, true); });
        cache.invalidate(userId);
        QVERIFY(cache.get(userId)->user.disabled);
        QVERIFY(!cache.get(userId + 1000));
        // Many requests of one user at once: one load, the same answer for all.
        cache.invalidateAll();
        std::vector<std::thread> threads;
        std::vector<std::shared_ptr<const UserAccess>> seen(8);
        for (std::size_t i = 0; i < seen.size(); ++i)
            threads.emplace_back([&, i] { seen[i] = cache.get(userId); });
        for (auto &t : threads)
            t.join();
        for (const auto &a : seen)
            QCOMPARE(a, seen.front());
        executor.stop();
    }

    void opChecksumsAreTheProtocols()
    {
        // First 4 bytes, big-endian, of SHA-256("bucket\nPUT|REMOVE\ntype\nid\ndata"): values computed apart
        // (Python's hashlib), so that a change of implementation cannot change what clients verify.
        const QByteArray data = QByteArray("{\"first_name\":\"H\xc3\xa9l\xc3\xa8ne\",\"zone\":\"D69\"}");
        QCOMPARE(SyncOp::computeChecksum(QStringLiteral("D69"), SyncOp::Kind::Put, QStringLiteral("contact"),
                                         QStringLiteral("0190a5c4-0000-7000-8000-000000000001"), data),
                 3968515024u);
        QCOMPARE(SyncOp::computeChecksum(QStringLiteral("V7"), SyncOp::Kind::Remove, QStringLiteral("call_assignment"),
                                         QStringLiteral("abc"), QByteArray()),
                 338933387u);
        // The same from other threads (each has its own digest context).
        quint32 fromThread = 0;
        std::thread([&] {
            fromThread = SyncOp::computeChecksum(QStringLiteral("V7"), SyncOp::Kind::Remove, QStringLiteral("call_assignment"),
                                                 QStringLiteral("abc"), QByteArray());
        }).join();
        QCOMPARE(fromThread, 338933387u);
    }

    void runBindsValuesWithSqlitesApi()
    {
        QTemporaryDir dir;
        Db db(DbSettings::sqliteFile(dir.filePath(QStringLiteral("run.db"))));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        db.execDirect(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL, note TEXT, raw BLOB)"));
        // Several rows in one statement: integers, UTF-8 text, a null QString as '', an invalid QVariant as NULL.
        QCOMPARE(Db::rowMarks(3, 4), QStringLiteral("(?, ?, ?, ?), (?, ?, ?, ?), (?, ?, ?, ?)"));
        const int added = db.run(QStringLiteral("INSERT INTO t (id, name, note, raw) VALUES ") + Db::rowMarks(3, 4),
                                 {1, QStringLiteral("Hélène"), QVariant(), QByteArray("\x00\x01", 2), //
                                  qint64(1) << 40, QString(), QStringLiteral("n"), QVariant(), //
                                  3, QStringLiteral("Zoé"), QStringLiteral("ok"), QByteArray("{}")});
        QCOMPARE(added, 3);
        QSqlQuery &q = db.exec(QStringLiteral("SELECT id, name, note IS NULL, typeof(raw), length(raw) FROM t ORDER BY id"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 1);
        QCOMPARE(q.value(1).toString(), QStringLiteral("Hélène"));
        QCOMPARE(q.value(2).toInt(), 1);
        QCOMPARE(q.value(3).toString(), QStringLiteral("blob"));
        QCOMPARE(q.value(4).toInt(), 2);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 3);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(1) << 40);
        QVERIFY(!q.value(1).isNull()); // NOT NULL column: the null QString went in as an empty text
        QCOMPARE(q.value(3).toString(), QStringLiteral("null"));
        q.finish();
        // Rows changed by an UPDATE; and it runs inside the connection's own transaction.
        {
            Transaction tx(db, true);
            QCOMPARE(db.run(QStringLiteral("UPDATE t SET note = ? WHERE id IN (") + Db::marks(2) + QLatin1Char(')'),
                            {QStringLiteral("x"), 1, 3}),
                     2);
        }
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM t WHERE note = 'x'")).toInt(), 0); // rolled back
        // Errors: the statement and SQLite's message, never the values.
        try {
            db.run(QStringLiteral("INSERT INTO t (id, name) VALUES (?, ?)"), {1, QStringLiteral("secret@example.org")});
            QFAIL("a duplicate key was accepted");
        } catch (const DbError &e) {
            QVERIFY2(QByteArray(e.what()).contains("UNIQUE"), e.what());
            QVERIFY(!QByteArray(e.what()).contains("secret"));
        }
        QVERIFY(db.takeFailure());
        QVERIFY_THROWS_EXCEPTION(DbError, db.run(QStringLiteral("INSERT INTO t (id, name) VALUES (?, ?)"), {9}));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM t")).toInt(), 3);
        // Chunks of multi-row statements: powers of two up to RowsPerStatement.
        QCOMPARE(Db::chunk(250), Db::RowsPerStatement);
        QCOMPARE(Db::chunk(50), 32);
        QCOMPARE(Db::chunk(1), 1);
        db.close(); // the statements are finalized first, or SQLite would refuse to close
        QVERIFY(!db.isOpen());
    }

    void opLineParsesBack()
    {
        OpRow row;
        row.opId = 42;
        row.type = "contact";
        row.id = "01890000-0000-7000-8000-000000000001";
        row.data = QByteArray("{\"first_name\":\"Zo\xc3\xa9 \\\"Z\\\"\",\"zone\":\"D69\"}");
        row.checksum = SyncOp::computeChecksum(QStringLiteral("D69"), SyncOp::Kind::Put, QStringLiteral("contact"),
                                               QString::fromLatin1(row.id), row.data);
        QByteArray line;
        PullStream::appendOpLine(line, "D69", row);
        QVERIFY(line.endsWith('\n'));
        SyncOp op;
        QString error;
        QVERIFY(SyncOp::fromJson(QJsonDocument::fromJson(line).object(), &op, &error));
        QCOMPARE(op.opId, 42);
        QCOMPARE(op.bucket, QStringLiteral("D69"));
        QCOMPARE(op.data.value(QLatin1String("first_name")).toString(), QStringLiteral("Zoé \"Z\""));
        QCOMPARE(op.checksum, row.checksum);

        OpRow removed;
        removed.opId = 43;
        removed.put = false;
        removed.type = "interaction";
        removed.id = row.id;
        QByteArray line2;
        PullStream::appendOpLine(line2, "D69", removed);
        QVERIFY(SyncOp::fromJson(QJsonDocument::fromJson(line2).object(), &op, &error));
        QCOMPARE(op.kind, SyncOp::Kind::Remove);
        QVERIFY(!line2.contains("data"));
    }
};

QTEST_GUILESS_MAIN(ServerUnitsTest)
#include "tst_server_units.moc"
