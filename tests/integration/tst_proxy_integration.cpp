// Proxy votes end to end against a real relais-server over TLS, with a real SMTP server (aiosmtpd) started here:
// the public forms (validation, double opt-in), a cadre's replica receiving the confirmed requests and offers,
// the core matcher run on that replica as the client does, the proposals pushed and mailed, the mandataire's
// answer link, both parties notified, statuses synced back; two cadres giving the same request round at the same
// instant (the first wins, the second is rejected with the reason); the checks of every pushed match (L73, no
// self-match, departments, transitions); reminders after 48 hours (the server's clock moved by its test hook).

#include "ProfileSession.h"
#include "ProxyMatcher.h"
#include "RecordRepository.h"
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
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <thread>

using namespace relais;
using namespace relais::test;

namespace {

const QString Password = QStringLiteral("correct horse battery staple");
const QString Slug = QStringLiteral("legislatives-2027-rhone");

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

struct Person {
    Person(const QString &f, const QString &l, const QString &e, const QString &pc, const QString &s, const QList<int> &r)
        : first(f), last(l), email(e), postalCode(pc), station(s), rounds(r)
    {
    }
    QString first;
    QString last;
    QString email;
    QString postalCode;
    QString station;
    QList<int> rounds;
    bool abroad = false;
    QString commune; // INSEE zone code when the postal code has several communes
};

QList<QPair<QString, QString>> fieldsOf(const Person &p, bool offer)
{
    QList<QPair<QString, QString>> f{{QStringLiteral("first_name"), p.first},       {QStringLiteral("last_name"), p.last},
                                     {QStringLiteral("email"), p.email},            {QStringLiteral("phone"), QStringLiteral("06 12 34 56 78")},
                                     {QStringLiteral("postal_code"), p.postalCode}, {QStringLiteral("polling_station"), p.station},
                                     {QStringLiteral("website"), QString()},        {QStringLiteral("consent"), QStringLiteral("on")}};
    if (!p.commune.isEmpty())
        f.append({QStringLiteral("commune"), p.commune});
    for (const int r : p.rounds)
        f.append({QStringLiteral("round_%1").arg(r), QStringLiteral("on")});
    if (p.abroad)
        f.append({QStringLiteral("abroad"), QStringLiteral("on")});
    if (offer) {
        f.append({QStringLiteral("birth_date"), QStringLiteral("14/07/1980")});
        f.append({QStringLiteral("voter_number"), QStringLiteral("123456789")});
    }
    return f;
}

QString field(const QJsonObject &o, const char *k) { return o.value(QLatin1String(k)).toString(); }

int roundMask(const QJsonObject &o)
{
    int mask = 0;
    for (const QJsonValue &v : o.value(QLatin1String("rounds")).toArray())
        mask |= roundBit(v.toInt());
    return mask;
}

} // namespace

class TestProxyIntegration : public QObject
{
    Q_OBJECT

    SmtpSink m_sink;
    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_clockDir;
    QString m_clientId = Uuid7::generate();
    std::atomic<qint64> m_seq{0};
    QString m_electionId = Uuid7::generate();
    QHash<QString, QString> m_requestOf; // email -> proxy_request id
    QHash<QString, QString> m_offerOf;   // email -> proxy_offer id
    QHash<QString, QString> m_matchOf;   // "email#round" of the mandant -> match id

    std::unique_ptr<TestHttp> http(const QString &user = QString())
    {
        auto h = std::make_unique<TestHttp>(m_server->url(), m_server->certificatePath());
        if (!user.isEmpty() && !h->login(user, Password))
            return nullptr;
        return h;
    }

    QJsonObject push(const QString &user, const QString &type, const QString &id, const QJsonObject &data)
    {
        return http(user)->pushItem(m_clientId, ++m_seq, type, QStringLiteral("put"), id, data);
    }

