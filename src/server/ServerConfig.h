#pragma once

#include <QString>
#include <QStringList>

namespace relais::server {

/// The settings kept in DIR/server.json by `relais-server init`; command line options override them.
struct ServerConfig {
    QString dataDir;
    QString database;                              ///< empty: the SQLite file DIR/relais.db
    QString listen = QStringLiteral("127.0.0.1:8443");
    int httpThreads = 600;                         ///< one per connected client (keep-alive, long-poll)
    int dbThreads = 8;                             ///< database connections for reads
    qint64 maxBodyBytes = 32 * 1024 * 1024;
    QString certFile = QStringLiteral("cert.pem");
    QString keyFile = QStringLiteral("key.pem");
    /// How recipients reach this server (unsubscribe and tracking links); empty: https://LISTEN.
    QString publicUrl;
    /// Addresses of reverse proxies in front of the server whose X-Forwarded-For header is believed for
    /// per-address rate limits (public forms, logins); empty: the peer's address counts.
    QStringList trustedProxies;
    /// The organisation's SMTP relay for newsletters; empty: newsletters cannot be sent. The password may come
    /// from the environment (RELAIS_SMTP_PASSWORD) instead of this file.
    QString smtpUrl;
    QString smtpUsername;
    QString smtpPassword;
    bool smtpRequireTls = true;
    double smtpMessagesPerSecond = 50;
    int smtpConnections = 2;
    int smtpTimeoutSeconds = 30;
    int smtpRetrySeconds = 60;
    /// The sender of the server's own e-mails (petition confirmations); empty: "Relais <noreply@PUBLIC-HOST>".
    QString mailFrom;
    /// Petitions: how long a confirmation link works, and how many signatures one client address may send per
    /// window (the public form's rate limit).
    qint64 petitionConfirmTtlSeconds = 7 * 24 * 3600;
    int petitionSignsPerAddress = 30;
    int petitionSignWindowSeconds = 600;
    /// Proxy votes: submissions per client address per window on the public forms, and how often the server
    /// looks for matches to remind (a proposal unanswered for 48 hours, an acceptance unconfirmed for 72).
    int proxySubmitsPerAddress = 30;
    int proxyReminderCheckSeconds = 300;

    QString configPath() const;
    QString certPath() const;
    QString keyPath() const;
    QString sqlitePath() const;

    static bool exists(const QString &dataDir);
    static bool load(const QString &dataDir, ServerConfig *out, QString *error);
    bool save(QString *error) const;
};

} // namespace relais::server
