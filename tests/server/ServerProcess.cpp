#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <csignal>
#include <sys/prctl.h>

namespace relais::test {

namespace {

/// Runs one statement on the maintenance connection of the cluster named by `url`.
bool execOnCluster(const QString &url, const QString &sql, QString *error)
{
    const QUrl u(url);
    const QString name = QStringLiteral("serverprocess-admin");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        QUrlQuery query(u);
        const QString host = query.hasQueryItem(QStringLiteral("host")) ? query.queryItemValue(QStringLiteral("host"))
                                                                          : u.host();
        if (!host.isEmpty())
            db.setHostName(host);
        if (u.port() > 0)
            db.setPort(u.port());
        if (!u.userName().isEmpty())
            db.setUserName(u.userName());
        if (!u.password().isEmpty())
            db.setPassword(u.password());
        db.setDatabaseName(QStringLiteral("postgres"));
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                *error = q.lastError().text();
        } else {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

QString ServerProcess::binary() { return QStringLiteral(RELAIS_SERVER_BINARY); }

ServerProcess::ServerProcess(QString postgresUrl) : m_postgresUrl(std::move(postgresUrl)) {}

ServerProcess::~ServerProcess()
{
    if (isRunning())
        stop();
    dropDatabase();
}

bool ServerProcess::createDatabase()
{
    m_databaseName = QStringLiteral("relais_srv_%1").arg(QRandomGenerator::global()->generate64() % 1000000000000ULL);
    if (!execOnCluster(m_postgresUrl, QStringLiteral("CREATE DATABASE ") + m_databaseName, &m_error)) {
        m_error = QStringLiteral("cannot create a test database: ") + m_error;
        m_databaseName.clear();
        return false;
    }
    QUrl u(m_postgresUrl);
    u.setPath(u'/' + m_databaseName);
    m_databaseUrl = u.toString();
    return true;
}

void ServerProcess::dropDatabase()
{
    if (m_databaseName.isEmpty())
        return;
    QString error;
    execOnCluster(m_postgresUrl, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_databaseName), &error);
    m_databaseName.clear();
}

QByteArray ServerProcess::cli(const QStringList &args, const QByteArray &stdinData, int *exitCode)
{
    QProcess p;
    p.start(binary(), QStringList(args) << QStringLiteral("--data") << m_dir.path());
    p.write(stdinData);
    p.closeWriteChannel();
    const bool finished = p.waitForFinished(60000);
    const int code = finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    if (code != 0)
        m_error = QString::fromUtf8(args.join(u' ').toUtf8() + " failed: " + p.readAllStandardError());
    if (exitCode)
        *exitCode = code;
    return p.readAllStandardOutput();
}

bool ServerProcess::init()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    if (!m_postgresUrl.isEmpty() && !createDatabase())
        return false;
    QStringList args{QStringLiteral("init")};
    if (!m_databaseUrl.isEmpty())
        args << QStringLiteral("--database") << m_databaseUrl;
    int code = 0;
    const QByteArray out = cli(args, {}, &code);
    if (code != 0)
        return false;
    const auto m = QRegularExpression(QStringLiteral("^admin password: (\\S+)$"), QRegularExpression::MultilineOption)
                       .match(QString::fromUtf8(out));
    if (!m.hasMatch()) {
        m_error = QStringLiteral("init printed no admin password");
        return false;
    }
    m_adminPassword = m.captured(1);
    return true;
}

bool ServerProcess::start()
{
    m_serve = std::make_unique<QProcess>();
    // The log goes to a file: a pipe nobody drains while a test blocks would fill up.
    m_serve->setStandardErrorFile(m_dir.filePath(QStringLiteral("serve.log")), QIODevice::Append);
    // If this test dies, the server gets SIGTERM instead of living on as an orphan.
    m_serve->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    const QString listen = QStringLiteral("127.0.0.1:%1").arg(m_port);
    m_serve->start(binary(), {QStringLiteral("serve"), QStringLiteral("--data"), m_dir.path(), QStringLiteral("--listen"),
                              listen, QStringLiteral("--threads"), QString::number(m_httpThreads)});
    if (!m_serve->waitForStarted(10000)) {
        m_error = QStringLiteral("relais-server did not start");
        return false;
    }
    const QRegularExpression ready(QStringLiteral("listening on https://127\\.0\\.0\\.1:(\\d+)"));
    QByteArray out;
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        m_serve->waitForReadyRead(50);
        out += m_serve->readAllStandardOutput();
        const auto m = ready.match(QString::fromUtf8(out));
        if (m.hasMatch()) {
            m_port = m.captured(1).toInt();
            return true;
        }
        if (m_serve->state() == QProcess::NotRunning)
            break;
    }
    m_error = QString::fromUtf8("serve did not get ready: " + out + log());
    return false;
}

std::unique_ptr<QProcess> ServerProcess::spawnInstance(int *port, const QString &logName)
{
    auto p = std::make_unique<QProcess>();
    p->setStandardErrorFile(m_dir.filePath(logName), QIODevice::Append);
    p->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    p->start(binary(), {QStringLiteral("serve"), QStringLiteral("--data"), m_dir.path(), QStringLiteral("--listen"),
                        QStringLiteral("127.0.0.1:0"), QStringLiteral("--threads"), QStringLiteral("16")});
    if (!p->waitForStarted(10000))
        return nullptr;
    const QRegularExpression ready(QStringLiteral("listening on https://127\\.0\\.0\\.1:(\\d+)"));
    QByteArray out;
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && p->state() != QProcess::NotRunning) {
        p->waitForReadyRead(50);
        out += p->readAllStandardOutput();
        const auto m = ready.match(QString::fromUtf8(out));
        if (m.hasMatch()) {
            *port = m.captured(1).toInt();
            return p;
        }
    }
    return nullptr;
}

