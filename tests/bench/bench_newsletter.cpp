// bench_newsletter: the server's newsletter pipeline at full size (100,000 recipients; --quick: 2,000).
//   render_queue_s     the server's own audience computed and queued (one row per recipient, one transaction),
//                      then every message claimed and personalised into its MIME bytes, as the sending threads do
//   smtp_msgs_per_s    the real CampaignSender (claims, render, libcurl SMTP with connection reuse, one committed
//                      outcome per message) to a local SMTP sink, throttle off
//   raw_curl_msgs_per_s the same messages, pre-rendered, sent by a bare libcurl loop on as many connections
//   ratio_vs_raw_curl  smtp_msgs_per_s / raw_curl_msgs_per_s
// The database is the server's embedded SQLite in a temporary directory; the sink is SmtpCountingSink.
#include "Audience.h"
#include "BenchUtil.h"
#include "CampaignSender.h"
#include "ContactStore.h"
#include "Db.h"
#include "DbExecutor.h"
#include "LiveHub.h"
#include "NewsletterQueue.h"
#include "NewsletterRenderer.h"
#include "OpLog.h"
#include "OrgSettings.h"
#include "RecordStore.h"
#include "ServerSchema.h"
#include "SmtpCountingSink.h"
#include "Uuid7.h"
#include "ZoneTree.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QThread>

#include <curl/curl.h>

#include <cstring>
#include <thread>

using namespace relais;
using namespace relais::server;
using namespace relais::bench;

namespace {

const QString Body = QStringLiteral(
    "# Le mot du mois\n\n"
    "Bonjour {{first_name|Madame, Monsieur}},\n\n"
    "La rentrée a été riche : **trois réunions publiques** à {{commune|votre commune}}, une pétition qui dépasse "
    "les *dix mille signatures* et une équipe de bénévoles qui grandit chaque semaine.\n\n"
    "## Ce qui vient\n\n"
    "- Jeudi 3 décembre : réunion publique à la salle des fêtes, 19 h\n"
    "- Samedi 5 décembre : porte-à-porte dans le quartier de la gare\n"
    "- Mardi 8 décembre : soirée d'appels depuis la permanence\n\n"
    "![Les bénévoles devant la permanence](https://example.org/images/benevoles.jpg)\n\n"
    "Nous avons besoin de vous pour faire vivre cette campagne. "
    "[Je participe](https://example.org/agir?source=lettre&mois=decembre)\n\n"
    "Pour toute question, répondez simplement à ce message : une personne de l'équipe vous lira.\n\n"
    "Amitiés militantes,\n\nL'équipe du Rhône\n");

struct Args {
    int recipients = 100000;
    int connections = 4;
};

Args parseArgs(const QStringList &args)
{
    Args a;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--quick"))
            a.recipients = 2000;
        else if (args.at(i) == QLatin1String("--recipients") && i + 1 < args.size())
            a.recipients = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--connections") && i + 1 < args.size())
            a.connections = args.at(++i).toInt();
    }
    return a;
}

UserAccess benchUser(const ZoneTree &zones)
{
    UserAccess u;
    u.user.id = 1;
    u.user.username = QStringLiteral("bench");
    Grant g;
    g.zone = QStringLiteral("FR");
    g.features = {Feature::ContactsRead, Feature::NewslettersSend};
    u.scope = AccessScope({g}, zones);
    return u;
}

/// Contacts in the Rhône with e-mail consent, the sender identity and the newsletter draft.
QString seed(const DbSettings &settings, int recipients)
{
    Db db(settings);
    QString error;
    if (!db.open(&error) || !ServerSchema::migrate(db, &error))
        qFatal("cannot open the database: %s", qPrintable(error));
    static const QStringList first{QStringLiteral("Amélie"), QStringLiteral("Bruno"), QStringLiteral("Chloé"),
                                   QStringLiteral("David"), QStringLiteral("Élodie"), QStringLiteral("Farid")};
    Transaction tx(db, true);
    OpWriter ops(db);
    const QJsonObject consent{{QStringLiteral("granted"), true}, {QStringLiteral("at"), QStringLiteral("2026-10-01T10:00:00.000Z")},
                              {QStringLiteral("source"), QStringLiteral("bench")}};
    for (int i = 0; i < recipients; ++i) {
        StoredContact c;
        c.id = Uuid7::generate();
        c.zone = QStringLiteral("D69");
        c.data = {{QStringLiteral("id"), c.id},
                  {QStringLiteral("zone"), c.zone},
                  {QStringLiteral("first_name"), first.at(i % first.size())},
                  {QStringLiteral("last_name"), QStringLiteral("Martin%1").arg(i)},
                  {QStringLiteral("email"), QStringLiteral("person%1@example.org").arg(i)},
                  {QStringLiteral("commune_code"), QStringLiteral("C69123")},
                  {QStringLiteral("membership"), QStringLiteral("member")},
                  {QStringLiteral("consent_email"), consent}};
        c.version = ops.put(c.zone, QStringLiteral("contact"), c.id, c.id, ContactStore::compact(c.data));
        c.setAllFields(c.version, 0);
        ContactStore::insert(db, c, ContactStore::compact(c.data));
    }
    StoredRecord sender;
    sender.type = RecordStore::Sender;
    sender.id = Uuid7::generate();
    sender.zone = QStringLiteral("R84");
    sender.data = {{QStringLiteral("name"), QStringLiteral("Fédération du Rhône")},
                   {QStringLiteral("email"), QStringLiteral("rhone@parti.example")}};
    RecordStore::save(db, ops, sender);
    StoredRecord n;
    n.type = RecordStore::Newsletter;
    n.id = Uuid7::generate();
    n.zone = QStringLiteral("D69");
    n.data = {{QStringLiteral("kind"), QStringLiteral("newsletter")},
              {QStringLiteral("status"), QStringLiteral("draft")},
              {QStringLiteral("subject"), QStringLiteral("{{first_name|Bonjour}}, les nouvelles de décembre")},
              {QStringLiteral("preheader"), QStringLiteral("Trois rendez-vous pour finir l'année")},
              {QStringLiteral("body"), Body},
              {QStringLiteral("sender_id"), sender.id},
              {QStringLiteral("audience"), QJsonObject{{QStringLiteral("zones"), QJsonArray{QStringLiteral("D69")}}}}};
    RecordStore::save(db, ops, n);
    ops.finish();
    tx.commit();
    OrgSettings::linkKey(db);
    return n.id;
}

