// The REST facility of the sync engine against a real relais-server over TLS: SyncController::api() with the
// engine's session (answers, HTTP errors in words, the account's grants read once connected, the server's
// audience count agreeing with the one counted in the replica, a draft pushed before it is sent and the
// server's refusal put in words), and a call made after the access token
// expired, which waits for the refresh instead of failing.
#include "AudienceCounter.h"
#include "NewsletterEditor.h"
#include "FileChooser.h"
#include "NewsletterSender.h"
#include "PetitionResultsView.h"
#include "ZoneChoices.h"
#include "SyncController.h"
#include "TestHttp.h"
#include "TestServer.h"

#include "ContactRepository.h"
#include "PetitionResults.h"
#include "ProfileSession.h"
#include "ProfileVault.h"
#include "RecordRepository.h"
#include "Replica.h"
#include "SyncService.h"
#include "SyncStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace relais;

namespace {
const QString Passphrase = QStringLiteral("api test passphrase");

QByteArray certificateDigest(const test::TestServer &server)
{
    QFile pem(server.certificatePath());
    if (!pem.open(QIODevice::ReadOnly))
        return {};
    return QSslCertificate(pem.readAll(), QSsl::Pem).digest(QCryptographicHash::Sha256);
}

/// Calls the API through the controller and waits for the answer.
ApiResult call(SyncController &sync, const QString &method, const QString &path, const QJsonObject &body = {})
{
    std::optional<ApiResult> answer;
    sync.api(method, path, body, [&answer](const ApiResult &r) { answer = r; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 30000))
        return ApiResult{0, 0, {}, QStringLiteral("no answer in time"), {}};
    return *answer;
}
} // namespace

class TestSyncApi : public QObject
{
    Q_OBJECT

    test::TestServer m_server;

