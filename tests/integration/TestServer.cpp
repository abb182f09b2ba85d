#include "TestServer.h"

#include <QJsonDocument>

#include <QFile>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>

#include <csignal>

namespace relais::test {

TestServer::TestServer()
    : m_databaseUrl(qEnvironmentVariable("RELAIS_TEST_PG_URL"))
{
}

TestServer::~TestServer()
{
    if (isRunning())
        stop();
}

QString TestServer::serverBinary()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/../bin/relais-server");
}

QString TestServer::certificatePath() const
{
    return m_dir.filePath(QStringLiteral("cert.pem"));
}

QStringList TestServer::databaseArgs() const
{
    QStringList a{QStringLiteral("--data"), m_dir.path()};
    if (!m_databaseUrl.isEmpty())
        a << QStringLiteral("--database") << m_databaseUrl;
    return a;
}

bool TestServer::resetPostgres()
{
    // Each test starts from an empty database: drop every table of the public schema.
    const QUrl u(m_databaseUrl);
    const QString name = QStringLiteral("testserver-reset");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setUserName(u.userName());
        db.setDatabaseName(u.path().mid(1));
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("DROP SCHEMA public CASCADE")) && q.exec(QStringLiteral("CREATE SCHEMA public"));
            if (!ok)
                m_error = QStringLiteral("cannot reset the test database");
        } else {
            m_error = QStringLiteral("cannot reach the test database: ") + m_databaseUrl;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QByteArray TestServer::admin(const QStringList &args, const QByteArray &stdinData, bool *ok)
{
    QProcess p;
    p.start(serverBinary(), QStringList(args) << databaseArgs());
    p.write(stdinData);
    p.closeWriteChannel();
    const bool finished = p.waitForFinished(60000);
    const bool good = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!good)
        m_error = QString::fromUtf8(args.join(u' ').toUtf8() + " failed: " + p.readAllStandardError());
    if (ok)
        *ok = good;
    return p.readAllStandardOutput();
}

bool TestServer::start()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    if (!m_initialised) {
        if (!m_databaseUrl.isEmpty() && !resetPostgres())
            return false;
        bool ok = false;
        const QByteArray out = admin({QStringLiteral("init")}, {}, &ok);
        if (!ok)
            return false;
        const auto m = QRegularExpression(QStringLiteral("admin password: (\\S+)")).match(QString::fromUtf8(out));
        if (!m.hasMatch()) {
            m_error = QStringLiteral("init printed no admin password");
            return false;
        }
        m_adminPassword = m.captured(1);
        m_initialised = true;
    }
    if (!writeConfigValues())
        return false;
    m_serve = std::make_unique<QProcess>();
    m_serve->setProcessChannelMode(QProcess::SeparateChannels);
    // Keep the port across restarts so clients reconnect to the same URL.
    const QString listen = QStringLiteral("127.0.0.1:") + QString::number(m_port);
    m_serve->start(serverBinary(), QStringList{QStringLiteral("serve"), QStringLiteral("--listen"), listen} << databaseArgs());
    if (!m_serve->waitForStarted(10000)) {
        m_error = QStringLiteral("relais-server did not start");
        return false;
    }
    const QRegularExpression ready(QStringLiteral("listening on (https://127\\.0\\.0\\.1:(\\d+))"));
    QByteArray out;
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        m_serve->waitForReadyRead(100);
        out += m_serve->readAllStandardOutput();
        m_log += m_serve->readAllStandardError();
        const auto m = ready.match(QString::fromUtf8(out));
        if (m.hasMatch()) {
            m_url = m.captured(1);
            m_port = m.captured(2).toInt();
            // Drain stderr as it comes so the server never blocks on a full pipe.
            QObject::connect(m_serve.get(), &QProcess::readyReadStandardError, m_serve.get(),
                             [this] { m_log += m_serve->readAllStandardError(); });
            return true;
        }
        if (m_serve->state() == QProcess::NotRunning)
            break;
    }
    m_error = QString::fromUtf8("relais-server serve did not get ready: " + out + m_log);
    return false;
}

bool TestServer::writeConfigValues()
{
    if (m_configValues.isEmpty())
        return true;
    QFile f(QDir(m_dir.path()).filePath(QStringLiteral("server.json")));
    if (!f.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot read server.json");
        return false;
    }
    QJsonObject config = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    for (auto it = m_configValues.begin(); it != m_configValues.end(); ++it)
        config.insert(it.key(), it.value());
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = QStringLiteral("cannot write server.json");
        return false;
    }
    f.write(QJsonDocument(config).toJson());
    return true;
}

bool TestServer::isRunning() const { return m_serve && m_serve->state() != QProcess::NotRunning; }

void TestServer::kill()
{
    if (!isRunning())
        return;
    ::kill(pid_t(m_serve->processId()), SIGKILL);
    m_serve->waitForFinished(10000);
}

int TestServer::stop()
{
    if (!isRunning())
        return m_serve ? m_serve->exitCode() : -1;
    m_serve->terminate();
    if (!m_serve->waitForFinished(20000)) {
        m_serve->kill();
        m_serve->waitForFinished(5000);
        return -1;
    }
    m_log += m_serve->readAllStandardError();
    return m_serve->exitStatus() == QProcess::NormalExit ? m_serve->exitCode() : -1;
}

QStringList TestServer::query(const QString &sql, const QVariantList &binds)
{
    const QString name = QStringLiteral("testserver-query");
    QStringList out;
    {
        QSqlDatabase db;
        if (m_databaseUrl.isEmpty()) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_dir.filePath(QStringLiteral("relais.db")));
        } else {
            const QUrl u(m_databaseUrl);
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(u.host());
            db.setPort(u.port(5432));
            db.setUserName(u.userName());
            db.setDatabaseName(u.path().mid(1));
        }
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(sql);
            for (const QVariant &v : binds)
                q.addBindValue(v);
            if (q.exec()) {
                while (q.next())
                    out << (q.value(0).isNull() ? QString() : q.value(0).toString());
            } else {
                m_error = QStringLiteral("query failed: ") + sql;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

bool TestServer::addUser(const QString &username, const QString &password, const QString &role, const QString &zone)
{
    bool ok = false;
    admin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--username"), username,
           QStringLiteral("--password-stdin")},
          password.toUtf8() + '\n', &ok);
    if (!ok || zone.isEmpty())
        return ok;
    admin({QStringLiteral("role"), QStringLiteral("grant"), QStringLiteral("--username"), username,
           QStringLiteral("--zone"), zone, QStringLiteral("--role"), role},
          {}, &ok);
    return ok;
}

} // namespace relais::test
