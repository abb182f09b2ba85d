// The client side of sync without a server: the pull stream parser and the JSON reader under it,
// backoff, certificate fingerprints, and the engine's life cycle when the server cannot be reached.
#include "CertificateProbe.h"
#include "PullStreamParser.h"
#include "ProfileVault.h"
#include "Replica.h"
#include "SecretKey.h"
#include "ServerConnection.h"
#include "SyncBackoff.h"
#include "SyncEngine.h"
#include "SyncJsonReader.h"
#include "SyncService.h"
#include "SyncStore.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace relais;

namespace {
/// JSON written with single quotes (moc trips over raw string literals).
QByteArray j(const char *text)
{
    QByteArray b(text);
    b.replace('\'', '"');
    return b;
}
} // namespace

class TestSyncClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonReaderStrings()
    {
        const QByteArray doc = j("{'a':'plain','b':'esc \\'q\\' \\\\ \\/ \\n\\t','c':'\\u00e9t\\u00C9','d':'\\ud83d\\ude00','e':null,")
            + j("'f':'caf") + "\xc3\xa9" + j("','g':'\\ud800x'}");
        SyncJsonReader r(doc);
        QVERIFY(r.beginObject());
        QByteArray key, value;
        QStringList seen;
        while (r.nextMember(&key)) {
            bool null = false;
            QVERIFY(r.readString(&value, &null));
            seen << QString::fromUtf8(key) + u'=' + (null ? QStringLiteral("<null>") : QString::fromUtf8(value));
        }
        QVERIFY(!r.failed());
        QVERIFY(r.atEnd());
        QCOMPARE(seen, (QStringList{QStringLiteral("a=plain"), QStringLiteral("b=esc \"q\" \\ / \n\t"),
                                    QStringLiteral("c=étÉ"), QStringLiteral("d=😀"), QStringLiteral("e=<null>"),
                                    QStringLiteral("f=café"), QStringLiteral("g=\ufffdx")}));
        // The same through Qt's parser.
        const QJsonObject o = QJsonDocument::fromJson(doc).object();
        QCOMPARE(o.value(QLatin1String("b")).toString(), QStringLiteral("esc \"q\" \\ / \n\t"));
        QCOMPARE(o.value(QLatin1String("d")).toString(), QStringLiteral("😀"));
    }

    void jsonReaderSkipsAndNumbers()
    {
        const QByteArray doc = j(" { 'n' : -12 , 'big': 9007199254740993, 'x': [1, {'y': [true, false, null]}, 's'],")
            + j(" 'f': 1.5e3, 'o': {}, 'a': [] } ");
        SyncJsonReader r(doc);
        QVERIFY(r.beginObject());
        QByteArray key;
        qint64 n = 0;
        QVERIFY(r.nextMember(&key));
        QVERIFY(r.readInt64(&n));
        QCOMPARE(n, -12);
        QVERIFY(r.nextMember(&key));
        QVERIFY(r.readInt64(&n));
        QCOMPARE(n, Q_INT64_C(9007199254740993));
        QVERIFY(r.nextMember(&key));
        const char *b = nullptr, *e = nullptr;
        QVERIFY(r.skipValue(&b, &e));
        QCOMPARE(QByteArray(b, e - b), QByteArray(j("[1, {'y': [true, false, null]}, 's']")));
        QVERIFY(r.nextMember(&key));
        QVERIFY(!r.readInt64(&n)); // not an integer: skipped, not an error
        QVERIFY(!r.failed());
        QVERIFY(r.nextMember(&key));
        QVERIFY(r.skipValue());
        QVERIFY(r.nextMember(&key));
        QCOMPARE(key, QByteArray("a"));
        QVERIFY(r.beginArray());
        QVERIFY(!r.nextElement());
        QVERIFY(!r.nextMember(&key));
        QVERIFY(!r.failed());
        QVERIFY(r.atEnd());
    }

    void jsonReaderRejectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("doc");
        QTest::newRow("unterminated") << QByteArray(j("{'a':'b"));
        QTest::newRow("control char") << QByteArray("{\"a\":\"b\x01\"}");
        QTest::newRow("bad escape") << QByteArray(j("{'a':'\\x'}"));
        QTest::newRow("bad utf8") << QByteArray("{\"a\":\"\xc3\x28\"}");
        QTest::newRow("overlong utf8") << QByteArray("{\"a\":\"\xc0\xaf\"}");
        QTest::newRow("trailing comma") << QByteArray(j("{'a':1,}"));
        QTest::newRow("missing colon") << QByteArray(j("{'a' 1}"));
        QTest::newRow("bad literal") << QByteArray(j("{'a':tru}"));
        QTest::newRow("leading zero") << QByteArray(j("{'a':01}"));
        QTest::newRow("deep") << (QByteArray(j("{'a':")) + QByteArray(100, '[') + QByteArray(100, ']') + '}');
        QTest::newRow("garbage after") << QByteArray(j("{'a':1} x"));
    }

    void jsonReaderRejectsMalformed()
    {
        QFETCH(QByteArray, doc);
        SyncJsonReader r(doc);
        bool ok = r.beginObject();
        QByteArray key;
        while (ok && r.nextMember(&key))
            r.skipValue();
        QVERIFY(r.failed() || !r.atEnd());
    }

    void parserHandlesEveryChunking()
    {
        const QByteArray stream =
            "{\"progress\":{\"total_ops\":2}}\n"
            "{\"op_id\":1,\"bucket\":\"D69\",\"op\":\"PUT\",\"type\":\"contact\",\"id\":\"a\",\"data\":{\"first_name\":\"A\\nB\"},\"checksum\":4294967295}\r\n"
            "\n"
            "{\"checksum\":7,\"id\":\"b\",\"type\":\"interaction\",\"op\":\"REMOVE\",\"bucket\":\"U:3\",\"op_id\":2}\n"
            "{\"checkpoint\":{\"op_id\":2,\"complete\":true,\"buckets\":{\"D69\":{\"cursor\":1,\"count\":1,\"checksum\":4294967295},\"U:3\":{\"cursor\":2,\"count\":1,\"checksum\":7}}}}";
        for (int piece = 1; piece <= stream.size(); piece += (piece < 20 ? 1 : 37)) {
            PullStreamParser p;
            QList<SyncRawOp> ops;
            QList<PullStreamParser::Checkpoint> cps;
            qint64 total = 0;
            p.onRawOp = [&](SyncRawOp &&op, QString *) {
                ops << op;
                return true;
            };
            p.onCheckpoint = [&](const PullStreamParser::Checkpoint &cp, QString *) {
                cps << cp;
                return true;
            };
            p.onProgress = [&](qint64 t) { total = t; };
            QString error;
            for (qsizetype at = 0; at < stream.size(); at += piece)
                QVERIFY2(p.feed(stream.mid(at, piece), &error), qPrintable(error));
            QVERIFY(p.finish(&error));
            QCOMPARE(total, 2);
            QCOMPARE(ops.size(), 2);
            QCOMPARE(ops[0].op.opId, 1);
            QCOMPARE(ops[0].op.checksum, 4294967295u);
            QCOMPARE(ops[0].op.kind, SyncOp::Kind::Put);
            QCOMPARE(ops[0].data, QByteArray("{\"first_name\":\"A\\nB\"}"));
            QCOMPARE(ops[1].op.kind, SyncOp::Kind::Remove);
            QCOMPARE(ops[1].op.bucket, QStringLiteral("U:3"));
            QCOMPARE(ops[1].op.type, QStringLiteral("interaction"));
            QVERIFY(ops[1].data.isEmpty());
            QCOMPARE(cps.size(), 1);
            QVERIFY(cps[0].complete);
            QCOMPARE(cps[0].buckets.value(QStringLiteral("U:3")).checksum, 7u);
        }
    }

    void parserRejectsBadLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("not json") << QByteArray("hello\n");
        QTest::newRow("array") << QByteArray("[1,2]\n");
        QTest::newRow("unknown op") << QByteArray(j("{'op_id':1,'bucket':'D1','op':'MOVE','type':'contact','id':'a'}") + "\n");
        QTest::newRow("no id") << QByteArray(j("{'op_id':1,'bucket':'D1','op':'PUT','type':'contact','data':{}}") + "\n");
        QTest::newRow("no op id") << QByteArray(j("{'bucket':'D1','op':'PUT','type':'contact','id':'a'}") + "\n");
        QTest::newRow("bad data") << QByteArray(j("{'op_id':1,'bucket':'D1','op':'PUT','type':'contact','id':'a','data':{'x':}") + "\n");
        QTest::newRow("bad checkpoint") << QByteArray(j("{'checkpoint':{'op_id':1,'buckets':{'D1':3}}}") + "\n");
    }

    void parserRejectsBadLines()
    {
        QFETCH(QByteArray, line);
        PullStreamParser p;
        p.onRawOp = [](SyncRawOp &&, QString *) { return true; };
        p.onCheckpoint = [](const PullStreamParser::Checkpoint &, QString *) { return true; };
        QString error;
        QVERIFY(!p.feed(line, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(p.failed());
        QVERIFY(!p.feed(QByteArray("{}\n"), &error)); // stays failed
    }

    void backoffDoublesToTheCapWithJitter()
    {
        SyncBackoff b(1000, 60000, 0.5);
        b.setRandom([] { return 0.0; });
        QList<int> delays;
        for (int i = 0; i < 9; ++i)
            delays << b.next();
        QCOMPARE(delays, (QList<int>{1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000}));
        b.reset();
        b.setRandom([] { return 0.999; });
        const int jittered = b.next();
        QVERIFY(jittered >= 500 && jittered < 502);
        SyncBackoff dflt;
        for (int i = 0; i < 20; ++i) {
            const int d = dflt.next();
            QVERIFY(d >= 1 && d <= 60000);
        }
    }

    void fingerprints()
    {
        const QByteArray digest = QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
        const QString text = ServerConnection::fingerprintText(digest);
        QCOMPARE(text.left(8), QStringLiteral("00:11:22"));
        QCOMPARE(ServerConnection::fingerprintFromText(text), digest);
        QCOMPARE(ServerConnection::fingerprintFromText(text.toLower().remove(u':')), digest);
        QVERIFY(ServerConnection::fingerprintFromText(QStringLiteral("00:11")).isEmpty());
        QVERIFY(ServerConnection::fingerprintFromText(QString(64, u'z')).isEmpty());
    }

    void onlyHttps()
    {
        ServerConnection c;
        QVERIFY(!c.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8443"))));
        QVERIFY(!c.setBaseUrl(QUrl(QStringLiteral("ftp://example.org"))));
        QVERIFY(c.setBaseUrl(QUrl(QStringLiteral("https://relais.example.org:8443/"))));
        QCOMPARE(c.baseUrl().toString(), QStringLiteral("https://relais.example.org:8443"));
    }

    void engineOfflineWhenTheServerIsUnreachable()
    {
        QTemporaryDir dir;
        const SecretKey key = SecretKey::random();
        const QString db = dir.filePath(QStringLiteral("replica.db"));
        {
            Replica r;
            QString error;
            QVERIFY(r.open(db, key, &error));
        }
        // A port nobody listens on.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        SyncEngine::Options o;
        o.databasePath = db;
        o.key = key;
        o.server = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port));
        o.requestTimeoutMs = 2000;
        SyncService service(o);
        SyncEngine *engine = service.engine();
        QSignalSpy states(engine, &SyncEngine::stateChanged);
        QSignalSpy signedIn(engine, &SyncEngine::signInFinished);
        service.start();
        QTRY_VERIFY(!engine->message().isEmpty()); // offline: no session yet
        QCOMPARE(engine->state(), SyncEngine::State::Offline);
        service.signIn(QStringLiteral("alice"), QStringLiteral("secret"));
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 10000);
        QCOMPARE(signedIn.first().at(0).toBool(), false);
        QVERIFY(!signedIn.first().at(1).toString().isEmpty());
        QCOMPARE(engine->state(), SyncEngine::State::Offline);
        service.stop();
        QVERIFY(!service.engine()->clientId().isEmpty());
    }

    void engineRefusesPlainHttp()
    {
        QTemporaryDir dir;
        const SecretKey key = SecretKey::random();
        SyncEngine::Options o;
        o.databasePath = dir.filePath(QStringLiteral("replica.db"));
        o.key = key;
        o.server = QUrl(QStringLiteral("http://127.0.0.1:1"));
        SyncService service(o);
        service.start();
        QTRY_COMPARE(service.engine()->state(), SyncEngine::State::Error);
    }

    void certificateProbeReportsUnreachable()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        CertificateProbe p;
        QSignalSpy done(&p, &CertificateProbe::finished);
        p.probe(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)), 3000);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 5000);
        const auto result = done.first().at(0).value<CertificateProbe::Result>();
        QVERIFY(!result.ok());
        QVERIFY(!result.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncClient)
#include "tst_syncclient.moc"