    /// As "Connect to a server" leaves it (the address and the trusted certificate in the replica), then signed in
    /// as the administrator and up to date.
    void connectAsAdmin(ProfileSession &session, SyncController &sync)
    {
        SyncStore store(session.replica()->database());
        store.setStateValue(QStringLiteral("server_url"), m_server.url());
        store.setStateValue(QStringLiteral("server_certificate_sha256"), QString::fromLatin1(certificateDigest(m_server).toHex()));
        sync.startIfConfigured();
        QVERIFY(sync.service());
        QVERIFY(!sync.isOnline());
        sync.service()->signIn(QStringLiteral("admin"), m_server.adminPassword());
        QTRY_VERIFY_WITH_TIMEOUT(sync.state() == SyncStatusWidget::State::UpToDate, 30000);
        QVERIFY(sync.isOnline());
        QTRY_COMPARE_WITH_TIMEOUT(sync.service()->engine()->pendingUploads(), 0, 30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    }

    void controllerCallsTheServer()
    {
        QTemporaryDir dir;
        ProfileSession session;
        QString error;
        QVERIFY2(session.create(dir.filePath(QStringLiteral("p")), Passphrase, &error), qPrintable(error));
        // Contacts of the Rhône, some of whom may receive e-mails.
        for (int i = 0; i < 6; ++i) {
            Contact c;
            c.firstName = QStringLiteral("Prénom%1").arg(i);
            c.lastName = QStringLiteral("Nom");
            c.zone = QStringLiteral("D69");
            c.email = QStringLiteral("contact%1@example.org").arg(i);
            c.membership = i % 2 ? Membership::Member : Membership::Supporter;
            c.consentFor(Channel::Email).granted = i < 4;
            c.consentFor(Channel::Email).at = QDateTime::currentDateTimeUtc();
            c.consentFor(Channel::Email).source = QStringLiteral("test");
            QVERIFY2(session.contacts()->insert(c, &error), qPrintable(error));
        }
        SyncController sync(&session);
        connectAsAdmin(session, sync);
        if (QTest::currentTestFailed())
            return;

        // A plain answer.
        const ApiResult me = call(sync, QStringLiteral("GET"), QStringLiteral("/me"));
        QVERIFY2(me.ok(), qPrintable(me.error));
        QCOMPARE(me.httpStatus, 200);
        QCOMPARE(me.body.value(QLatin1String("user")).toObject().value(QLatin1String("username")).toString(),
                 QStringLiteral("admin"));
        // Once up to date, the controller reads the account's grants and keeps them: the zones to send to.
        QTRY_VERIFY_WITH_TIMEOUT(!sync.accountGrants().isEmpty(), 10000);
        const QStringList zones = ZoneChoices::granted(Feature::NewslettersSend, sync.accountGrants(), session.replica()->database());
        QCOMPARE(zones.first(), QStringLiteral("FR"));
        QVERIFY(zones.contains(QStringLiteral("D69")) && zones.contains(QStringLiteral("R84")));

        // The server counts the audience as the replica does.
        const AudienceCriteria all{{QStringLiteral("D69")}, {}, {}, {}};
        const AudienceCriteria members{{QStringLiteral("D69")}, {}, {}, {QStringLiteral("member")}};
        for (const AudienceCriteria &a : {all, members}) {
            const ApiResult count = call(sync, QStringLiteral("POST"), QStringLiteral("/newsletters/audience"),
                                         {{QStringLiteral("zone"), QStringLiteral("D69")}, {QStringLiteral("audience"), a.toJson()}});
            QVERIFY2(count.ok(), qPrintable(count.error));
            QCOMPARE(count.body.value(QLatin1String("count")).toInteger(),
                     AudienceCounter(session.replica()->database()).count(QStringLiteral("D69"), a));
        }
        QCOMPARE(AudienceCounter(session.replica()->database()).count(QStringLiteral("D69"), all), 4);

        // HTTP errors come with their status, the body and words for people.
        const ApiResult invalid = call(sync, QStringLiteral("POST"), QStringLiteral("/newsletters/audience"),
                                       {{QStringLiteral("zone"), QStringLiteral("D69")}, {QStringLiteral("audience"), QJsonObject{}}});
        QCOMPARE(invalid.httpStatus, 422);
        QVERIFY(!invalid.ok());
        QCOMPARE(invalid.code(), QStringLiteral("invalid"));
        QVERIFY2(!invalid.error.isEmpty(), "no error text");
        const ApiResult missing = call(sync, QStringLiteral("GET"), QStringLiteral("/newsletters/0190a1b2-0000-7000-8000-000000000000/stats"));
        QCOMPARE(missing.httpStatus, 404);
        QVERIFY(!missing.error.isEmpty());
        const ApiResult bogus = call(sync, QStringLiteral("BREW"), QStringLiteral("/me"));
        QCOMPARE(bogus.httpStatus, 0);
        QCOMPARE(bogus.error, QStringLiteral("Invalid request to the server."));

        // Sending: a sender identity made on the server reaches the replica; a draft written here is pushed
        // first, then the server is asked, and its refusal comes back in words.
        const ApiResult created = call(sync, QStringLiteral("POST"), QStringLiteral("/senders"),
                                       {{QStringLiteral("zone"), QStringLiteral("D69")},
                                        {QStringLiteral("name"), QStringLiteral("Fédération du Rhône")},
                                        {QStringLiteral("email"), QStringLiteral("rhone@example.org")}});
        QVERIFY2(created.ok(), qPrintable(created.error));
        RecordRepository records(session.replica()->database());
        QTRY_COMPARE_WITH_TIMEOUT(records.list(QStringLiteral("sender")).size(), 1, 20000);
        NewsletterEditor editor(&session);
        editor.setSyncController(&sync);
        editor.newDraft({}, QStringLiteral("D69"));
        editor.findChild<QLineEdit *>(QStringLiteral("subjectEdit"))->setText(QStringLiteral("Samedi"));
        editor.bodyEdit()->setPlainText(QStringLiteral("Bonjour {{first_name|Madame, Monsieur}},\n\nÀ samedi."));
        editor.refreshNow();
        QVERIFY2(editor.sendBlockedReason().isEmpty(), qPrintable(editor.sendBlockedReason()));
        QVERIFY(editor.findChild<QPushButton *>(QStringLiteral("sendNowButton"))->isEnabled());
        QVERIFY(editor.save());
        const QString id = editor.record().id;
        QVERIFY(records.get(QStringLiteral("newsletter"), id)->dirty);
        NewsletterSender sender(&session);
        sender.setSyncController(&sync);
        std::optional<QString> refusal;
        connect(&sender, &NewsletterSender::finished, this, [&refusal](const ApiResult &, const QString &e) { refusal = e; });
        sender.run(id, QStringLiteral("send"), {});
        QTRY_VERIFY_WITH_TIMEOUT(refusal.has_value(), 30000);
        QVERIFY(!records.get(QStringLiteral("newsletter"), id)->dirty); // pushed before asking
        QCOMPARE(*refusal, QStringLiteral("This server cannot send e-mails yet: its administrator has not set up an e-mail relay."));

        // Stopping answers what was still waiting, and later calls say there is no server.
        bool answered = false;
        sync.api(QStringLiteral("GET"), QStringLiteral("/me"), {}, [&answered](const ApiResult &) { answered = true; });
        sync.stop();
        QVERIFY(answered);
        QVERIFY(!sync.isOnline());
        const ApiResult after = call(sync, QStringLiteral("GET"), QStringLiteral("/me"));
        QCOMPARE(after.httpStatus, 0);
        QVERIFY(after.error.contains(QStringLiteral("not connected to a server")));
    }

    void petitionResultsAndExportFromTheServer()
    {
        QTemporaryDir dir;
        ProfileSession session;
        QString error;
        QVERIFY2(session.create(dir.filePath(QStringLiteral("p")), Passphrase, &error), qPrintable(error));
        SyncController sync(&session);
        connectAsAdmin(session, sync);
        if (QTest::currentTestFailed())
            return;

        // A petition written here reaches the server and is published.
        RecordRepository records(session.replica()->database());
        SyncRecord petition;
        petition.type = QStringLiteral("petition");
        petition.zone = QStringLiteral("FR");
        petition.data = {{QStringLiteral("title"), QStringLiteral("Pour le train de nuit")},
                         {QStringLiteral("text"), QStringLiteral("Rouvrons la ligne.")},
                         {QStringLiteral("goal"), 100},
                         {QStringLiteral("slug"), QStringLiteral("train-de-nuit")},
                         {QStringLiteral("language"), QStringLiteral("fr")}};
        QVERIFY2(records.save(petition, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!records.get(QStringLiteral("petition"), petition.id)->dirty, 30000);

        // Someone signs on the public page and follows the link of the e-mail (waiting in the outbox: no relay).
        test::TestHttp web(m_server.url(), m_server.certificatePath());
        QCOMPARE(web.postBody("/p/train-de-nuit",
                              "first_name=Lina&last_name=Roux&email=lina.roux%40example.org&postal_code=31000&consent=on",
                              "application/x-www-form-urlencoded", nullptr),
                 200);
        QByteArray mail = m_server.query(QStringLiteral("SELECT message FROM mail_outbox WHERE recipient = 'lina.roux@example.org'"))
                              .value(0)
                              .toLatin1();
        mail.replace("=\r\n", "").replace("=3D", "=");
        const QString link = QRegularExpression(QStringLiteral("/p/confirm/[A-Za-z0-9_-]{64}")).match(QString::fromLatin1(mail)).captured();
        QVERIFY2(!link.isEmpty(), mail.constData());
        QCOMPARE(web.get(link), 200);

        // The results view: the signature arrives with the next sync, the server's totals, and the export.
        PetitionResultsView view(&session);
        view.setSyncController(&sync);
        QTRY_COMPARE_WITH_TIMEOUT(PetitionResults(session.replica()->database(), petition.id).count(), 1, 30000);
        view.setPetition(*records.get(QStringLiteral("petition"), petition.id));
        QCOMPARE(view.figureText(QStringLiteral("local")), QLocale().toString(1));
        QTRY_COMPARE_WITH_TIMEOUT(view.figureText(QStringLiteral("confirmed")), QLocale().toString(1), 20000);
        QCOMPARE(view.figureText(QStringLiteral("pending")), QLocale().toString(0));
        QVERIFY(view.exportButton()->isEnabled());
        const QString csvPath = dir.filePath(QStringLiteral("signatures.csv"));
        FileChooser::setNextFileName(csvPath);
        std::optional<bool> exported;
        connect(&view, &PetitionResultsView::exportFinished, this, [&exported](bool ok, const QString &) { exported = ok; });
        view.exportButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(exported.has_value(), 30000);
        QVERIFY(*exported);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY2(text.contains(QStringLiteral("lina.roux@example.org")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("D31")));
        QCOMPARE(m_server.query(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = 'petition.export'")).value(0), QStringLiteral("1"));
        sync.stop();
    }

    void callAfterTheTokenExpiredWaitsForTheRefresh()
    {
        QTemporaryDir dir;
        ProfileSession session;
        QString error;
        QVERIFY2(session.create(dir.filePath(QStringLiteral("p")), Passphrase, &error), qPrintable(error));
        QDateTime now = QDateTime::currentDateTimeUtc();
        SyncEngine::Options o;
        o.databasePath = ProfileVault::databasePath(session.profileDir());
        o.key = session.key();
        o.server = QUrl(m_server.url());
        o.pinnedCertificate = certificateDigest(m_server);
        o.clientName = QStringLiteral("api test");
        o.clock = [&now] { return now; };
        SyncService service(std::move(o));
        QList<std::tuple<int, int, QJsonObject, QString>> answers;
        connect(service.engine(), &SyncEngine::apiFinished, this,
                [&answers](int id, int status, const QJsonObject &body, const QString &message) {
                    answers.append({id, status, body, message});
                });
        bool signedIn = false;
        connect(service.engine(), &SyncEngine::signInFinished, this, [&signedIn](bool ok, const QString &) { signedIn = ok; });
        service.start();
        service.signIn(QStringLiteral("admin"), m_server.adminPassword());
        QTRY_VERIFY_WITH_TIMEOUT(signedIn, 30000);

        const int first = service.api(QStringLiteral("GET"), QStringLiteral("/me"));
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 1, 30000);
        QCOMPARE(std::get<0>(answers.at(0)), first);
        QCOMPARE(std::get<1>(answers.at(0)), 200);

        // Two hours later for the client: its access token has expired. The call waits for a new one.
        const auto refreshes = [this] { return m_server.log().count("\"route\":\"/api/v1/auth/refresh\",\"status\":200"); };
        const qsizetype before = refreshes();
        now = now.addSecs(2 * 3600);
        const int second = service.api(QStringLiteral("GET"), QStringLiteral("/me"));
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 2, 30000);
        QCOMPARE(std::get<0>(answers.at(1)), second);
        QCOMPARE(std::get<1>(answers.at(1)), 200);
        QVERIFY(std::get<3>(answers.at(1)).isEmpty());
        QTRY_VERIFY(refreshes() > before); // the server log says so: the refresh came first
        QCOMPARE(std::get<2>(answers.at(1)).value(QLatin1String("user")).toObject().value(QLatin1String("username")).toString(),
                 QStringLiteral("admin"));
        service.stop();
    }
};

QTEST_MAIN(TestSyncApi)
#include "tst_syncapi.moc"