struct Upload {
    const QByteArray *data;
    qsizetype at;
};

size_t readChunk(char *buffer, size_t size, size_t count, void *user)
{
    auto *u = static_cast<Upload *>(user);
    const size_t n = std::min(size * count, size_t(u->data->size() - u->at));
    std::memcpy(buffer, u->data->constData() + u->at, n);
    u->at += qsizetype(n);
    return n;
}

/// The baseline: a bare libcurl loop per connection, messages already rendered, nothing recorded.
double rawCurl(const std::vector<NewsletterRenderer::Message> &messages, int port, int connections)
{
    const std::string url = "smtp://127.0.0.1:" + std::to_string(port) + "/relais";
    QElapsedTimer t;
    t.start();
    std::vector<std::thread> threads;
    std::atomic<long> failures{0};
    for (int c = 0; c < connections; ++c) {
        threads.emplace_back([&, c] {
            CURL *curl = curl_easy_init();
            for (std::size_t i = std::size_t(c); i < messages.size(); i += std::size_t(connections)) {
                const auto &m = messages[i];
                const QByteArray from = '<' + m.from + '>';
                const QByteArray to = '<' + m.to + '>';
                curl_slist *rcpt = curl_slist_append(nullptr, to.constData());
                Upload up{&m.bytes, 0};
                curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
                curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
                curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, rcpt);
                curl_easy_setopt(curl, CURLOPT_READFUNCTION, readChunk);
                curl_easy_setopt(curl, CURLOPT_READDATA, &up);
                curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
                curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(m.bytes.size()));
                curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
                if (curl_easy_perform(curl) != CURLE_OK)
                    ++failures;
                curl_slist_free_all(rcpt);
            }
            curl_easy_cleanup(curl);
        });
    }
    for (auto &th : threads)
        th.join();
    if (failures > 0)
        qWarning("raw curl: %ld failures", failures.load());
    return double(messages.size()) / (double(t.nsecsElapsed()) / 1e9);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Args args = parseArgs(app.arguments());
    curl_global_init(CURL_GLOBAL_DEFAULT);
    QTemporaryDir dir;
    const DbSettings settings = DbSettings::sqliteFile(dir.filePath(QStringLiteral("relais.db")));
    const ZoneTree &zones = ZoneTree::france();
    QElapsedTimer t;
    t.start();
    const QString id = seed(settings, args.recipients);
    std::printf("seeded %d contacts in %.1f s\n", args.recipients, double(t.nsecsElapsed()) / 1e9);

    DbExecutor executor(settings, 2, 1);
    QString error;
    if (!executor.start(&error))
        qFatal("%s", qPrintable(error));
    const UserAccess user = benchUser(zones);

    // 1. Audience and queue, then every message claimed and personalised.
    t.restart();
    const auto queued = executor.write([&](Db &db) {
        Transaction tx(db, true);
        OpWriter ops(db);
        const auto r = NewsletterQueue::enqueue(db, ops, user, zones, id, 0, QDateTime::currentMSecsSinceEpoch(),
                                                QStringLiteral("https://relais.example.org"), true);
        ops.finish();
        tx.commit();
        return r;
    });
    const double queueS = double(t.nsecsElapsed()) / 1e9;
    if (queued.error != NewsletterQueue::Error::None || queued.recipients != args.recipients)
        qFatal("enqueue failed: %s (%lld recipients)", qPrintable(queued.message), queued.recipients);
    const QByteArray key = executor.read([](Db &db) { return OrgSettings::linkKey(db); });
    const LinkSigner signer(key);
    const auto snapshot = executor.read([&](Db &db) { return NewsletterQueue::active(db); }).value(0).second;
    t.restart();
    const NewsletterRenderer renderer(id, snapshot, signer, zones);
    qint64 bytes = 0;
    qint64 claimNs = 0;
    qint64 rendered = 0;
    QList<NewsletterQueue::Claim> all; // for the raw baseline, rendered again outside the timed part
    all.reserve(args.recipients);
    // Rendering runs on as many threads as the sender has connections (bounded by the cores), as it does there.
    const int renderThreads = std::max(1, std::min(args.connections, QThread::idealThreadCount()));
    while (true) {
        QElapsedTimer ct;
        ct.start();
        auto claims = executor.write([&](Db &db) {
            Transaction tx(db, true);
            auto c = NewsletterQueue::claim(db, id, 500, QDateTime::currentMSecsSinceEpoch());
            tx.commit();
            return c;
        });
        if (claims.isEmpty())
            break;
        executor.read([&](Db &db) { NewsletterQueue::loadContacts(db, claims); });
        claimNs += ct.nsecsElapsed();
        std::vector<std::thread> pool;
        std::atomic<qint64> batchBytes{0};
        std::atomic<qint64> batchCount{0};
        for (int w = 0; w < renderThreads; ++w) {
            pool.emplace_back([&, w] {
                for (qsizetype i = w; i < claims.size(); i += renderThreads) {
                    const auto &c = claims.at(i);
                    // As a sending thread does: check consent, render, hand the bytes to libcurl, drop them.
                    const QJsonObject contact = c.consentingContact();
                    if (contact.isEmpty())
                        continue;
                    batchBytes += renderer.render(c.contactId, c.email, contact).bytes.size();
                    ++batchCount;
                }
            });
        }
        for (auto &th : pool)
            th.join();
        bytes += batchBytes;
        rendered += batchCount;
        all += claims;
    }
    const double renderS = double(t.nsecsElapsed()) / 1e9;
    if (rendered != args.recipients)
        qFatal("rendered %lld messages of %d", rendered, args.recipients);
    std::vector<NewsletterRenderer::Message> messages;
    messages.reserve(std::size_t(args.recipients));
    for (const auto &c : std::as_const(all))
        messages.push_back(renderer.render(c.contactId, c.email, c.consentingContact()));
    all.clear();
    report("recipients", args.recipients, "recipients");
    report("queue_s", queueS, "s");
    report("render_s", renderS, "s");
    report("claim_s", double(claimNs) / 1e9, "s");
    report("render_threads", renderThreads, "threads");
    report("render_queue_s", queueS + renderS, "s");
    report("message_kb", double(bytes) / double(rendered) / 1024.0, "KiB");

    // 2. The real sender, throttle off, to the sink. The rows go back to the queue first.
    executor.write([&](Db &db) {
        db.exec(QStringLiteral("UPDATE newsletter_recipients SET status = 'queued', attempts = 0 WHERE newsletter_id = ?"), {id});
    });
    SmtpCountingSink sink;
    if (!sink.start())
        qFatal("the SMTP sink cannot listen");
    LiveHub hub;
    CampaignSender::Settings s;
    s.smtp.url = QStringLiteral("smtp://127.0.0.1:%1").arg(sink.port());
    s.smtp.requireTls = false;
    s.publicUrl = QStringLiteral("https://relais.example.org");
    s.messagesPerSecond = 0;
    s.connections = args.connections;
    s.pollMs = 20;
    CampaignSender sender(executor, hub, zones, s);
    t.restart();
    sender.start();
    sender.wake();
    while (executor.read([&](Db &db) {
        return db.scalar(QStringLiteral("SELECT status FROM newsletter_sends WHERE newsletter_id = ?"), {id}).toString();
    }) != QLatin1String("sent"))
        QThread::msleep(20);
    const double ours = double(args.recipients) / (double(t.nsecsElapsed()) / 1e9);
    sender.stop();
    if (sink.messages() != args.recipients)
        qFatal("the sink received %lld messages of %d", sink.messages(), args.recipients);
    const double cpu = cpuSeconds();

    // 3. The same messages through a bare libcurl loop.
    const double raw = rawCurl(messages, sink.port(), args.connections);
    if (sink.messages() != 2LL * args.recipients)
        qFatal("raw curl delivered %lld messages of %d", sink.messages() - args.recipients, args.recipients);
    report("smtp_msgs_per_s", ours, "msg/s");
    report("raw_curl_msgs_per_s", raw, "msg/s");
    report("ratio_vs_raw_curl", ours / raw, "ratio");
    report("connections", args.connections, "connections");
    report("cpu_s_until_raw", cpu, "s");
    report("peak_rss_mb", peakRssMb(), "MiB");
    executor.stop();
    sink.stop();
    return 0;
}
