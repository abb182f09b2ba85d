// Petitions end to end (issue 5): a real relais-server over TLS on 127.0.0.1 with a real SMTP server
// (aiosmtpd) started here. A signer posts the public form, the confirmation e-mail arrives, its link confirms,
// the count moves, and after a sync the signature and the contact are in a cadre's encrypted replica. Also:
// duplicates count once, expired / forged / reused links get a clear page, bad input gets a 400 with the
// reason and stores nothing, the honeypot and the per-address rate limit, zones and features on every route.
#include "ContactRepository.h"
#include "RecordRepository.h"
#include "PetitionResults.h"
#include "ProfileSession.h"
#include "Replica.h"
#include "SmtpSink.h"
#include "TestClient.h"
#include "TestHttp.h"
#include "TestServer.h"
#include "Uuid7.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace relais;
using namespace relais::test;

namespace {

const QString Password = QStringLiteral("correct horse battery staple");

QJsonObject parse(const QByteArray &b) { return QJsonDocument::fromJson(b).object(); }

/// A form body as a browser encodes it.
QByteArray form(const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[k, v] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    }
    return body;
}

QList<QPair<QString, QString>> signer(const QString &first, const QString &email, const QString &postalCode, bool newsletter)
{
    QList<QPair<QString, QString>> f{{QStringLiteral("first_name"), first},
                                     {QStringLiteral("last_name"), QStringLiteral("Durand")},
                                     {QStringLiteral("email"), email},
                                     {QStringLiteral("postal_code"), postalCode},
                                     {QStringLiteral("phone"), QString()},
                                     {QStringLiteral("website"), QString()},
                                     {QStringLiteral("consent"), QStringLiteral("on")}};
    if (newsletter)
        f.append({QStringLiteral("newsletter"), QStringLiteral("on")});
    return f;
}

} // namespace

class TestPetitionIntegration : public QObject
{
    Q_OBJECT

    SmtpSink m_sink;
    std::unique_ptr<TestServer> m_server;
    QString m_clientId = Uuid7::generate();
    qint64 m_seq = 0;
    QString m_petitionId;
    const QString m_slug = QStringLiteral("sauvons-la-ligne-12");

    std::unique_ptr<TestHttp> http(const QString &user = QString())
    {
        auto h = std::make_unique<TestHttp>(m_server->url(), m_server->certificatePath());
        if (!user.isEmpty() && !h->login(user, user == QLatin1String("admin") ? m_server->adminPassword() : Password))
            return nullptr;
        return h;
    }

    QJsonObject pushPetition(TestHttp &h, const QString &id, const QJsonObject &data)
    {
        return h.pushItem(m_clientId, ++m_seq, QStringLiteral("petition"), QStringLiteral("put"), id, data);
    }

    static QJsonObject petition(const QString &zone, const QString &slug)
    {
        return {{QStringLiteral("zone"), zone},
                {QStringLiteral("title"), QStringLiteral("Sauvons la ligne 12")},
                {QStringLiteral("text"), QStringLiteral("La ligne **12** relie nos villages à la gare.\n\n- 4 000 voyageurs par jour\n")},
                {QStringLiteral("goal"), 1000},
                {QStringLiteral("slug"), slug},
                {QStringLiteral("optin_text"), QStringLiteral("Je veux recevoir les nouvelles de la campagne")},
                {QStringLiteral("language"), QStringLiteral("fr")}};
    }

    /// Posts the public form; returns the status and the page in *page.
    int sign(const QByteArray &body, QByteArray *page = nullptr, const char *contentType = "application/x-www-form-urlencoded")
    {
        auto h = http();
        QByteArray answer;
        const int status = h->postBody(("/p/" + m_slug.toStdString()).c_str(), body, contentType, &answer);
        if (page)
            *page = answer;
        return status;
    }

