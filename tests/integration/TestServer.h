#pragma once

#include <QJsonObject>

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QVariantList>

#include <memory>

namespace relais::test {

/// A real relais-server for integration tests: `init` in a temporary data directory, then `serve` over TLS
/// on 127.0.0.1 and a free port. The database is the embedded SQLite one, or PostgreSQL when the
/// environment names one (RELAIS_TEST_PG_URL, set by tests/with-postgres.sh), emptied first.
class TestServer
{
public:
    TestServer();
    ~TestServer();

    /// init (once) + serve; false with a message in error() if either fails.
    bool start();
    /// SIGKILL, as a crash would.
    void kill();
    /// SIGTERM and wait for a clean exit; returns the exit code.
    int stop();
    bool isRunning() const;

    QString url() const { return m_url; }             ///< https://127.0.0.1:PORT
    QString adminPassword() const { return m_adminPassword; }
    QString dataDir() const { return m_dir.path(); }
    QString certificatePath() const;                   ///< PEM of the self-signed certificate
    QString databaseUrl() const { return m_databaseUrl; }
    QString error() const { return m_error; }
    QByteArray log() const { return m_log; }           ///< everything serve wrote on stderr

    /// `relais-server <args...> --data DIR [--database URL]`; stdin written then closed. Returns stdout.
    QByteArray admin(const QStringList &args, const QByteArray &stdinData = {}, bool *ok = nullptr);
    /// Creates a user with a password and grants them a role on a zone ("" zone: no grant).
    bool addUser(const QString &username, const QString &password, const QString &role, const QString &zone);

    /// Runs one read-only query on the server's database (SQLite file or PostgreSQL) and returns the
    /// first column of every row, as strings (NULL as a null QString): to check what the server stores.
    QStringList query(const QString &sql, const QVariantList &binds = {});

    static QString serverBinary();
    /// Keys merged into server.json before each serve (for example {"smtp": {...}}).
    void setConfigValues(const QJsonObject &values) { m_configValues = values; }

private:
    bool resetPostgres();
    QStringList databaseArgs() const;

    bool writeConfigValues();
    QJsonObject m_configValues;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_serve;
    QString m_databaseUrl;
    QString m_url;
    QString m_adminPassword;
    QString m_error;
    QByteArray m_log;
    int m_port = 0;
    bool m_initialised = false;
};

} // namespace relais::test