    void setClockOffset(qint64 seconds)
    {
        QFile f(m_clockDir.filePath(QStringLiteral("offset")));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray::number(seconds));
        f.close();
        QTest::qWait(250);
    }

    QList<SmtpSink::Message> mailsTo(const QString &email) const
    {
        QList<SmtpSink::Message> out;
        for (const auto &m : m_sink.messages())
            if (m.rcptTo.contains(email))
                out << m;
        return out;
    }

    /// The text of the `n`-th message to `email` (0-based), waiting for it.
    QString mail(const QString &email, int n)
    {
        TestClient::waitFor([&] { return mailsTo(email).size() > n; }, 20000);
        const auto mine = mailsTo(email);
        return mine.size() > n ? mine.at(n).part("text/plain") : QString();
    }

    static QString linkIn(const QString &text, const char *kind)
    {
        const QRegularExpression link(QStringLiteral("https://\\S+(/v/%1/[A-Za-z0-9_-]{64})").arg(QLatin1String(kind)));
        return link.match(text).captured(1);
    }

    int post(const QString &path, const QByteArray &body, QByteArray *page = nullptr)
    {
        return http()->postBody(path.toUtf8().constData(), body, "application/x-www-form-urlencoded", page);
    }

    /// Posts the form, follows the opt-in link; returns the record id.
    QString register_(const Person &p, bool offer)
    {
        const int before = int(mailsTo(p.email).size());
        QByteArray page;
        const int status = post(QStringLiteral("/v/%1/%2").arg(Slug, offer ? QStringLiteral("mandataire") : QStringLiteral("mandant")),
                                form(fieldsOf(p, offer)), &page);
        if (status != 200) {
            qWarning() << status << page.left(400);
            return {};
        }
        const QString path = linkIn(mail(p.email, before), "confirm");
        if (path.isEmpty() || http()->get(path, &page) != 200) {
            qWarning() << "confirmation failed" << page.left(300);
            return {};
        }
        return m_server->query(QStringLiteral("SELECT id FROM proxy_people WHERE email = ? AND kind = ?"),
                               {p.email, offer ? QStringLiteral("offer") : QStringLiteral("request")})
            .value(0);
    }

    QJsonObject match(const QString &requestId, const QString &offerId, int round, const QString &status,
                      const QString &reason = QStringLiteral("manual")) const
    {
        return {{QStringLiteral("election_id"), m_electionId}, {QStringLiteral("round"), round},
                {QStringLiteral("request_id"), requestId},     {QStringLiteral("offer_id"), offerId},
                {QStringLiteral("status"), status},            {QStringLiteral("reason"), reason}};
    }

    /// The match Paul accepted (the only accepted one at that point).
    QString acceptedMatch()
    {
        return m_server->query(QStringLiteral("SELECT match_id FROM proxy_live WHERE status = 'accepted'")).value(0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_clockDir.isValid());
        qputenv("RELAIS_SERVER_CLOCK_OFFSET_FILE", m_clockDir.filePath(QStringLiteral("offset")).toUtf8());
        QVERIFY2(m_sink.start(), qPrintable(m_sink.error()));
        m_server = std::make_unique<TestServer>();
        m_server->setConfigValues({{QStringLiteral("smtp"), QJsonObject{{QStringLiteral("url"), QStringLiteral("smtp://127.0.0.1:%1").arg(m_sink.port())},
                                                                         {QStringLiteral("require_tls"), false},
                                                                         {QStringLiteral("timeout_seconds"), 5},
                                                                         {QStringLiteral("retry_seconds"), 1}}},
                                   {QStringLiteral("mail_from"), QStringLiteral("Procurations <procurations@parti.example>")},
                                   {QStringLiteral("proxies"), QJsonObject{{QStringLiteral("submits_per_address"), 1000},
                                                                           {QStringLiteral("reminder_check_seconds"), 1}}}});
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        QVERIFY(m_server->addUser(QStringLiteral("alice"), Password, QStringLiteral("cadre"), QStringLiteral("D69")));
        QVERIFY(m_server->addUser(QStringLiteral("carl"), Password, QStringLiteral("cadre"), QStringLiteral("D69")));
        QVERIFY(m_server->addUser(QStringLiteral("bob"), Password, QStringLiteral("cadre"), QStringLiteral("D75")));
        QVERIFY(m_server->addUser(QStringLiteral("vera"), Password, QStringLiteral("volunteer"), QString()));

        QJsonObject election{{QStringLiteral("zone"), QStringLiteral("D69")},
                             {QStringLiteral("name"), QStringLiteral("Législatives 2027 — Rhône")},
                             {QStringLiteral("slug"), Slug},
                             {QStringLiteral("rounds"), QJsonArray{QJsonObject{{QStringLiteral("round"), 1}, {QStringLiteral("date"), QStringLiteral("2027-06-13")}},
                                                                   QJsonObject{{QStringLiteral("round"), 2}, {QStringLiteral("date"), QStringLiteral("2027-06-20")}}}},
                             {QStringLiteral("forms_open"), true},
                             {QStringLiteral("language"), QStringLiteral("fr")}};
        // Bad elections are refused with the reason; another department's cadre and a volunteer cannot create it.
        QJsonObject bad = election;
        bad.insert(QStringLiteral("rules"), QJsonObject{{QStringLiteral("max_total"), 1}, {QStringLiteral("max_in_france"), 2}});
        QJsonObject r = push(QStringLiteral("alice"), QStringLiteral("proxy_election"), Uuid7::generate(), bad);
        QCOMPARE(field(r, "status"), QStringLiteral("rejected"));
        QVERIFY2(field(r, "message").contains(QLatin1String("max_in_france")), qPrintable(field(r, "message")));
        bad = election;
        bad.insert(QStringLiteral("rounds"), QJsonArray{QJsonObject{{QStringLiteral("round"), 2}, {QStringLiteral("date"), QStringLiteral("2027-06-20")}},
                                                        QJsonObject{{QStringLiteral("round"), 2}, {QStringLiteral("date"), QStringLiteral("2027-06-27")}}});
        QCOMPARE(field(push(QStringLiteral("alice"), QStringLiteral("proxy_election"), Uuid7::generate(), bad), "status"), QStringLiteral("rejected"));
        QCOMPARE(field(push(QStringLiteral("bob"), QStringLiteral("proxy_election"), m_electionId, election), "status"), QStringLiteral("rejected"));
        QCOMPARE(field(push(QStringLiteral("vera"), QStringLiteral("proxy_election"), m_electionId, election), "status"), QStringLiteral("rejected"));
        r = push(QStringLiteral("alice"), QStringLiteral("proxy_election"), m_electionId, election);
        QCOMPARE(field(r, "status"), QStringLiteral("applied"));
        // Its forms' address is its own.
        QJsonObject other = election;
        other.insert(QStringLiteral("zone"), QStringLiteral("D75"));
        r = push(QStringLiteral("bob"), QStringLiteral("proxy_election"), Uuid7::generate(), other);
        QCOMPARE(field(r, "status"), QStringLiteral("rejected"));
        QVERIFY2(field(r, "message").contains(QLatin1String("already used")), qPrintable(field(r, "message")));
    }

    void formsRefuseBadInputClearly()
    {
        QByteArray page;
        QCOMPARE(http()->get(QStringLiteral("/v/%1/mandant").arg(Slug), &page), 200);
        QString html = QString::fromUtf8(page);
        for (const char *f : {"first_name", "last_name", "email", "phone", "postal_code", "polling_station", "round_1", "round_2", "abroad", "consent"})
            QVERIFY2(html.contains(QStringLiteral("<label for=\"f-%1\"").arg(QLatin1String(f))), f);
        QCOMPARE(http()->get(QStringLiteral("/v/%1/mandataire").arg(Slug), &page), 200);
        QVERIFY(QString::fromUtf8(page).contains(QStringLiteral("<label for=\"f-voter_number\"")));
        QCOMPARE(http()->get(QStringLiteral("/v/pas-une-election/mandant"), &page), 404);

        // Every faulty field gets its message; nothing is stored and no mail is sent.
        const int mails = m_sink.count();
        Person p{QStringLiteral("Ana"), QString(), QStringLiteral("pas-une-adresse"), QStringLiteral("123"), QString(), {}};
        QCOMPARE(post(QStringLiteral("/v/%1/mandant").arg(Slug), form(fieldsOf(p, false)), &page), 400);
        html = QString::fromUtf8(page);
        QVERIFY2(html.contains(QStringLiteral("Indiquez votre nom.")), qPrintable(html.left(2000)));
        QVERIFY(html.contains(QStringLiteral("Cette adresse e-mail n'est pas valide")));
        QVERIFY(html.contains(QStringLiteral("cinq chiffres")));
        QVERIFY(html.contains(QStringLiteral("Indiquez votre bureau de vote.")));
        QVERIFY(html.contains(QStringLiteral("Cochez le ou les tours")));
        // A postal code of several communes asks which one, with the list.
        Person several{QStringLiteral("Ana"), QStringLiteral("Roux"), QStringLiteral("ana@example.org"), QStringLiteral("69380"),
                       QStringLiteral("1"), {1}};
        QCOMPARE(post(QStringLiteral("/v/%1/mandant").arg(Slug), form(fieldsOf(several, false)), &page), 400);
        html = QString::fromUtf8(page);
        QVERIFY2(html.contains(QStringLiteral("plusieurs communes")), qPrintable(html.left(3000)));
        QVERIFY(html.contains(QStringLiteral("<select id=\"f-commune\"")));
        // This election is the Rhône's: a Parisian is told so.
        Person paris{QStringLiteral("Ana"), QStringLiteral("Roux"), QStringLiteral("ana@example.org"), QStringLiteral("75011"),
                     QStringLiteral("1"), {1}};
        QCOMPARE(post(QStringLiteral("/v/%1/mandant").arg(Slug), form(fieldsOf(paris, false)), &page), 400);
        QVERIFY2(QString::fromUtf8(page).contains(QStringLiteral("Ce formulaire est celui de Rhône")), qPrintable(QString::fromUtf8(page).left(3000)));
        // As JSON, for a website's own form.
        auto h = http();
        QCOMPARE(h->postBody(QStringLiteral("/v/%1/mandataire").arg(Slug).toUtf8().constData(), form(fieldsOf(p, true)),
                             "application/x-www-form-urlencoded", &page),
                 400);
        QCOMPARE(m_server->query(QStringLiteral("SELECT COUNT(*) FROM proxy_pending")).value(0), QStringLiteral("0"));
        // A filled honeypot is answered like a submission and stores nothing.
        QList<QPair<QString, QString>> robot = fieldsOf(Person{QStringLiteral("Bot"), QStringLiteral("Bot"), QStringLiteral("bot@example.org"),
                                                               QStringLiteral("69003"), QStringLiteral("1"), {1}},
                                                        false);
        robot.append({QStringLiteral("website"), QStringLiteral("http://spam.example")});
        robot.removeAt(6);
        QCOMPARE(post(QStringLiteral("/v/%1/mandant").arg(Slug), form(robot), &page), 200);
        QCOMPARE(m_server->query(QStringLiteral("SELECT COUNT(*) FROM proxy_pending")).value(0), QStringLiteral("0"));
        QTest::qWait(300);
        QCOMPARE(m_sink.count(), mails);
    }

    void formOptInMatchAcceptNotifySync()
    {
        // Two mandants at the same polling station, two mandataires: one there, one elsewhere in Lyon.
        const Person marie{QStringLiteral("Marie"), QStringLiteral("Lambert"), QStringLiteral("marie@example.org"), QStringLiteral("69003"),
                           QStringLiteral("Bureau 12"), {1, 2}};
        const Person luc{QStringLiteral("Luc"), QStringLiteral("Girard"), QStringLiteral("luc@example.org"), QStringLiteral("69003"),
                         QStringLiteral("bureau 12 "), {1}};
        const Person paul{QStringLiteral("Paul"), QStringLiteral("Moreau"), QStringLiteral("paul@example.org"), QStringLiteral("69003"),
                          QStringLiteral("Bureau 12"), {1, 2}};
        const Person jeanne{QStringLiteral("Jeanne"), QStringLiteral("Petit"), QStringLiteral("jeanne@example.org"), QStringLiteral("69003"),
                            QStringLiteral("Bureau 4"), {1, 2}};
        for (const Person &p : {marie, luc}) {
            const QString id = register_(p, false);
            QVERIFY2(!id.isEmpty(), qPrintable(p.email));
            m_requestOf.insert(p.email, id);
        }
        for (const Person &p : {paul, jeanne}) {
            const QString id = register_(p, true);
            QVERIFY2(!id.isEmpty(), qPrintable(p.email));
            m_offerOf.insert(p.email, id);
        }
        // A link works once.
        QCOMPARE(http()->get(linkIn(mail(marie.email, 0), "confirm")), 410);

        // The cadre's replica receives them (D69 bucket); a cadre of Paris does not.
        TestClient alice(QStringLiteral("alice"));
        QVERIFY2(alice.connectTo(*m_server, QStringLiteral("alice"), Password), qPrintable(alice.error()));
        QVERIFY2(alice.sync(), qPrintable(alice.error()));
        RecordRepository records(alice.session()->replica()->database());
        const QList<SyncRecord> requests = records.list(QStringLiteral("proxy_request"));
        const QList<SyncRecord> offers = records.list(QStringLiteral("proxy_offer"));
        QCOMPARE(requests.size(), 2);
        QCOMPARE(offers.size(), 2);
        QCOMPARE(records.list(QStringLiteral("proxy_election")).size(), 1);
        for (const SyncRecord &r : requests) {
            QCOMPARE(r.zone, QStringLiteral("D69"));
            QCOMPARE(field(r.data, "commune_code"), QStringLiteral("C69123"));
            QVERIFY(!field(r.data, "contact_id").isEmpty());
        }
        TestClient bob(QStringLiteral("bob"));
        QVERIFY2(bob.connectTo(*m_server, QStringLiteral("bob"), Password), qPrintable(bob.error()));
        QVERIFY2(bob.sync(), qPrintable(bob.error()));
        QCOMPARE(RecordRepository(bob.session()->replica()->database()).list(QStringLiteral("proxy_request")).size(), 0);

        // The client runs the matcher on its replica, as the matching view does.
        QList<MatchRequest> in;
        for (const SyncRecord &r : requests)
            in.append({r.id, field(r.data, "contact_id"), r.zone, field(r.data, "commune_code"), field(r.data, "polling_station"),
                       r.data.value(QLatin1String("abroad")).toBool(), roundMask(r.data), QString()});
        QList<MatchOffer> out;
        for (const SyncRecord &o : offers)
            out.append({o.id, field(o.data, "contact_id"), o.zone, field(o.data, "commune_code"), field(o.data, "polling_station"),
                        roundMask(o.data), {}, {}});
        const MatchResult result = ProxyMatcher().match(in, out);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.slotsServed, 3);
        const QString marieId = m_requestOf.value(marie.email), lucId = m_requestOf.value(luc.email);
        const QString paulId = m_offerOf.value(paul.email), jeanneId = m_offerOf.value(jeanne.email);
        for (const MatchSuggestion &s : result.suggestions) {
            // Both of Marie's rounds go to Paul, at her polling station (L73: he then holds his one procuration
            // established in France); Luc gets Jeanne, of the same commune.
            if (s.requestId == marieId) {
                QCOMPARE(s.offerId, paulId);
                QCOMPARE(matchReasonKey(s.reason), QStringLiteral("same_polling_station"));
            } else {
                QCOMPARE(s.requestId, lucId);
                QCOMPARE(s.offerId, jeanneId);
                QCOMPARE(matchReasonKey(s.reason), QStringLiteral("same_commune"));
            }
            const QString id = Uuid7::generate();
            const QJsonObject applied = push(QStringLiteral("alice"), QStringLiteral("proxy_match"), id,
                                             match(s.requestId, s.offerId, s.round, QStringLiteral("proposed"), matchReasonKey(s.reason)));
            QCOMPARE(field(applied, "status"), QStringLiteral("applied"));
            m_matchOf.insert(s.requestId + QLatin1Char('#') + QString::number(s.round), id);
        }

        // Paul is asked twice (one per round), by e-mail, with his answer link.
        const QString proposal = mail(paul.email, 1);
        QVERIFY2(proposal.contains(QStringLiteral("Marie, qui vote à Lyon (bureau : Bureau 12)")), qPrintable(proposal));
        QVERIFY(!proposal.contains(QStringLiteral("Lambert"))); // her full name comes once he accepted
        const QString answerPath = linkIn(proposal, "answer");
        QVERIFY(!answerPath.isEmpty());
        QByteArray page;
        QCOMPARE(http()->get(answerPath, &page), 200); // a page; following the link answers nothing
        QVERIFY(QString::fromUtf8(page).contains(QStringLiteral("name=\"answer\" value=\"accept\"")));
        QCOMPARE(m_server->query(QStringLiteral("SELECT COUNT(*) FROM proxy_live WHERE status = 'proposed'")).value(0), QStringLiteral("3"));
        QCOMPARE(post(answerPath, "answer=accept", &page), 200);
        QVERIFY(QString::fromUtf8(page).contains(QStringLiteral("Merci")));
        QCOMPARE(post(answerPath, "answer=accept", &page), 409); // the second click changes nothing
        QVERIFY2(QString::fromUtf8(page).contains(QStringLiteral("Déjà accepté")), page.constData());
        QCOMPARE(post(answerPath, "answer=maybe", &page), 400);

        // Both are notified: Marie with what the official form needs, Paul with how to reach her.
        const QString notice = mail(marie.email, 1);
        QVERIFY2(notice.contains(QStringLiteral("Paul Moreau votera pour vous")), qPrintable(notice));
        QVERIFY(notice.contains(QStringLiteral("Numéro national d'électeur : 123456789")));
        QVERIFY(notice.contains(QStringLiteral("maprocuration.gouv.fr")));
        TestClient::waitFor([&] {
            for (const auto &m : mailsTo(paul.email))
                if (m.part("text/plain").contains(QStringLiteral("Merci")))
                    return true;
            return false;
        }, 20000);
        QString thanks;
        for (const auto &m : mailsTo(paul.email))
            if (m.part("text/plain").contains(QStringLiteral("Merci")))
                thanks = m.part("text/plain");
        QVERIFY2(thanks.contains(QStringLiteral("Marie Lambert")) && thanks.contains(QStringLiteral("marie@example.org")), qPrintable(thanks));

        // Jeanne declines: the round is free again.
        const QString jeanneLink = linkIn(mail(jeanne.email, 1), "answer");
        QCOMPARE(post(jeanneLink, "answer=decline", &page), 200);
        QCOMPARE(m_server->query(QStringLiteral("SELECT COUNT(*) FROM proxy_live WHERE request_id = ?"), {lucId}).value(0), QStringLiteral("0"));

        // The statuses and the history reach the cadre's replica.
        QVERIFY2(alice.sync(), qPrintable(alice.error()));
        QHash<QString, QString> status;
        for (const SyncRecord &m : records.list(QStringLiteral("proxy_match")))
            status.insert(m.id, field(m.data, "status"));
        const QString accepted = acceptedMatch();
        QCOMPARE(status.value(accepted), QStringLiteral("accepted"));
        QCOMPARE(status.value(m_matchOf.value(lucId + QStringLiteral("#1"))), QStringLiteral("declined"));
        const SyncRecord acceptedRecord = records.get(QStringLiteral("proxy_match"), accepted).value();
        const QJsonArray history = acceptedRecord.data.value(QLatin1String("history")).toArray();
        QCOMPARE(history.size(), 2);
        QCOMPARE(field(history.at(0).toObject(), "by"), QStringLiteral("alice"));
        QCOMPARE(field(history.at(1).toObject(), "status"), QStringLiteral("accepted"));
        QCOMPARE(field(history.at(1).toObject(), "by"), QStringLiteral("mandataire"));

        // The cadre confirms the procuration; a second cadre confirming too is told it already is.
        QCOMPARE(field(push(QStringLiteral("alice"), QStringLiteral("proxy_match"), accepted, {{QStringLiteral("status"), QStringLiteral("confirmed")}}), "status"),
                 QStringLiteral("applied"));
        // (carl's replica holds the match as it was before alice's move: accepted, two history entries)
        QJsonObject carlsCopy = acceptedRecord.data;
        carlsCopy.insert(QStringLiteral("status"), QStringLiteral("confirmed"));
        const QJsonObject again = push(QStringLiteral("carl"), QStringLiteral("proxy_match"), accepted, carlsCopy);
        QCOMPARE(field(again, "status"), QStringLiteral("rejected"));
        QVERIFY2(field(again, "message").contains(QLatin1String("already confirmed (by alice")), qPrintable(field(again, "message")));
        // Alice, who saw it confirmed, may still edit its note.
        QJsonObject noted = acceptedRecord.data;
        QVERIFY2(alice.sync(), qPrintable(alice.error()));
        noted = records.get(QStringLiteral("proxy_match"), accepted).value().data;
        noted.insert(QStringLiteral("note"), QStringLiteral("Procuration vue au commissariat le 2 juin"));
        QCOMPARE(field(push(QStringLiteral("alice"), QStringLiteral("proxy_match"), accepted, noted), "status"), QStringLiteral("applied"));
        // Arrows only.
        const QString other = m_matchOf.value(marieId + QStringLiteral("#2"));
        const QJsonObject jump = push(QStringLiteral("alice"), QStringLiteral("proxy_match"), other, {{QStringLiteral("status"), QStringLiteral("done")}});
        QCOMPARE(field(jump, "status"), QStringLiteral("rejected"));
    }

    void twoCadresOnTheSameRoundFirstWins()
    {
        const Person zoe{QStringLiteral("Zoé"), QStringLiteral("Faure"), QStringLiteral("zoe@example.org"), QStringLiteral("69007"),
                         QStringLiteral("Bureau 3"), {1}};
        const Person hugo{QStringLiteral("Hugo"), QStringLiteral("Blanc"), QStringLiteral("hugo@example.org"), QStringLiteral("69007"),
                          QStringLiteral("Bureau 3"), {1}};
        const Person ines{QStringLiteral("Inès"), QStringLiteral("Roy"), QStringLiteral("ines@example.org"), QStringLiteral("69007"),
                          QStringLiteral("Bureau 5"), {1}};
        const QString zoeId = register_(zoe, false);
        const QString hugoId = register_(hugo, true);
        const QString inesId = register_(ines, true);
        QVERIFY(!zoeId.isEmpty() && !hugoId.isEmpty() && !inesId.isEmpty());
        m_requestOf.insert(zoe.email, zoeId);
        m_offerOf.insert(hugo.email, hugoId);
        m_offerOf.insert(ines.email, inesId);
        auto a = http(QStringLiteral("alice"));
        auto c = http(QStringLiteral("carl"));
        QJsonObject ra, rc;
        const QString ida = Uuid7::generate(), idc = Uuid7::generate();
        std::thread ta([&] { ra = a->pushItem(m_clientId, ++m_seq, QStringLiteral("proxy_match"), QStringLiteral("put"), ida,
                                              match(zoeId, hugoId, 1, QStringLiteral("proposed"))); });
        std::thread tc([&] { rc = c->pushItem(Uuid7::generate(), 1, QStringLiteral("proxy_match"), QStringLiteral("put"), idc,
                                              match(zoeId, inesId, 1, QStringLiteral("proposed"))); });
        ta.join();
        tc.join();
        const QStringList statuses{field(ra, "status"), field(rc, "status")};
        QCOMPARE(statuses.count(QStringLiteral("applied")), 1);
        QCOMPARE(statuses.count(QStringLiteral("rejected")), 1);
        const QJsonObject &loser = field(ra, "status") == QLatin1String("rejected") ? ra : rc;
        QVERIFY2(field(loser, "message").contains(QLatin1String("round 1 of this request is already held by another match")),
                 qPrintable(field(loser, "message")));
        QCOMPARE(m_server->query(QStringLiteral("SELECT COUNT(*) FROM proxy_live WHERE request_id = ?"), {zoeId}).value(0), QStringLiteral("1"));
        // Only the winner's mandataire was asked.
        const QString asked = field(ra, "status") == QLatin1String("applied") ? hugo.email : ines.email;
        const QString notAsked = asked == hugo.email ? ines.email : hugo.email;
        QVERIFY(!mail(asked, 1).isEmpty());
        QTest::qWait(500);
        QCOMPARE(mailsTo(notAsked).size(), 1); // their opt-in only
    }

    void everyPushedMatchIsChecked()
    {
        const QString luc = m_requestOf.value(QStringLiteral("luc@example.org"));
        const QString paul = m_offerOf.value(QStringLiteral("paul@example.org"));
        // Paul holds Marie's round 1 (established in France): a second one in France is refused (L73).
        QJsonObject r = push(QStringLiteral("alice"), QStringLiteral("proxy_match"), Uuid7::generate(), match(luc, paul, 1, QStringLiteral("suggested")));
        QCOMPARE(field(r, "status"), QStringLiteral("rejected"));
        QVERIFY2(field(r, "message").contains(QLatin1String("established in France")), qPrintable(field(r, "message")));
        // Luc asked for round 1 only.
        r = push(QStringLiteral("alice"), QStringLiteral("proxy_match"), Uuid7::generate(),
                 match(luc, m_offerOf.value(QStringLiteral("jeanne@example.org")), 2, QStringLiteral("suggested")));
        QCOMPARE(field(r, "status"), QStringLiteral("rejected"));
        QVERIFY2(field(r, "message").contains(QLatin1String("does not ask for round 2")), qPrintable(field(r, "message")));
        // Someone who is both mandant and mandataire (same address: same contact) never holds their own.
        const Person self{QStringLiteral("Théo"), QStringLiteral("Noir"), QStringLiteral("theo@example.org"), QStringLiteral("69003"),
                          QStringLiteral("Bureau 12"), {1}};
        const QString asRequest = register_(self, false);
        const QString asOffer = register_(self, true);
        QVERIFY(!asRequest.isEmpty() && !asOffer.isEmpty());
        r = push(QStringLiteral("alice"), QStringLiteral("proxy_match"), Uuid7::generate(), match(asRequest, asOffer, 1, QStringLiteral("proposed")));
        QCOMPARE(field(r, "status"), QStringLiteral("rejected"));
        QVERIFY2(field(r, "message").contains(QLatin1String("own procuration")), qPrintable(field(r, "message")));
        // Another department's cadre cannot match Rhône's requests; a volunteer nothing at all.
        r = push(QStringLiteral("bob"), QStringLiteral("proxy_match"), Uuid7::generate(),
                 match(luc, m_offerOf.value(QStringLiteral("jeanne@example.org")), 1, QStringLiteral("proposed")));
        QCOMPARE(field(r, "status"), QStringLiteral("rejected"));
        QVERIFY2(field(r, "message").contains(QLatin1String("proxies.match")), qPrintable(field(r, "message")));
        r = push(QStringLiteral("vera"), QStringLiteral("proxy_request"), Uuid7::generate(), {{QStringLiteral("election_id"), m_electionId}});
        QCOMPARE(field(r, "status"), QStringLiteral("rejected"));
        QCOMPARE(m_server->query(QStringLiteral("SELECT COUNT(*) FROM proxy_live WHERE request_id = ?"), {luc}).value(0), QStringLiteral("0"));
    }

    void remindersAfterTwoDaysOnce()
    {
        // Marie's round 2 is still proposed to Paul; Zoé's round 1 too. 49 hours later, each is reminded once.
        const QString marieRound2 = m_matchOf.value(m_requestOf.value(QStringLiteral("marie@example.org")) + QStringLiteral("#2"));
        const int before = int(mailsTo(QStringLiteral("paul@example.org")).size());
        setClockOffset(49 * 3600);
        const QString reminder = mail(QStringLiteral("paul@example.org"), before);
        QVERIFY2(reminder.contains(QStringLiteral("Marie")), qPrintable(reminder));
        const QStringList subjects = [&] {
            QStringList s;
            for (const auto &m : mailsTo(QStringLiteral("paul@example.org")))
                s << QString::fromUtf8(m.header("Subject"));
            return s;
        }();
        QTest::qWait(2500); // more reminder checks: no second reminder
        QCOMPARE(int(mailsTo(QStringLiteral("paul@example.org")).size()), before + 1);
        const QString history = m_server->query(QStringLiteral("SELECT data FROM records WHERE type = 'proxy_match' AND id = ?"), {marieRound2}).value(0);
        QVERIFY2(history.contains(QLatin1String("\"status\":\"reminded\"")), qPrintable(history));
        setClockOffset(0);
        Q_UNUSED(subjects);
    }

    void withdrawingCancelsItsMatches()
    {
        const QString marie = m_requestOf.value(QStringLiteral("marie@example.org"));
        const int before = int(mailsTo(QStringLiteral("paul@example.org")).size());
        // What she filed is hers: a cadre cannot rewrite it (nothing changes), only withdraw it.
        const QJsonObject edit = push(QStringLiteral("alice"), QStringLiteral("proxy_request"), marie, {{QStringLiteral("phone"), QStringLiteral("+33700000000")}});
        QCOMPARE(field(edit, "status"), QStringLiteral("rejected"));
        QVERIFY2(field(edit, "message").startsWith(QLatin1String("phone:")), qPrintable(field(edit, "message")));
        QVERIFY(!m_server->query(QStringLiteral("SELECT data FROM records WHERE id = ?"), {marie}).value(0).contains(QLatin1String("+33700000000")));
        const QJsonObject r = push(QStringLiteral("alice"), QStringLiteral("proxy_request"), marie, {{QStringLiteral("status"), QStringLiteral("withdrawn")}});
        QCOMPARE(field(r, "status"), QStringLiteral("applied"));
        QCOMPARE(m_server->query(QStringLiteral("SELECT COUNT(*) FROM proxy_live WHERE request_id = ?"), {marie}).value(0), QStringLiteral("0"));
        // Paul hears that both procurations are no longer asked of him.
        TestClient::waitFor([&] { return mailsTo(QStringLiteral("paul@example.org")).size() >= before + 2; }, 20000);
        QCOMPARE(int(mailsTo(QStringLiteral("paul@example.org")).size()), before + 2);
        QVERIFY(mail(QStringLiteral("paul@example.org"), before).contains(QStringLiteral("ne vous est plus demandée")));
    }

    void erasingAContactErasesTheirRequestsAndOffers()
    {
        // Théo (both a request and an offer) asks to be forgotten: erasure needs contacts.erase (national role).
        QVERIFY(m_server->addUser(QStringLiteral("nat"), Password, QStringLiteral("national"), QStringLiteral("FR")));
        const QString contact = m_server->query(QStringLiteral("SELECT contact_id FROM proxy_people WHERE email = ?"),
                                                {QStringLiteral("theo@example.org")}).value(0);
        QVERIFY(!contact.isEmpty());
        QCOMPARE(http(QStringLiteral("nat"))->post(QStringLiteral("/api/v1/contacts/%1/erase").arg(contact), {}), 204);
        QCOMPARE(m_server->query(QStringLiteral("SELECT COUNT(*) FROM proxy_people WHERE contact_id = ?"), {contact}).value(0), QStringLiteral("0"));
        QCOMPARE(m_server->query(QStringLiteral("SELECT COUNT(*) FROM records WHERE type IN ('proxy_request', 'proxy_offer')"
                                                " AND data LIKE '%theo@example.org%'")).value(0),
                 QStringLiteral("0"));
        QCOMPARE(m_server->query(QStringLiteral("SELECT COUNT(*) FROM ops WHERE subject = ? AND data IS NOT NULL"), {contact}).value(0),
                 QStringLiteral("0"));
    }

    void cleanupTestCase()
    {
        if (m_server)
            QCOMPARE(m_server->stop(), 0);
        // Nothing personal in the server's log.
        const QString log = QString::fromUtf8(m_server->log());
        QVERIFY(!log.contains(QStringLiteral("marie@example.org")));
        QVERIFY(!log.contains(QStringLiteral("123456789")));
    }
};

QTEST_GUILESS_MAIN(TestProxyIntegration)
#include "tst_proxy_integration.moc"
