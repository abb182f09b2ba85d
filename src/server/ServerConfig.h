#pragma once

#include <QString>

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

    QString configPath() const;
    QString certPath() const;
    QString keyPath() const;
    QString sqlitePath() const;

    static bool exists(const QString &dataDir);
    static bool load(const QString &dataDir, ServerConfig *out, QString *error);
    bool save(QString *error) const;
};

} // namespace relais::server