QByteArray ServerProcess::log()
{
    QFile f(m_dir.filePath(QStringLiteral("serve.log")));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

qint64 ServerProcess::pid() const { return m_serve ? m_serve->processId() : 0; }

bool ServerProcess::isRunning() const { return m_serve && m_serve->state() != QProcess::NotRunning; }

int ServerProcess::stop()
{
    if (!isRunning())
        return -1;
    ::kill(pid_t(m_serve->processId()), SIGTERM);
    m_serve->waitForFinished(30000);
    if (m_serve->state() != QProcess::NotRunning) {
        m_serve->kill();
        m_serve->waitForFinished(5000);
        return -1;
    }
    return m_serve->exitStatus() == QProcess::NormalExit ? m_serve->exitCode() : -1;
}

bool ServerProcess::addUser(const QString &username, const QString &password, const QString &role, const QString &zone)
{
    int code = 0;
    cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--username"), username,
         QStringLiteral("--password-stdin")},
        password.toUtf8() + '\n', &code);
    if (code != 0 || role.isEmpty())
        return code == 0;
    cli({QStringLiteral("role"), QStringLiteral("grant"), QStringLiteral("--username"), username, QStringLiteral("--zone"),
         zone, QStringLiteral("--role"), role},
        {}, &code);
    return code == 0;
}

// ---------------------------------------------------------------------------------------------------------------

QString ApiClient::Reply::header(const char *name) const
{
    const auto it = headers.find(name);
    return it == headers.end() ? QString() : QString::fromStdString(it->second);
}

ApiClient::ApiClient(int port, const QString &caPath) : m_client("127.0.0.1", port)
{
    m_client.set_ca_cert_path(caPath.toStdString().c_str());
    m_client.enable_server_certificate_verification(true);
    m_client.set_read_timeout(45, 0);
    m_client.set_write_timeout(30, 0);
    m_client.set_connection_timeout(5, 0);
    m_client.set_keep_alive(true);
    m_client.set_tcp_nodelay(true);
}

httplib::Headers ApiClient::auth(const QString &token) const
{
    httplib::Headers h;
    if (!token.isEmpty())
        h.emplace("Authorization", "Bearer " + token.toStdString());
    return h;
}

ApiClient::Reply ApiClient::reply(const httplib::Result &r) const
{
    Reply out;
    if (!r) {
        out.status = -int(r.error());
        return out;
    }
    out.status = r->status;
    out.headers = r->headers;
    out.body = QByteArray::fromStdString(r->body);
    out.json = QJsonDocument::fromJson(out.body).object();
    return out;
}

ApiClient::Reply ApiClient::get(const QString &path, const QString &token)
{
    return reply(m_client.Get(path.toStdString().c_str(), auth(token)));
}

ApiClient::Reply ApiClient::post(const QString &path, const QJsonObject &body, const QString &token)
{
    return postRaw(path, QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(), token);
}

ApiClient::Reply ApiClient::postRaw(const QString &path, const std::string &body, const QString &token)
{
    return reply(m_client.Post(path.toStdString().c_str(), auth(token), body, "application/json"));
}

ApiClient::Reply ApiClient::del(const QString &path, const QString &token)
{
    return reply(m_client.Delete(path.toStdString().c_str(), auth(token)));
}

QJsonObject ApiClient::login(const QString &username, const QString &password)
{
    const Reply r = post(QStringLiteral("/api/v1/auth/login"),
                         {{QStringLiteral("username"), username},
                          {QStringLiteral("password"), password},
                          {QStringLiteral("client_name"), QStringLiteral("tst_server")}});
    return r.status == 200 ? r.json : QJsonObject();
}

QString ApiClient::token(const QString &username, const QString &password)
{
    return login(username, password).value(QLatin1String("access_token")).toString();
}

QJsonObject ApiClient::Pull::fullCheckpoint() const
{
    for (const QJsonObject &l : lines) {
        const QJsonObject cp = l.value(QLatin1String("checkpoint")).toObject();
        if (cp.value(QLatin1String("complete")).toBool())
            return cp;
    }
    return {};
}

QList<QJsonObject> ApiClient::Pull::ops() const
{
    QList<QJsonObject> out;
    for (const QJsonObject &l : lines)
        if (l.contains(QLatin1String("op_id")))
            out << l;
    return out;
}

ApiClient::Pull ApiClient::pull(const QString &token, const QJsonObject &cursors, int wait, bool gzip,
                                const QString &clientId)
{
    httplib::Headers h = auth(token);
    if (gzip)
        h.emplace("Accept-Encoding", "gzip");
    const QJsonObject body{{QStringLiteral("client_id"), clientId},
                           {QStringLiteral("buckets"), cursors},
                           {QStringLiteral("wait"), wait}};
    QElapsedTimer timer;
    timer.start();
    const auto r = m_client.Post("/api/v1/sync/pull", h, QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(),
                                 "application/json");
    Pull p;
    p.elapsedMs = timer.elapsed();
    if (!r) {
        p.status = -int(r.error());
        return p;
    }
    p.status = r->status;
    p.contentEncoding = QString::fromStdString(r->get_header_value("Content-Encoding"));
    const QList<QByteArray> lines = QByteArray::fromStdString(r->body).split('\n');
    for (const QByteArray &l : lines)
        if (!l.isEmpty())
            p.lines << QJsonDocument::fromJson(l).object();
    return p;
}

} // namespace relais::test
