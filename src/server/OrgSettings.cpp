#include "OrgSettings.h"

#include <sodium.h>

namespace relais::server {

namespace {
const QString TrackingKey = QStringLiteral("tracking");
const QString LinkKeyName = QStringLiteral("link_key");
} // namespace

QString OrgSettings::value(Db &db, const QString &key, const QString &fallback)
{
    return db.scalar(QStringLiteral("SELECT value FROM org_settings WHERE key = ?"), {key}, fallback).toString();
}

void OrgSettings::setValue(Db &db, const QString &key, const QString &value)
{
    if (db.scalar(QStringLiteral("SELECT COUNT(*) FROM org_settings WHERE key = ?"), {key}, 0).toInt() > 0)
        db.exec(QStringLiteral("UPDATE org_settings SET value = ? WHERE key = ?"), {value, key});
    else
        db.exec(QStringLiteral("INSERT INTO org_settings (key, value) VALUES (?, ?)"), {key, value});
}

bool OrgSettings::trackingEnabled(Db &db)
{
    return value(db, TrackingKey, QStringLiteral("on")) != QLatin1String("off");
}

void OrgSettings::setTrackingEnabled(Db &db, bool on)
{
    setValue(db, TrackingKey, on ? QStringLiteral("on") : QStringLiteral("off"));
}

QByteArray OrgSettings::linkKey(Db &db)
{
    const QString stored = value(db, LinkKeyName);
    if (!stored.isEmpty())
        return QByteArray::fromBase64(stored.toLatin1());
    QByteArray key(32, Qt::Uninitialized);
    randombytes_buf(key.data(), std::size_t(key.size()));
    const bool own = !db.inTransaction();
    if (own)
        db.begin(true);
    try {
        // Two instances creating it at once: the first insert wins, both read it back.
        const QString again = value(db, LinkKeyName);
        if (again.isEmpty())
            db.exec(QStringLiteral("INSERT INTO org_settings (key, value) VALUES (?, ?)"),
                    {LinkKeyName, QString::fromLatin1(key.toBase64())});
        if (own)
            db.commit();
    } catch (...) {
        if (own)
            db.rollback();
        throw;
    }
    return QByteArray::fromBase64(value(db, LinkKeyName).toLatin1());
}

} // namespace relais::server
