#include "RecordStore.h"

#include "ContactStore.h"
#include "OpLog.h"

#include <QDateTime>

namespace relais::server {

const QString RecordStore::Newsletter = QStringLiteral("newsletter");
const QString RecordStore::Segment = QStringLiteral("segment");
const QString RecordStore::Sender = QStringLiteral("sender");

namespace {
StoredRecord fromRow(const QString &type, QSqlQuery &q)
{
    StoredRecord r;
    r.type = type;
    r.id = q.value(0).toString();
    r.zone = q.value(1).toString();
    r.version = q.value(2).toLongLong();
    r.data = ContactStore::parse(q.value(3));
    return r;
}
} // namespace

std::optional<StoredRecord> RecordStore::load(Db &db, const QString &type, const QString &id)
{
    QSqlQuery &q = db.exec(QStringLiteral("SELECT id, zone, version, data FROM records WHERE type = ? AND id = ?"), {type, id});
    if (!q.next())
        return std::nullopt;
    StoredRecord r = fromRow(type, q);
    q.finish();
    return r;
}

QList<StoredRecord> RecordStore::list(Db &db, const QString &type, const QString &zone)
{
    QList<StoredRecord> out;
    QSqlQuery &q = zone.isEmpty()
        ? db.exec(QStringLiteral("SELECT id, zone, version, data FROM records WHERE type = ? ORDER BY id"), {type})
        : db.exec(QStringLiteral("SELECT id, zone, version, data FROM records WHERE type = ? AND zone = ? ORDER BY id"),
                  {type, zone});
    while (q.next())
        out << fromRow(type, q);
    q.finish();
    return out;
}

void RecordStore::save(Db &db, OpWriter &ops, StoredRecord &r)
{
    // Only the stored zone matters here (a move writes a REMOVE in the old bucket): the data is not parsed.
    QSqlQuery &q = db.exec(QStringLiteral("SELECT zone FROM records WHERE type = ? AND id = ?"), {r.type, r.id});
    const bool exists = q.next();
    const QString oldZone = exists ? q.value(0).toString() : QString();
    q.finish();
    r.data.insert(QStringLiteral("id"), r.id);
    r.data.insert(QStringLiteral("zone"), r.zone);
    const QByteArray json = ContactStore::compact(r.data);
    const QString subject = r.subject.isEmpty() ? r.id : r.subject;
    if (exists && oldZone != r.zone)
        ops.remove(oldZone, r.type, r.id, subject);
    r.version = ops.put(r.zone, r.type, r.id, subject, json);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (exists)
        db.exec(QStringLiteral("UPDATE records SET zone = ?, version = ?, data = ?, updated_at = ? WHERE type = ? AND id = ?"),
                {r.zone, r.version, db.utf8(json), now, r.type, r.id});
    else
        db.exec(QStringLiteral("INSERT INTO records (type, id, zone, version, data, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                {r.type, r.id, r.zone, r.version, db.utf8(json), now});
}

void RecordStore::remove(Db &db, OpWriter &ops, const StoredRecord &r)
{
    ops.remove(r.zone, r.type, r.id, r.subject.isEmpty() ? r.id : r.subject);
    db.exec(QStringLiteral("DELETE FROM records WHERE type = ? AND id = ?"), {r.type, r.id});
}

} // namespace relais::server
