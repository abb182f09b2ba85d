#include "PgListener.h"

#include "AccessCache.h"
#include "Db.h"
#include "LiveHub.h"
#include "OpLog.h"
#include "ServerLog.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QTimer>

#include <memory>

namespace relais::server {

PgListener::PgListener(DbSettings settings, LiveHub &hub, AccessCache &access)
    : m_settings(std::move(settings)), m_hub(hub), m_access(access)
{
}

PgListener::~PgListener() { stopListening(); }

void PgListener::stopListening()
{
    if (!isRunning())
        return;
    quit();
    wait();
}

void PgListener::run()
{
    std::unique_ptr<Db> db;
    QObject context; // lives in this thread: the receiver of the driver's notifications

    auto reloadHeads = [this](Db &d) {
        QHash<QString, BucketState> heads;
        const qint64 x = OpLog::snapshot(d, &heads);
        m_hub.reset(heads, x);
    };

    auto connectAndListen = [&]() -> bool {
        db = std::make_unique<Db>(m_settings);
        QString error;
        if (!db->open(&error)) {
            ServerLog::warn("pg_listen_connect_failed", {{QStringLiteral("message"), error}});
            db.reset();
            return false;
        }
        QSqlDriver *driver = db->database().driver();
        if (!driver->subscribeToNotification(QStringLiteral("relais_ops"))
            || !driver->subscribeToNotification(QStringLiteral("relais_grants"))) {
            ServerLog::warn("pg_listen_failed");
            db.reset();
            return false;
        }
        QObject::connect(driver, &QSqlDriver::notification, &context,
                         [this, &db, reloadHeads](const QString &name, QSqlDriver::NotificationSource,
                                                  const QVariant &payload) {
                             if (name == QLatin1String("relais_grants")) {
                                 bool ok = false;
                                 const qint64 userId = payload.toString().toLongLong(&ok);
                                 if (ok)
                                     m_access.invalidate(userId);
                                 else
                                     m_access.invalidateAll();
                                 return;
                             }
                             // {"w": last op id, "b": {"D69": [cursor, count, checksum]}} or {"w", "reload": true}
                             const QJsonObject o = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
                             if (o.value(QLatin1String("reload")).toBool() || !o.contains(QLatin1String("b"))) {
                                 try {
                                     if (db)
                                         reloadHeads(*db);
                                 } catch (const DbError &) {
                                     m_hub.setAuthoritative(false);
                                 }
                                 return;
                             }
                             QHash<QString, BucketState> heads;
                             const QJsonObject b = o.value(QLatin1String("b")).toObject();
                             for (auto it = b.begin(); it != b.end(); ++it) {
                                 const QJsonArray a = it.value().toArray();
                                 heads.insert(it.key(), BucketState{a.at(0).toInteger(), a.at(1).toInteger(),
                                                                    quint32(a.at(2).toInteger())});
                             }
                             m_hub.publish(heads, o.value(QLatin1String("w")).toInteger());
                         });
        try {
            reloadHeads(*db); // whatever was committed while not listening; makes the hub authoritative
        } catch (const DbError &) {
            m_hub.setAuthoritative(false);
        }
        m_access.invalidateAll();
        m_listening = true;
        return true;
    };

    connectAndListen();
    QTimer watchdog;
    watchdog.setInterval(2000);
    QObject::connect(&watchdog, &QTimer::timeout, &context, [&]() {
        if (db && db->ping())
            return;
        ServerLog::warn("pg_listen_reconnect");
        m_hub.setAuthoritative(false); // notifications may be lost: plan pulls from the database meanwhile
        db.reset();
        connectAndListen();
    });
    watchdog.start();
    exec();
    watchdog.stop();
    db.reset();
}

} // namespace relais::server
