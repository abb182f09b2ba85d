#pragma once

#include <QString>

#include <optional>

namespace relais::server {

enum class SqlDialect { Sqlite, Postgres };

/// Where the server's database lives: an SQLite file (the embedded default) or a PostgreSQL database.
struct DbSettings {
    SqlDialect dialect = SqlDialect::Sqlite;
    QString sqlitePath;  ///< SQLite: the database file
    QString host;        ///< PostgreSQL: host name, or a socket directory (starts with '/'); empty = libpq default
    int port = -1;
    QString name;        ///< PostgreSQL database name
    QString user;
    QString password;
    QString options;     ///< QPSQL connect options ("sslmode=require;connect_timeout=5")

    bool isPostgres() const { return dialect == SqlDialect::Postgres; }
    /// "sqlite" or "postgresql": for logs (never the password, host or file path).
    QString kindName() const;

    static DbSettings sqliteFile(const QString &path);
    /// postgresql://user[:password]@host[:port]/db[?host=/socket/dir&port=N&user=U&sslmode=M&connect_timeout=S]
    /// (also postgres://), or sqlite:///absolute/path.db. Empty optional and *error on anything else.
    static std::optional<DbSettings> fromUrl(const QString &url, QString *error);
};

} // namespace relais::server
