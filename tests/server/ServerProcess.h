#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <httplib.h>

#include <memory>

namespace relais::test {

/// The real relais-server binary for these tests: `init` in a temporary directory, `serve` on 127.0.0.1:0
/// over TLS. With a PostgreSQL URL, a fresh database is created in that cluster for this server and dropped
/// afterwards, so each run starts empty.
class ServerProcess
{
public:
    explicit ServerProcess(QString postgresUrl = {});
    ~ServerProcess();

    bool init();
    void setHttpThreads(int n) { m_httpThreads = n; }
    bool start();
    /// Another `serve` on the same data directory and database (several instances behind one PostgreSQL).
    /// Its port in *port; nullptr if it does not get ready.
    std::unique_ptr<QProcess> spawnInstance(int *port, const QString &logName = QStringLiteral("serve2.log"));
    /// SIGTERM and wait; the exit code (-1 if it had to be killed or crashed).
    int stop();
    bool isRunning() const;

    int port() const { return m_port; }
    QString adminPassword() const { return m_adminPassword; }
    QString dataDir() const { return m_dir.path(); }
    QString certPath() const { return m_dir.filePath(QStringLiteral("cert.pem")); }
    QString databaseUrl() const { return m_databaseUrl; }
    QString error() const { return m_error; }
    QByteArray log();
    qint64 pid() const;

    /// relais-server <args> --data DIR; returns stdout, *exitCode.
    QByteArray cli(const QStringList &args, const QByteArray &stdinData = {}, int *exitCode = nullptr);
    bool addUser(const QString &username, const QString &password, const QString &role = {}, const QString &zone = {});

    static QString binary();

private:
    bool createDatabase();
    void dropDatabase();

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_serve;
    QString m_postgresUrl;
    QString m_databaseUrl;
    QString m_databaseName;
    QString m_adminPassword;
    QString m_error;
    int m_port = 0;
    int m_httpThreads = 64;
};

/// A TLS client of the API (the server's own certificate is the trust anchor).
class ApiClient
{
public:
    struct Reply {
        int status = 0;
        QJsonObject json;
        QByteArray body;
        httplib::Headers headers;
        QString header(const char *name) const;
    };

    ApiClient(int port, const QString &caPath);

    Reply get(const QString &path, const QString &token = {});
    Reply post(const QString &path, const QJsonObject &body, const QString &token = {});
    Reply postRaw(const QString &path, const std::string &body, const QString &token = {});
    Reply del(const QString &path, const QString &token = {});
    /// {"access_token", ...} or empty on failure.
    QJsonObject login(const QString &username, const QString &password);
    QString token(const QString &username, const QString &password);

    /// A pull; its NDJSON lines parsed. `gzip` asks for compression.
    struct Pull {
        int status = 0;
        QList<QJsonObject> lines;
        QString contentEncoding;
        qint64 elapsedMs = 0;
        QJsonObject fullCheckpoint() const;
        QList<QJsonObject> ops() const;
    };
    Pull pull(const QString &token, const QJsonObject &cursors, int wait = 0, bool gzip = true,
              const QString &clientId = QStringLiteral("test-client"));

    httplib::SSLClient &raw() { return m_client; }

private:
    httplib::Headers auth(const QString &token) const;
    Reply reply(const httplib::Result &r) const;
    httplib::SSLClient m_client;
};

} // namespace relais::test
