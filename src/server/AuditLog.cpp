#include "AuditLog.h"

#include <QDateTime>
#include <QJsonDocument>

namespace relais::server {

QJsonObject AuditEvent::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("at"), QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODateWithMs)},
            {QStringLiteral("actor"), actorId},
            {QStringLiteral("action"), action},
            {QStringLiteral("target"), target},
            {QStringLiteral("zone"), zone},
            {QStringLiteral("detail"), detail}};
}

void AuditLog::record(Db &db, qint64 actorId, const QString &action, const QString &target, const QString &zone,
                      const QJsonObject &detail)
{
    db.exec(QStringLiteral("INSERT INTO audit (at, actor_id, action, target, zone, detail) VALUES (?, ?, ?, ?, ?, ?)"),
            {QDateTime::currentMSecsSinceEpoch(), actorId, action, target, zone,
             QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))});
}

QList<AuditEvent> AuditLog::recent(Db &db, int limit)
{
    QList<AuditEvent> out;
    QSqlQuery &q = db.exec(
        QStringLiteral("SELECT id, at, actor_id, action, target, zone, detail FROM audit ORDER BY id DESC LIMIT ?"),
        {limit});
    while (q.next()) {
        AuditEvent e;
        e.id = q.value(0).toLongLong();
        e.at = q.value(1).toLongLong();
        e.actorId = q.value(2).toLongLong();
        e.action = q.value(3).toString();
        e.target = q.value(4).toString();
        e.zone = q.value(5).toString();
        e.detail = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        out << e;
    }
    return out;
}

} // namespace relais::server
