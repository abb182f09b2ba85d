#include "ServerConfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace relais::server {

namespace {
QString inDir(const QString &dir, const QString &file)
{
    return QFileInfo(file).isAbsolute() ? file : QDir(dir).filePath(file);
}
} // namespace

QString ServerConfig::configPath() const { return QDir(dataDir).filePath(QStringLiteral("server.json")); }
QString ServerConfig::certPath() const { return inDir(dataDir, certFile); }
QString ServerConfig::keyPath() const { return inDir(dataDir, keyFile); }
QString ServerConfig::sqlitePath() const { return QDir(dataDir).filePath(QStringLiteral("relais.db")); }

bool ServerConfig::exists(const QString &dataDir)
{
    return QFileInfo::exists(QDir(dataDir).filePath(QStringLiteral("server.json")));
}

bool ServerConfig::load(const QString &dataDir, ServerConfig *out, QString *error)
{
    ServerConfig c;
    c.dataDir = dataDir;
    QFile f(c.configPath());
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1 (run relais-server init --data DIR first)").arg(c.configPath());
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject()) {
        *error = QStringLiteral("%1: %2").arg(c.configPath(), pe.errorString());
        return false;
    }
    const QJsonObject o = doc.object();
    c.database = o.value(QLatin1String("database")).toString();
    c.listen = o.value(QLatin1String("listen")).toString(c.listen);
    c.httpThreads = o.value(QLatin1String("http_threads")).toInt(c.httpThreads);
    c.dbThreads = o.value(QLatin1String("db_threads")).toInt(c.dbThreads);
    c.maxBodyBytes = o.value(QLatin1String("max_body_bytes")).toInteger(c.maxBodyBytes);
    c.certFile = o.value(QLatin1String("cert")).toString(c.certFile);
    c.keyFile = o.value(QLatin1String("key")).toString(c.keyFile);
    c.publicUrl = o.value(QLatin1String("public_url")).toString();
    for (const QJsonValue v : o.value(QLatin1String("trusted_proxies")).toArray())
        c.trustedProxies << v.toString();
    const QJsonObject smtp = o.value(QLatin1String("smtp")).toObject();
    c.smtpUrl = smtp.value(QLatin1String("url")).toString();
    c.smtpUsername = smtp.value(QLatin1String("username")).toString();
    c.smtpPassword = smtp.value(QLatin1String("password")).toString();
    c.smtpRequireTls = smtp.value(QLatin1String("require_tls")).toBool(c.smtpRequireTls);
    c.smtpMessagesPerSecond = smtp.value(QLatin1String("messages_per_second")).toDouble(c.smtpMessagesPerSecond);
    c.smtpConnections = smtp.value(QLatin1String("connections")).toInt(c.smtpConnections);
    c.smtpTimeoutSeconds = smtp.value(QLatin1String("timeout_seconds")).toInt(c.smtpTimeoutSeconds);
    c.smtpRetrySeconds = smtp.value(QLatin1String("retry_seconds")).toInt(c.smtpRetrySeconds);
    c.mailFrom = o.value(QLatin1String("mail_from")).toString();
    const QJsonObject petitions = o.value(QLatin1String("petitions")).toObject();
    c.petitionConfirmTtlSeconds = petitions.value(QLatin1String("confirm_ttl_seconds")).toInteger(c.petitionConfirmTtlSeconds);
    c.petitionSignsPerAddress = petitions.value(QLatin1String("signs_per_address")).toInt(c.petitionSignsPerAddress);
    c.petitionSignWindowSeconds = petitions.value(QLatin1String("sign_window_seconds")).toInt(c.petitionSignWindowSeconds);
    const QJsonObject proxies = o.value(QLatin1String("proxies")).toObject();
    c.proxySubmitsPerAddress = proxies.value(QLatin1String("submits_per_address")).toInt(c.proxySubmitsPerAddress);
    c.proxyReminderCheckSeconds = proxies.value(QLatin1String("reminder_check_seconds")).toInt(c.proxyReminderCheckSeconds);
    if (c.proxySubmitsPerAddress < 1 || c.proxyReminderCheckSeconds < 1) {
        *error = QStringLiteral("%1: proxies.submits_per_address and reminder_check_seconds must be positive").arg(c.configPath());
        return false;
    }
    if (c.petitionConfirmTtlSeconds < 1 || c.petitionSignsPerAddress < 1 || c.petitionSignWindowSeconds < 1) {
        *error = QStringLiteral("%1: petitions.confirm_ttl_seconds, signs_per_address and sign_window_seconds must be positive")
                     .arg(c.configPath());
        return false;
    }
    *out = c;
    return true;
}

bool ServerConfig::save(QString *error) const
{
    const QJsonObject o{{QStringLiteral("database"), database},
                        {QStringLiteral("listen"), listen},
                        {QStringLiteral("http_threads"), httpThreads},
                        {QStringLiteral("db_threads"), dbThreads},
                        {QStringLiteral("max_body_bytes"), maxBodyBytes},
                        {QStringLiteral("cert"), certFile},
                        {QStringLiteral("key"), keyFile},
                        {QStringLiteral("public_url"), publicUrl},
                        {QStringLiteral("trusted_proxies"), QJsonArray::fromStringList(trustedProxies)},
                        {QStringLiteral("smtp"), QJsonObject{{QStringLiteral("url"), smtpUrl},
                                                             {QStringLiteral("username"), smtpUsername},
                                                             {QStringLiteral("password"), smtpPassword},
                                                             {QStringLiteral("require_tls"), smtpRequireTls},
                                                             {QStringLiteral("messages_per_second"), smtpMessagesPerSecond},
                                                             {QStringLiteral("connections"), smtpConnections},
                                                             {QStringLiteral("timeout_seconds"), smtpTimeoutSeconds},
                                                             {QStringLiteral("retry_seconds"), smtpRetrySeconds}}},
                        {QStringLiteral("mail_from"), mailFrom},
                        {QStringLiteral("petitions"), QJsonObject{{QStringLiteral("confirm_ttl_seconds"), petitionConfirmTtlSeconds},
                                                                  {QStringLiteral("signs_per_address"), petitionSignsPerAddress},
                                                                  {QStringLiteral("sign_window_seconds"), petitionSignWindowSeconds}}},
                        {QStringLiteral("proxies"), QJsonObject{{QStringLiteral("submits_per_address"), proxySubmitsPerAddress},
                                                                {QStringLiteral("reminder_check_seconds"), proxyReminderCheckSeconds}}}};
    QSaveFile f(configPath());
    if (!f.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write ") + configPath();
        return false;
    }
    f.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    if (!f.commit()) {
        *error = QStringLiteral("cannot write ") + configPath();
        return false;
    }
    QFile::setPermissions(configPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

} // namespace relais::server
