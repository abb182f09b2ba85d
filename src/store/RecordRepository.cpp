#include "RecordRepository.h"

#include "ContactJson.h"
#include "SignatureIndex.h"
#include "SyncRecordStore.h"
#include "Uuid7.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace relais {

namespace {

const QString KeyId = QStringLiteral("id");
const QString KeyZone = QStringLiteral("zone");
const QString KeyUpdatedAt = QStringLiteral("updated_at");

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool failQuery(QString *error, const QSqlQuery &q) { return fail(error, q.lastError().text()); }

/// A row of `SELECT type, id, zone, version, dirty, data FROM records`.
SyncRecord fromQuery(const QSqlQuery &q)
{
    SyncRecord r;
    r.type = q.value(0).toString();
    r.id = q.value(1).toString();
    r.zone = q.value(2).toString();
    r.version = q.value(3).toLongLong();
    r.dirty = q.value(4).toInt() != 0;
    r.data = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    // The row's columns name the record, whatever its data says.
    r.data.insert(KeyId, r.id);
    r.data.insert(KeyZone, r.zone);
    return r;
}

/// Most recently updated first, then the newest id (UUIDv7 ids grow with time); no time sorts last.
bool updatedLater(const SyncRecord &a, const SyncRecord &b)
{
    const QDateTime ta = ContactJson::fromIso(a.data.value(KeyUpdatedAt).toString());
    const QDateTime tb = ContactJson::fromIso(b.data.value(KeyUpdatedAt).toString());
    if (ta.isValid() != tb.isValid())
        return ta.isValid();
    if (ta != tb)
        return ta > tb;
    return a.id > b.id;
}

} // namespace

RecordRepository::RecordRepository(const QSqlDatabase &db) : m_db(db) {}

QList<SyncRecord> RecordRepository::list(const QString &type, QString *error) const
{
    QList<SyncRecord> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT type, id, zone, version, dirty, data FROM records WHERE type = ?"));
    q.addBindValue(type);
    if (!q.exec()) {
        failQuery(error, q);
        return out;
    }
    while (q.next())
        out << fromQuery(q);
    std::stable_sort(out.begin(), out.end(), updatedLater);
    return out;
}

std::optional<SyncRecord> RecordRepository::get(const QString &type, const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT type, id, zone, version, dirty, data FROM records WHERE type = ? AND id = ?"));
    q.addBindValue(type);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

bool RecordRepository::transaction(const std::function<bool()> &body, QString *error)
{
    if (!m_db.transaction())
        return fail(error, m_db.lastError().text());
    if (body() && m_db.commit())
        return true;
    if (error && error->isEmpty())
        *error = m_db.lastError().text();
    m_db.rollback();
    return false;
}

bool RecordRepository::writeRow(const SyncRecord &record, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO records (type, id, zone, version, dirty, data)"
                             " VALUES (?, ?, ?, ?, 1, ?)"));
    q.addBindValue(record.type);
    q.addBindValue(record.id);
    q.addBindValue(record.zone);
    q.addBindValue(record.version);
    q.addBindValue(QString::fromUtf8(QJsonDocument(record.data).toJson(QJsonDocument::Compact)));
    return q.exec() || failQuery(error, q);
}

bool RecordRepository::enqueue(const QString &type, const QString &id, const QString &op, qint64 baseVersion,
                               QString *error)
{
    QSqlQuery q(m_db);
    if (op == QLatin1String("put")) {
        // A put not yet handed to a push reads the row when it goes: this save travels with it.
        q.prepare(QStringLiteral("SELECT 1 FROM upload_queue WHERE record_type = ? AND record_id = ? AND op = 'put'"
                                 " AND data IS NULL LIMIT 1"));
        q.addBindValue(type);
        q.addBindValue(id);
        if (!q.exec())
            return failQuery(error, q);
        if (q.next())
            return true;
    }
    q.prepare(QStringLiteral("INSERT INTO upload_queue (record_type, record_id, op, fields, base_version, created_at)"
                             " VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(type);
    q.addBindValue(id);
    q.addBindValue(op);
    q.addBindValue(op == QLatin1String("put") ? QStringLiteral("*") : QString());
    q.addBindValue(baseVersion);
    q.addBindValue(ContactJson::isoTime(QDateTime::currentDateTimeUtc()));
    return q.exec() || failQuery(error, q);
}

bool RecordRepository::save(SyncRecord &record, QString *error)
{
    if (record.type.isEmpty())
        return fail(error, tr("The record has no type."));
    if (!SyncRecordStore::handles(record.type))
        return fail(error, tr("Records of type “%1” cannot be saved here.").arg(record.type));
    if (record.type == QLatin1String(SignatureIndex::Type))
        return fail(error, tr("Signatures are written by the server only."));
    if (record.zone.isEmpty())
        return fail(error, tr("The record has no zone."));
    SyncRecord saved = record;
    if (saved.id.isEmpty())
        saved.id = Uuid7::generate();
    saved.data.insert(KeyId, saved.id);
    saved.data.insert(KeyZone, saved.zone);
    saved.data.insert(KeyUpdatedAt, ContactJson::isoTime(QDateTime::currentDateTimeUtc()));
    saved.dirty = true;
    // The row first: its write lock makes the look at the queue below current.
    if (!transaction([&] { return writeRow(saved, error) && enqueue(saved.type, saved.id, QStringLiteral("put"),
                                                                    saved.version, error); },
                     error))
        return false;
    record = saved;
    return true;
}

bool RecordRepository::remove(const QString &type, const QString &id, QString *error)
{
    return transaction([&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT version FROM records WHERE type = ? AND id = ?"));
        q.addBindValue(type);
        q.addBindValue(id);
        if (!q.exec())
            return failQuery(error, q);
        if (!q.next())
            return fail(error, tr("This record no longer exists."));
        const qint64 version = q.value(0).toLongLong();
        q.finish();
        q.prepare(QStringLiteral("DELETE FROM records WHERE type = ? AND id = ?"));
        q.addBindValue(type);
        q.addBindValue(id);
        return (q.exec() || failQuery(error, q)) && enqueue(type, id, QStringLiteral("delete"), version, error);
    }, error);
}

} // namespace relais