    /// Keeps a public page for a screenshot when RELAIS_PAGE_DUMP_DIR is set (tools/screenshots/petition-page.sh).
    static void dumpPage(const QString &name, const QByteArray &html)
    {
        const QString dir = qEnvironmentVariable("RELAIS_PAGE_DUMP_DIR");
        if (dir.isEmpty())
            return;
        QFile f(dir + QLatin1Char('/') + name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(html);
    }

    qint64 publicCount()
    {
        QByteArray answer;
        if (http()->get(QStringLiteral("/p/%1/count").arg(m_slug), &answer) != 200)
            return -1;
        return parse(answer).value(QLatin1String("confirmed")).toInteger(-1);
    }

    QStringList storedEmails()
    {
        return m_server->query(QStringLiteral("SELECT email FROM petition_signatures ORDER BY email"));
    }

    /// The confirmation link (its path) of the `n`-th message to `email` (0-based; -1: the last), waiting for it.
    QString confirmationPath(const QString &email, int n = -1)
    {
        QList<SmtpSink::Message> mine;
        TestClient::waitFor([&] {
            mine.clear();
            for (const auto &m : m_sink.messages())
                if (m.rcptTo.contains(email))
                    mine << m;
            return !mine.isEmpty() && (n < 0 || mine.size() > n);
        }, 20000);
        if (mine.isEmpty() || (n >= 0 && mine.size() <= n))
            return QString();
        const QString text = mine.at(n < 0 ? mine.size() - 1 : n).part("text/plain");
        static const QRegularExpression link(QStringLiteral("https://\\S+(/p/confirm/[A-Za-z0-9_-]{64})"));
        return link.match(text).captured(1);
    }

    int mailsTo(const QString &email) const
    {
        int n = 0;
        for (const auto &m : m_sink.messages())
            n += m.rcptTo.contains(email) ? 1 : 0;
        return n;
    }

    QJsonObject stats(const QString &user)
    {
        QByteArray answer;
        if (http(user)->get(QStringLiteral("/api/v1/petitions/%1/stats").arg(m_petitionId), &answer) != 200)
            return {};
        return parse(answer);
    }

    void restart(const QJsonObject &petitions, const QJsonArray &trustedProxies)
    {
        QCOMPARE(m_server->stop(), 0);
        m_server->setConfigValues({{QStringLiteral("smtp"), smtpConfig()},
                                   {QStringLiteral("petitions"), petitions},
                                   {QStringLiteral("trusted_proxies"), trustedProxies}});
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    }

    QJsonObject smtpConfig() const
    {
        return {{QStringLiteral("url"), QStringLiteral("smtp://127.0.0.1:%1").arg(m_sink.port())},
                {QStringLiteral("require_tls"), false},
                {QStringLiteral("timeout_seconds"), 5},
                {QStringLiteral("retry_seconds"), 1}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sink.start(), qPrintable(m_sink.error()));
        m_server = std::make_unique<TestServer>();
        m_server->setConfigValues({{QStringLiteral("smtp"), smtpConfig()},
                                   {QStringLiteral("mail_from"), QStringLiteral("Fédération <petitions@parti.example>")},
                                   {QStringLiteral("petitions"), QJsonObject{{QStringLiteral("signs_per_address"), 1000}}}});
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        QVERIFY(m_server->addUser(QStringLiteral("rosa"), Password, QStringLiteral("regional"), QStringLiteral("R84")));
        QVERIFY(m_server->addUser(QStringLiteral("alice"), Password, QStringLiteral("cadre"), QStringLiteral("D69")));
        QVERIFY(m_server->addUser(QStringLiteral("bob"), Password, QStringLiteral("cadre"), QStringLiteral("D75")));
        QVERIFY(m_server->addUser(QStringLiteral("vera"), Password, QStringLiteral("volunteer"), QString()));

        // The region's cadre publishes the petition; a cadre of another region cannot, nor take its address.
        auto rosa = http(QStringLiteral("rosa"));
        m_petitionId = Uuid7::generate();
        const QJsonObject applied = pushPetition(*rosa, m_petitionId, petition(QStringLiteral("R84"), m_slug));
        QCOMPARE(applied.value(QLatin1String("status")).toString(), QStringLiteral("applied"));
        auto bob = http(QStringLiteral("bob"));
        QJsonObject refused = pushPetition(*bob, Uuid7::generate(), petition(QStringLiteral("R84"), QStringLiteral("autre")));
        QCOMPARE(refused.value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
        refused = pushPetition(*bob, Uuid7::generate(), petition(QStringLiteral("D75"), m_slug));
        QCOMPARE(refused.value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
        QVERIFY2(refused.value(QLatin1String("message")).toString().contains(QLatin1String("already used")),
                 qPrintable(refused.value(QLatin1String("message")).toString()));
        refused = pushPetition(*bob, Uuid7::generate(), petition(QStringLiteral("D75"), QStringLiteral("Bad Slug!")));
        QCOMPARE(refused.value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
        // Signatures are the server's.
        refused = bob->pushItem(m_clientId, ++m_seq, QStringLiteral("signature"), QStringLiteral("put"), Uuid7::generate(),
                                {{QStringLiteral("zone"), QStringLiteral("D75")}});
        QCOMPARE(refused.value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
    }

    void publicPageWorksWithoutJavaScript()
    {
        auto h = http();
        QByteArray page;
        QCOMPARE(h->get(QStringLiteral("/p/%1").arg(m_slug), &page), 200);
        QVERIFY(h->contentType().startsWith("text/html"));
        const QString html = QString::fromUtf8(page);
        QVERIFY(html.contains(QStringLiteral("<h1>Sauvons la ligne 12</h1>")));
        QVERIFY(html.contains(QStringLiteral("<strong>12</strong>"))); // the Markdown text, rendered
        QVERIFY(html.contains(QStringLiteral("<form method=\"post\" action=\"/p/%1\"").arg(m_slug)));
        for (const char *field : {"first_name", "last_name", "email", "postal_code", "phone", "consent", "newsletter"})
            QVERIFY2(html.contains(QStringLiteral("<label for=\"f-%1\"").arg(QLatin1String(field))), field);
        QVERIFY(html.contains(QStringLiteral("Je veux recevoir les nouvelles de la campagne")));
        QVERIFY(html.contains(QStringLiteral("max=\"1000\" value=\"0\"")));
        dumpPage(QStringLiteral("petition-page.html"), page);
        QCOMPARE(h->get(QStringLiteral("/p/nope-nope"), &page), 404);
        QVERIFY(QString::fromUtf8(page).contains(QStringLiteral("Pétition introuvable")));
        QCOMPARE(publicCount(), 0);
    }

    void signConfirmCountAndSync()
    {
        QByteArray page;
        QCOMPARE(sign(form(signer(QStringLiteral("Élise"), QStringLiteral("  Elise.Martin@Example.ORG "), QStringLiteral("69003"), true)),
                      &page),
                 200);
        QVERIFY(QString::fromUtf8(page).contains(QStringLiteral("Vérifiez votre boîte mail")));
        const QString email = QStringLiteral("elise.martin@example.org");
        const QString path = confirmationPath(email);
        QVERIFY2(!path.isEmpty(), "no confirmation e-mail with a link");
        // Pending until the link is followed.
        QCOMPARE(publicCount(), 0);
        QJsonObject s = stats(QStringLiteral("rosa"));
        QCOMPARE(s.value(QLatin1String("pending")).toInt(), 1);
        QCOMPARE(s.value(QLatin1String("confirmed")).toInt(), 0);

        // The e-mail: from the configured sender, to the signer, in French, both parts.
        SmtpSink::Message mail;
        for (const auto &m : m_sink.messages())
            if (m.rcptTo.contains(email))
                mail = m;
        QCOMPARE(mail.mailFrom, QByteArray("petitions@parti.example"));
        QVERIFY(mail.part("text/plain").contains(QStringLiteral("Bonjour Élise")));
        QVERIFY(mail.part("text/html").contains(path));

        auto h = http();
        QCOMPARE(h->get(path, &page), 200);
        QVERIFY2(QString::fromUtf8(page).contains(QStringLiteral("Votre signature est confirmée")), page.constData());
        QCOMPARE(publicCount(), 1);
        s = stats(QStringLiteral("rosa"));
        QCOMPARE(s.value(QLatin1String("pending")).toInt(), 0);
        QCOMPARE(s.value(QLatin1String("confirmed")).toInt(), 1);
        QCOMPARE(s.value(QLatin1String("series")).toArray().size(), 1);
        QCOMPARE(s.value(QLatin1String("departments")).toArray().at(0).toObject().value(QLatin1String("department")).toString(),
                 QStringLiteral("D69"));

        // Alice (the Rhône) syncs: the signature and the new contact are in her replica, consent from the box.
        TestClient replica(QStringLiteral("alice-laptop"));
        QVERIFY2(replica.connectTo(*m_server, QStringLiteral("alice"), Password), qPrintable(replica.error()));
        QVERIFY2(replica.sync(), qPrintable(replica.error()));
        RecordRepository records(replica.session()->replica()->database());
        const QList<SyncRecord> signatures = records.list(QStringLiteral("signature"));
        QCOMPARE(signatures.size(), 1);
        const QJsonObject sig = signatures.first().data;
        QCOMPARE(sig.value(QLatin1String("petition_id")).toString(), m_petitionId);
        QCOMPARE(sig.value(QLatin1String("email")).toString(), email);
        QCOMPARE(sig.value(QLatin1String("department")).toString(), QStringLiteral("D69"));
        QCOMPARE(sig.value(QLatin1String("newsletter_optin")).toBool(), true);
        QCOMPARE(signatures.first().zone, QStringLiteral("D69"));
        const auto contact = replica.contact(sig.value(QLatin1String("contact_id")).toString());
        QVERIFY(contact);
        QCOMPARE(contact->email, email);
        QCOMPARE(contact->firstName, QStringLiteral("Élise"));
        QCOMPARE(contact->zone, QStringLiteral("D69"));
        QCOMPARE(contact->postalCode, QStringLiteral("69003"));
        QVERIFY(contact->consentFor(Channel::Email).isGranted());
        QVERIFY(contact->tags.contains(QStringLiteral("petition-%1").arg(m_slug)));
        // The petition record itself reached her too (its region's bucket), and the results view's figures count it.
        QVERIFY(records.get(QStringLiteral("petition"), m_petitionId));
        const PetitionResults results(replica.session()->replica()->database(), m_petitionId);
        QCOMPARE(results.count(), 1);
        QCOMPARE(results.perDepartment(), (QList<KeyCount>{{QStringLiteral("D69"), 1}}));
        QCOMPARE(results.perRegion(), (QList<KeyCount>{{QStringLiteral("R84"), 1}}));
        QCOMPARE(results.signatures().value(0).email, email);

        // Bob (Paris) sees neither the signature nor the contact; his stats request is refused.
        TestClient paris(QStringLiteral("bob-laptop"));
        QVERIFY2(paris.connectTo(*m_server, QStringLiteral("bob"), Password), qPrintable(paris.error()));
        QVERIFY2(paris.sync(), qPrintable(paris.error()));
        QCOMPARE(RecordRepository(paris.session()->replica()->database()).list(QStringLiteral("signature")).size(), 0);
        QVERIFY(!paris.contact(sig.value(QLatin1String("contact_id")).toString()));
        QCOMPARE(http(QStringLiteral("bob"))->get(QStringLiteral("/api/v1/petitions/%1/stats").arg(m_petitionId)), 403);
    }

    void duplicatesCountOnce()
    {
        // An existing contact of the Ain who refused e-mail earlier: matched by address, never given consent by
        // an unticked box.
        auto admin = http(QStringLiteral("admin"));
        const QString contactId = Uuid7::generate();
        const QJsonObject put = admin->pushItem(
            m_clientId, ++m_seq, QStringLiteral("contact"), QStringLiteral("put"), contactId,
            {{QStringLiteral("zone"), QStringLiteral("D01")}, {QStringLiteral("first_name"), QStringLiteral("Paul")},
             {QStringLiteral("last_name"), QStringLiteral("Ain")}, {QStringLiteral("email"), QStringLiteral("paul@example.org")},
             {QStringLiteral("consent_email"), QJsonObject{{QStringLiteral("granted"), false},
                                                           {QStringLiteral("at"), QStringLiteral("2026-01-01T00:00:00.000Z")},
                                                           {QStringLiteral("source"), QStringLiteral("test")}}}});
        QCOMPARE(put.value(QLatin1String("status")).toString(), QStringLiteral("applied"));

        const QString email = QStringLiteral("paul@example.org");
        QCOMPARE(sign(form(signer(QStringLiteral("Paul"), email, QStringLiteral("01000"), false))), 200);
        const QString first = confirmationPath(email, 0);
        QVERIFY(!first.isEmpty());
        // Signed twice before confirming (within the resend delay: no second e-mail, the first link works).
        QCOMPARE(sign(form(signer(QStringLiteral("Paul"), QStringLiteral("PAUL@example.org"), QStringLiteral("01000"), false))), 200);
        QTest::qWait(500);
        QCOMPARE(mailsTo(email), 1);
        QCOMPARE(storedEmails().count(email), 1);
        QCOMPARE(http()->get(first), 200);
        QCOMPARE(publicCount(), 2);
        // After confirming, signing again: one more e-mail; confirming it updates, still counted once.
        QCOMPARE(sign(form(signer(QStringLiteral("Paulo"), email, QStringLiteral("01000"), false))), 200);
        const QString second = confirmationPath(email, 1);
        QVERIFY(!second.isEmpty());
        QVERIFY(second != first);
        QByteArray page;
        QCOMPARE(http()->get(second, &page), 200);
        QVERIFY(QString::fromUtf8(page).contains(QStringLiteral("ne compte qu'une fois")));
        QCOMPARE(publicCount(), 2);
        QCOMPARE(m_server->query(QStringLiteral("SELECT COUNT(*) FROM records WHERE type = 'signature'")).value(0), QStringLiteral("2"));
        // The existing contact was matched, not duplicated, and keeps its refusal.
        QCOMPARE(m_server->query(QStringLiteral("SELECT data FROM records WHERE type = 'signature' AND zone = 'D01'")).size(), 1);
        const QJsonObject sig =
            parse(m_server->query(QStringLiteral("SELECT data FROM records WHERE type = 'signature' AND zone = 'D01'")).value(0).toUtf8());
        QCOMPARE(sig.value(QLatin1String("contact_id")).toString(), contactId);
        QCOMPARE(sig.value(QLatin1String("first_name")).toString(), QStringLiteral("Paulo"));
        QByteArray contact;
        QCOMPARE(admin->get(QStringLiteral("/api/v1/contacts/%1").arg(contactId), &contact), 200);
        const QJsonObject c = parse(contact);
        QCOMPARE(c.value(QLatin1String("consent_email")).toObject().value(QLatin1String("granted")).toBool(true), false);
        QCOMPARE(c.value(QLatin1String("first_name")).toString(), QStringLiteral("Paul")); // the cadre's data stays
        QCOMPARE(m_server->query(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE contact_id = ?"), {contactId}).value(0),
                 QStringLiteral("2"));
    }

    void badLinksGetAClearPage()
    {
        const QString email = QStringLiteral("elise.martin@example.org");
        const QString used = confirmationPath(email, 0);
        QByteArray page;
        // Reused.
        QCOMPARE(http()->get(used, &page), 410);
        QVERIFY(QString::fromUtf8(page).contains(QStringLiteral("déjà servi")));
        // Forged: one character changed, or a token of the right shape made up.
        QString forged = used;
        forged[forged.size() - 5] = forged.at(forged.size() - 5) == u'A' ? u'B' : u'A';
        QCOMPARE(http()->get(forged, &page), 400);
        QVERIFY(QString::fromUtf8(page).contains(QStringLiteral("Lien invalide")));
        QCOMPARE(http()->get(QStringLiteral("/p/confirm/") + QString(64, u'x'), &page), 400);
        QCOMPARE(http()->get(QStringLiteral("/p/confirm/short"), &page), 400);
        // A newsletter link is not a confirmation link (other key), and nothing moved.
        QCOMPARE(publicCount(), 2);
    }

    void badInputIsRefusedAndNothingStored()
    {
        const QStringList before = storedEmails();
        const int mails = m_sink.count();
        QByteArray page;
        auto f = signer(QStringLiteral("Zoé"), QStringLiteral("zoe@example"), QStringLiteral("99999"), false);
        f[6].second.clear(); // consent not ticked
        QCOMPARE(sign(form(f), &page), 400);
        QString html = QString::fromUtf8(page);
        QVERIFY2(html.contains(QStringLiteral("Le formulaire contient 3 erreurs")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("adresse e-mail n&#39;est pas valide")) || html.contains(QStringLiteral("adresse e-mail n'est pas valide")));
        QVERIFY(html.contains(QStringLiteral("Ce code postal n")));
        QVERIFY(html.contains(QStringLiteral("Cochez la case")));
        QVERIFY(html.contains(QStringLiteral("aria-invalid=\"true\" aria-describedby=\"e-email\"")));
        QVERIFY(html.contains(QStringLiteral("value=\"Zoé\""))); // what was typed stays
        dumpPage(QStringLiteral("petition-page-errors.html"), page);

        // Missing fields; a name far too long; control characters; a phone that is not one.
        QCOMPARE(sign(QByteArray("consent=on"), &page), 400);
        QVERIFY(QString::fromUtf8(page).contains(QStringLiteral("Indiquez votre prénom")));
        QCOMPARE(sign(form(signer(QString(500, u'a'), QStringLiteral("long@example.org"), QStringLiteral("69001"), false)), &page), 400);
        QVERIFY(QString::fromUtf8(page).contains(QStringLiteral("trop long")));
        QCOMPARE(sign(form(signer(QStringLiteral("A\u0007B"), QStringLiteral("ctl@example.org"), QStringLiteral("69001"), false))), 400);
        auto p = signer(QStringLiteral("Tel"), QStringLiteral("tel@example.org"), QStringLiteral("69001"), false);
        p[4].second = QStringLiteral("12");
        QCOMPARE(sign(form(p), &page), 400);
        QVERIFY(QString::fromUtf8(page).contains(QStringLiteral("numéro de téléphone")));
        // Oversized body; not a form; malformed percent-encoding.
        QCOMPARE(sign(QByteArray("first_name=") + QByteArray(20000, 'a'), &page), 400);
        QVERIFY(QString::fromUtf8(page).contains(QStringLiteral("trop volumineux")));
        QCOMPARE(sign(QByteArray("first_name=") + QByteArray(7000, 'a') + "&consent=on", &page), 400); // under the parser's limit
        QVERIFY(QString::fromUtf8(page).contains(QStringLiteral("trop long")));
        QCOMPARE(sign(QByteArray("{\"email\": \"json@example.org\"}"), &page, "application/json"), 400);
        QCOMPARE(sign(QByteArray("first_name=%ZZ&email=%&consent=on"), &page), 400);
        // A robot filling the invisible field is answered like anyone and stores nothing.
        auto robot = signer(QStringLiteral("Robot"), QStringLiteral("robot@example.org"), QStringLiteral("69001"), false);
        robot[5].second = QStringLiteral("http://spam.example");
        QCOMPARE(sign(form(robot), &page), 200);
        QVERIFY(QString::fromUtf8(page).contains(QStringLiteral("Vérifiez votre boîte mail")));

        // A script asking for JSON gets the errors per field.
        auto h = http();
        QCOMPARE(h->postBody(("/p/" + m_slug.toStdString()).c_str(), "consent=on&email=bad", "application/x-www-form-urlencoded",
                             &page, 60, "application/json"),
                 400);
        const QJsonObject errors = parse(page);
        QCOMPARE(errors.value(QLatin1String("error")).toString(), QStringLiteral("invalid"));
        QVERIFY(errors.value(QLatin1String("fields")).toObject().contains(QLatin1String("email")));
        QVERIFY(errors.value(QLatin1String("fields")).toObject().contains(QLatin1String("postal_code")));

        QTest::qWait(500);
        QCOMPARE(storedEmails(), before);
        QCOMPARE(m_sink.count(), mails);
        QCOMPARE(stats(QStringLiteral("rosa")).value(QLatin1String("pending")).toInt(), 0);
    }

    void closedPetitionRefuses()
    {
        auto rosa = http(QStringLiteral("rosa"));
        const QString id = Uuid7::generate();
        QJsonObject closed = petition(QStringLiteral("D69"), QStringLiteral("fermee"));
        closed.insert(QStringLiteral("closes_at"), QStringLiteral("2026-01-01T00:00:00.000Z"));
        closed.insert(QStringLiteral("opens_at"), QStringLiteral("2025-01-01T00:00:00.000Z"));
        QCOMPARE(pushPetition(*rosa, id, closed).value(QLatin1String("status")).toString(), QStringLiteral("applied"));
        QByteArray page;
        QCOMPARE(http()->get(QStringLiteral("/p/fermee"), &page), 200);
        QVERIFY(QString::fromUtf8(page).contains(QStringLiteral("Cette pétition est close")));
        QVERIFY(!QString::fromUtf8(page).contains(QStringLiteral("<form")));
        QCOMPARE(http()->postBody("/p/fermee", form(signer(QStringLiteral("Late"), QStringLiteral("late@example.org"), QStringLiteral("69001"), false)),
                                  "application/x-www-form-urlencoded", &page),
                 403);
        QVERIFY(!storedEmails().contains(QStringLiteral("late@example.org")));
        // A petition with confirmed signatures keeps its address and cannot be deleted.
        QJsonObject moved = petition(QStringLiteral("R84"), QStringLiteral("nouvelle-adresse"));
        QCOMPARE(pushPetition(*rosa, m_petitionId, moved).value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(rosa->pushItem(m_clientId, ++m_seq, QStringLiteral("petition"), QStringLiteral("delete"), m_petitionId, {})
                     .value(QLatin1String("status"))
                     .toString(),
                 QStringLiteral("rejected"));
    }

    void exportIsGatedAndAudited()
    {
        QByteArray csv;
        auto alice = http(QStringLiteral("alice"));
        QCOMPARE(alice->get(QStringLiteral("/api/v1/petitions/%1/signatures.csv").arg(m_petitionId), &csv), 200);
        QVERIFY(alice->contentType().startsWith("text/csv"));
        const QString text = QString::fromUtf8(csv);
        QVERIFY(text.contains(QStringLiteral("first_name,last_name,email,postal_code,department")));
        QVERIFY(text.contains(QStringLiteral("elise.martin@example.org")));
        QVERIFY(!text.contains(QStringLiteral("paul@example.org"))); // the Ain is not alice's
        QCOMPARE(text.count(QStringLiteral("\r\n")), 2);
        // The region's cadre exports both; a volunteer nothing.
        auto rosa = http(QStringLiteral("rosa"));
        QCOMPARE(rosa->get(QStringLiteral("/api/v1/petitions/%1/signatures.csv").arg(m_petitionId), &csv), 200);
        QCOMPARE(QString::fromUtf8(csv).count(QStringLiteral("\r\n")), 3);
        QCOMPARE(http(QStringLiteral("vera"))->get(QStringLiteral("/api/v1/petitions/%1/signatures.csv").arg(m_petitionId)), 403);
        QCOMPARE(http(QStringLiteral("vera"))->get(QStringLiteral("/api/v1/petitions/%1/stats").arg(m_petitionId)), 403);
        const QStringList audited = m_server->query(QStringLiteral("SELECT detail FROM audit WHERE action = 'petition.export' ORDER BY id"));
        QCOMPARE(audited.size(), 2);
        QCOMPARE(parse(audited.at(0).toUtf8()).value(QLatin1String("rows")).toInt(), 1);
    }

    void erasureTakesTheSignature()
    {
        TestClient replica(QStringLiteral("alice-desktop"));
        QVERIFY2(replica.connectTo(*m_server, QStringLiteral("alice"), Password), qPrintable(replica.error()));
        QVERIFY2(replica.sync(), qPrintable(replica.error()));
        RecordRepository records(replica.session()->replica()->database());
        QCOMPARE(records.list(QStringLiteral("signature")).size(), 1);
        const QString contactId = records.list(QStringLiteral("signature")).first().data.value(QLatin1String("contact_id")).toString();

        // The national administrator erases Élise (GDPR): her signature goes with her, everywhere.
        QCOMPARE(http(QStringLiteral("admin"))->post(QStringLiteral("/api/v1/contacts/%1/erase").arg(contactId), QJsonObject()), 204);
        QCOMPARE(publicCount(), 1);
        QVERIFY(!storedEmails().contains(QStringLiteral("elise.martin@example.org")));
        QCOMPARE(m_server->query(QStringLiteral("SELECT COUNT(*) FROM mail_outbox WHERE recipient = 'elise.martin@example.org'")).value(0),
                 QStringLiteral("0"));
        // No op keeps her data.
        QCOMPARE(m_server->query(QStringLiteral("SELECT COUNT(*) FROM ops WHERE subject = ? AND data IS NOT NULL"), {contactId}).value(0),
                 QStringLiteral("0"));
        QVERIFY2(replica.sync(), qPrintable(replica.error()));
        QCOMPARE(records.list(QStringLiteral("signature")).size(), 0);
        QVERIFY(!replica.contact(contactId));
    }

    void expiredLinkAndRateLimit()
    {
        restart({{QStringLiteral("confirm_ttl_seconds"), 1}, {QStringLiteral("signs_per_address"), 3},
                 {QStringLiteral("sign_window_seconds"), 600}},
                QJsonArray{QStringLiteral("127.0.0.1")});
        const QString email = QStringLiteral("slow@example.org");
        QCOMPARE(sign(form(signer(QStringLiteral("Lent"), email, QStringLiteral("69007"), false))), 200);
        const QString path = confirmationPath(email);
        QVERIFY(!path.isEmpty());
        QTest::qWait(2100);
        QByteArray page;
        QCOMPARE(http()->get(path, &page), 410);
        QVERIFY(QString::fromUtf8(page).contains(QStringLiteral("a expiré")));
        QCOMPARE(publicCount(), 1);

        // Three signatures per address in the window, then 429 with Retry-After, and nothing stored.
        QCOMPARE(sign(form(signer(QStringLiteral("Un"), QStringLiteral("un@example.org"), QStringLiteral("69001"), false))), 200);
        QCOMPARE(sign(form(signer(QStringLiteral("Deux"), QStringLiteral("deux@example.org"), QStringLiteral("69001"), false))), 200);
        QCOMPARE(sign(form(signer(QStringLiteral("Trois"), QStringLiteral("trois@example.org"), QStringLiteral("69001"), false)), &page), 429);
        QVERIFY(QString::fromUtf8(page).contains(QStringLiteral("Trop de signatures")));
        QVERIFY(!storedEmails().contains(QStringLiteral("trois@example.org")));
        // Behind the trusted reverse proxy (127.0.0.1 here), each forwarded address has its own allowance; a
        // forged hop before the proxy's own does not help.
        auto proxied = http();
        proxied->setHeader("X-Forwarded-For", "198.51.100.1, 203.0.113.9");
        const auto quatre = form(signer(QStringLiteral("Quatre"), QStringLiteral("quatre@example.org"), QStringLiteral("69001"), false));
        QCOMPARE(proxied->postBody(("/p/" + m_slug.toStdString()).c_str(), quatre, "application/x-www-form-urlencoded", &page), 200);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(proxied->postBody(("/p/" + m_slug.toStdString()).c_str(), quatre, "application/x-www-form-urlencoded", &page), 200);
        proxied->setHeader("X-Forwarded-For", "198.51.100.2, 203.0.113.9");
        QCOMPARE(proxied->postBody(("/p/" + m_slug.toStdString()).c_str(), quatre, "application/x-www-form-urlencoded", &page), 429);
    }
};

QTEST_GUILESS_MAIN(TestPetitionIntegration)
#include "tst_petition_integration.moc"
