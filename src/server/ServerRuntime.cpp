#include "ServerRuntime.h"

#include "AccessCache.h"
#include "AdminApi.h"
#include "AuthApi.h"
#include "CallApi.h"
#include "AuthService.h"
#include "CampaignSender.h"
#include "ContactApi.h"
#include "Db.h"
#include "DbExecutor.h"
#include "HttpServer.h"
#include "LiveHub.h"
#include "MailOutbox.h"
#include "NewsletterApi.h"
#include "OpLog.h"
#include "OrgSettings.h"
#include "OutboxSender.h"
#include "PetitionApi.h"
#include "PetitionPublicPages.h"
#include "ProxyPublicPages.h"
#include "ProxyWorkflow.h"
#include "ServerClock.h"
#include "PetitionSigning.h"
#include "PgListener.h"
#include "ServerContext.h"
#include "ServerLog.h"
#include "ServerSchema.h"
#include "SyncApi.h"
#include "SyncService.h"
#include "ZoneTree.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUrl>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <algorithm>
#include <pthread.h>
#include <thread>

namespace relais::server {

namespace {

bool parseListen(const QString &listen, QString *host, int *port)
{
    const qsizetype colon = listen.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    *host = listen.left(colon);
    if (host->startsWith(u'[') && host->endsWith(u']'))
        *host = host->mid(1, host->size() - 2);
    bool ok = false;
    *port = listen.mid(colon + 1).toInt(&ok);
    return ok && *port >= 0 && *port <= 65535;
}

int fail(const QString &message)
{
    ServerLog::error("startup_failed", {{QStringLiteral("message"), message}});
    std::fprintf(stderr, "relais-server: %s\n", message.toUtf8().constData());
    return 1;
}

SmtpSender::Settings smtpSettings(const ServerConfig &config)
{
    SmtpSender::Settings s;
    s.url = config.smtpUrl;
    s.username = config.smtpUsername;
    const QByteArray envPassword = qgetenv("RELAIS_SMTP_PASSWORD");
    s.password = envPassword.isEmpty() ? config.smtpPassword : QString::fromUtf8(envPassword);
    s.requireTls = config.smtpRequireTls;
    s.timeoutSeconds = config.smtpTimeoutSeconds;
    return s;
}

} // namespace

int ServerRuntime::serve(const ServerConfig &config)
{
    QString host;
    int port = 0;
    if (!parseListen(config.listen, &host, &port))
        return fail(QStringLiteral("--listen takes HOST:PORT, for example 127.0.0.1:8443"));

    DbSettings settings;
    QString error;
    if (config.database.isEmpty()) {
        settings = DbSettings::sqliteFile(config.sqlitePath());
    } else {
        const auto parsed = DbSettings::fromUrl(config.database, &error);
        if (!parsed)
            return fail(error);
        settings = *parsed;
    }

    // Signals are taken by one thread with sigwait(): block them before any other thread starts.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    ServerLog::startAsync();
    struct LogFlush {
        ~LogFlush() { ServerLog::stopAsync(); }
    } logFlush;
    {
        Db db(settings);
        if (!db.open(&error))
            return fail(error);
        try {
            if (!ServerSchema::migrate(db, &error))
                return fail(error);
        } catch (const DbError &e) {
            return fail(QString::fromUtf8(e.what()));
        }
    }
    const ZoneTree &zones = ZoneTree::france();

    DbExecutor executor(settings, config.dbThreads, settings.isPostgres() ? 4 : 1);
    if (!executor.start(&error))
        return fail(error);
    LiveHub hub;
    AccessCache access(executor);
    AuthService auth(executor);
    SyncService sync(executor, hub, zones);
    ServerContext context{executor, hub, access, auth, sync, zones};

    if (!settings.isPostgres()) {
        // SQLite: this process is the only writer; the hub starts from the committed state and follows commits.
        try {
            QHash<QString, BucketState> heads;
            const qint64 x = executor.read([&heads](Db &db) { return OpLog::snapshot(db, &heads); });
            hub.reset(heads, x);
        } catch (const DbError &e) {
            return fail(QString::fromUtf8(e.what()));
        }
    }

    std::unique_ptr<PgListener> listener;
    if (settings.isPostgres()) {
        // PostgreSQL: the hub follows NOTIFY; until the listener is in place, pulls plan from the database.
        listener = std::make_unique<PgListener>(settings, hub, access);
        listener->start();
    }

    HttpServer::Options options;
    options.host = host;
    options.port = port;
    options.threads = config.httpThreads;
    options.maxBodyBytes = config.maxBodyBytes;
    options.certPath = config.certPath();
    options.keyPath = config.keyPath();
    options.trustedProxies = config.trustedProxies;
    HttpServer http(context, options);
    AuthApi::registerRoutes(http, context);
    SyncApi::registerRoutes(http, context);
    ContactApi::registerRoutes(http, context);
    AdminApi::registerRoutes(http, context);
    NewsletterApi::registerRoutes(http, context);
    NewsletterPublicPages::registerRoutes(http, context);
    PetitionApi::registerRoutes(http, context);
    CallApi::registerRoutes(http, context);

    // Petitions: confirmation e-mails go through the outbox, delivered by their own thread when a relay is set.
    PetitionPublicPages::Options petitions;
    std::unique_ptr<OutboxSender> outbox;
    try {
        petitions.linkKey = executor.write([](Db &db) { return OrgSettings::linkKey(db); });
    } catch (const DbError &e) {
        return fail(QString::fromUtf8(e.what()));
    }
    const SmtpSender::Settings smtp = smtpSettings(config);
    if (!config.smtpUrl.isEmpty()) {
        OutboxSender::Settings s;
        s.smtp = smtp;
        s.retryBaseMs = qint64(config.smtpRetrySeconds) * 1000;
        s.staleMs = std::max<qint64>(10 * 1000, qint64(config.smtpTimeoutSeconds) * 4000);
        outbox = std::make_unique<OutboxSender>(executor, s);
        petitions.outbox = outbox.get();
    }
    petitions.signing.ttlSeconds = config.petitionConfirmTtlSeconds;
    petitions.signsPerAddress = config.petitionSignsPerAddress;
    petitions.windowMs = qint64(config.petitionSignWindowSeconds) * 1000;
    if (!http.bind(&error)) {
        if (listener)
            listener->stopListening();
        executor.stop();
        return fail(error);
    }

    // Links name the server's public address, known once the port is bound.
    const QString publicUrl = config.publicUrl.isEmpty() ? QStringLiteral("https://%1:%2").arg(host).arg(http.port())
                                                         : config.publicUrl;
    petitions.signing.publicUrl = publicUrl;
    petitions.signing.mailFrom = config.mailFrom.isEmpty()
        ? QStringLiteral("Relais <noreply@%1>").arg(QUrl(publicUrl).host())
        : config.mailFrom;
    PetitionPublicPages::registerRoutes(http, context, petitions);
    ProxyWorkflow::Settings proxySettings;
    proxySettings.publicUrl = publicUrl;
    proxySettings.mailFrom = petitions.signing.mailFrom;
    proxySettings.linkKey = petitions.linkKey;
    proxySettings.confirmTtlSeconds = config.petitionConfirmTtlSeconds;
    ProxyWorkflow::configure(proxySettings);
    ProxyPublicPages::Options proxyPages;
    proxyPages.outbox = outbox.get();
    proxyPages.submitsPerAddress = config.proxySubmitsPerAddress;
    proxyPages.windowMs = qint64(config.petitionSignWindowSeconds) * 1000;
    ProxyPublicPages::registerRoutes(http, context, proxyPages);
    if (outbox)
        outbox->start();

    // Newsletters: the sending threads start once the server listens.
    std::unique_ptr<CampaignSender> newsletters;
    if (!config.smtpUrl.isEmpty()) {
        CampaignSender::Settings s;
        s.smtp = smtp;
        s.publicUrl = publicUrl;
        s.messagesPerSecond = config.smtpMessagesPerSecond;
        s.connections = std::clamp(config.smtpConnections, 1, 32);
        s.retryBaseMs = qint64(config.smtpRetrySeconds) * 1000;
        s.staleMs = std::max<qint64>(10 * 1000, qint64(config.smtpTimeoutSeconds) * 4000);
        newsletters = std::make_unique<CampaignSender>(executor, hub, zones, s);
        try {
            newsletters->start();
        } catch (const DbError &e) {
            return fail(QString::fromUtf8(e.what()));
        }
        context.newsletters = newsletters.get();
    }

    std::atomic<bool> done{false};
    std::thread signalThread([&] {
        const timespec tick{0, 200 * 1000 * 1000};
        auto nextSweep = std::chrono::steady_clock::now() + std::chrono::minutes(1);
        auto nextReminders = std::chrono::steady_clock::now() + std::chrono::seconds(config.proxyReminderCheckSeconds);
        while (!done.load()) {
            siginfo_t info;
            const int sig = sigtimedwait(&stopSignals, &info, &tick);
            if (std::chrono::steady_clock::now() >= nextSweep) {
                // Housekeeping: sessions past their refresh expiry, or revoked a day ago, go.
                nextSweep = std::chrono::steady_clock::now() + std::chrono::minutes(10);
                const qint64 confirmTtlMs = config.petitionConfirmTtlSeconds * 1000;
                executor.writeAsync([confirmTtlMs](Db &db) {
                    const qint64 now = QDateTime::currentMSecsSinceEpoch();
                    try {
                        db.exec(QStringLiteral("DELETE FROM sessions WHERE refresh_expires < ? OR (revoked = 1 AND created_at < ?)"),
                                {now, now - 24LL * 3600 * 1000});
                        // Pending signatures whose link expired, and e-mails delivered a month ago, hold personal data.
                        PetitionSigning::sweep(db, now, confirmTtlMs);
                        MailOutbox::purge(db, now - 30LL * 24 * 3600 * 1000);
                    } catch (const DbError &e) {
                        ServerLog::warn("session_sweep_failed", {{QStringLiteral("message"), QString::fromUtf8(e.what())}});
                    }
                });
            }
            if (std::chrono::steady_clock::now() >= nextReminders) {
                // Proxy votes: proposals unanswered and acceptances unconfirmed for long enough get their reminder.
                nextReminders = std::chrono::steady_clock::now() + std::chrono::seconds(config.proxyReminderCheckSeconds);
                try {
                    writeWithOps(executor, hub, [](Db &db, OpWriter &ops) {
                        ProxyWorkflow::sendReminders(db, ops, ServerClock::nowMs());
                        ProxyWorkflow::sweepPending(db, ServerClock::nowMs());
                        return true;
                    }, false);
                    if (outbox)
                        outbox->wake();
                } catch (const DbError &e) {
                    ServerLog::warn("proxy_reminders_failed", {{QStringLiteral("message"), QString::fromUtf8(e.what())}});
                }
            }
            if (sig != SIGTERM && sig != SIGINT)
                continue;
            ServerLog::info("shutdown", {{QStringLiteral("signal"), sig == SIGTERM ? QStringLiteral("SIGTERM")
                                                                                     : QStringLiteral("SIGINT")},
                                         {QStringLiteral("waiting_pulls"), hub.waiterCount()}});
            hub.shutdown(); // long-polls answer now
            http.stop();    // stop accepting; idle keep-alive connections end
            return;
        }
    });

    ServerLog::info("listening", {{QStringLiteral("port"), http.port()},
                                  {QStringLiteral("database"), settings.kindName()},
                                  {QStringLiteral("http_threads"), config.httpThreads},
                                  {QStringLiteral("db_threads"), config.dbThreads}});
    std::printf("listening on https://%s:%d\n", host.toUtf8().constData(), http.port());
    std::fflush(stdout);

    http.run();

    done = true;
    hub.shutdown();
    signalThread.join();
    if (newsletters)
        newsletters->stop(); // the message in hand is finished and recorded; untried rows go back to the queue
    if (outbox)
        outbox->stop();
    if (listener)
        listener->stopListening();
    executor.stop();
    ServerLog::info("stopped");
    return 0;
}

} // namespace relais::server
