#include "SyncRecordStore.h"

#include "SignatureIndex.h"
#include "SyncStatement.h"

#include <QJsonDocument>
#include <QSqlError>

namespace relais {

namespace {

const QString KeyZone = QStringLiteral("zone");

QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool failStatement(QString *error, const SyncStatement &st) { return fail(error, st.errorMessage()); }

/// Runs `st` (bound to type and id as parameters 1 and 2).
bool execFor(SyncStatement &st, const QString &type, const QString &id, QString *error)
{
    st.bind(1, type);
    st.bind(2, id);
    return st.exec() || failStatement(error, st);
}

} // namespace

SyncRecordStore::SyncRecordStore(const QSqlDatabase &db) : m_db(db) {}

bool SyncRecordStore::handles(const QString &type)
{
    return !type.isEmpty() && type != QLatin1String("contact") && type != QLatin1String("interaction")
        && type != QLatin1String("conflict");
}

QString SyncRecordStore::sentMarker() { return QStringLiteral("{\"sent\":true}"); }

qint64 SyncRecordStore::versionOf(const SyncPushResult &r, const QJsonObject &row)
{
    return r.version > 0 ? r.version : row.value(QLatin1String("version")).toInteger();
}

// --- applying pulled ops ------------------------------------------------------------------------------

bool SyncRecordStore::put(const SyncOp &op, QString *error)
{
    if (op.data.isEmpty())
        return true; // scrubbed by the server (erased): its REMOVE follows
    if (hasPending(op.type, op.id))
        return keepShadow(op.id, op.opId, op.data, op.bucket, error); // the local edit stays on top
    QString zone = op.data.value(KeyZone).toString();
    if (zone.isEmpty())
        zone = op.bucket;
    SyncStatement st(m_db, "INSERT OR REPLACE INTO records (type, id, zone, version, dirty, data) VALUES (?, ?, ?, ?, 0, ?)");
    st.bind(1, op.type);
    st.bind(2, op.id);
    st.bind(3, zone);
    st.bind(4, op.opId);
    st.bind(5, compact(op.data));
    m_changed = true;
    return (st.exec() || failStatement(error, st)) && indexRow(op.type, op.id, op.data, error);
}

bool SyncRecordStore::indexRow(const QString &type, const QString &id, const QJsonObject &data, QString *error)
{
    return type != QLatin1String(SignatureIndex::Type) || SignatureIndex::write(m_db, id, data, error);
}

bool SyncRecordStore::keepShadow(const QString &id, qint64 version, QJsonObject data, const QString &bucket,
                                 QString *error)
{
    if (data.value(KeyZone).toString().isEmpty())
        data.insert(KeyZone, bucket); // where to put it back
    // The newest server row wins: ops of two buckets do not come in op id order.
    SyncStatement st(m_db, "INSERT OR REPLACE INTO sync_shadows (id, version, data) SELECT ?1, ?2, ?3"
                           " WHERE NOT EXISTS (SELECT 1 FROM sync_shadows WHERE id = ?1 AND version > ?2)");
    st.bind(1, id);
    st.bind(2, version);
    st.bind(3, compact(data));
    return st.exec() || failStatement(error, st);
}

bool SyncRecordStore::takeShadow(const QString &id, ServerRow *out, QString *error)
{
    *out = ServerRow();
    {
        SyncStatement sel(m_db, "SELECT version, data FROM sync_shadows WHERE id = ?");
        sel.bind(1, id);
        if (sel.next()) {
            out->version = sel.int64(0);
            out->data = QJsonDocument::fromJson(sel.utf8(1)).object();
        }
    }
    return out->version == 0 || deleteShadow(id, error);
}

bool SyncRecordStore::deleteShadow(const QString &id, QString *error)
{
    SyncStatement st(m_db, "DELETE FROM sync_shadows WHERE id = ?");
    st.bind(1, id);
    return st.exec() || failStatement(error, st);
}

bool SyncRecordStore::removed(const QString &type, const QString &id, QString *error)
{
    if (!hasPending(type, id))
        return deleteRecord(type, id, false, error);
    // Deleted at the complete checkpoint, unless a PUT in another bucket (a zone move) claims it first.
    SyncStatement st(m_db, "INSERT OR IGNORE INTO sync_orphans (type, id) VALUES (?, ?)");
    return execFor(st, type, id, error);
}

bool SyncRecordStore::deleteRecord(const QString &type, const QString &id, bool withUploads, QString *error)
{
    SyncStatement row(m_db, "DELETE FROM records WHERE type = ? AND id = ?");
    if (!execFor(row, type, id, error))
        return false;
    if (SyncStatement::changes(m_db) > 0)
        m_changed = true;
    if (type == QLatin1String(SignatureIndex::Type) && !SignatureIndex::erase(m_db, id, error))
        return false;
    SyncStatement orphan(m_db, "DELETE FROM sync_orphans WHERE type = ? AND id = ?");
    if (!execFor(orphan, type, id, error) || !deleteShadow(id, error))
        return false;
    return !withUploads || dropUploads(type, id, error);
}

bool SyncRecordStore::orphans(QList<QPair<QString, QString>> *out, QString *error) const
{
    SyncStatement sel(m_db, "SELECT type, id FROM sync_orphans"
                            " WHERE type NOT IN ('contact', 'interaction', 'conflict') ORDER BY type, id");
    SyncStatement::Step r;
    while ((r = sel.step()) == SyncStatement::Step::Row)
        out->append({sel.text(0), sel.text(1)});
    return r == SyncStatement::Step::Done || failStatement(error, sel);
}

bool SyncRecordStore::dropUploads(const QString &type, const QString &id, QString *error)
{
    SyncStatement st(m_db, "DELETE FROM upload_queue WHERE record_type = ? AND record_id = ?");
    m_pending.remove(key(type, id));
    return execFor(st, type, id, error);
}

bool SyncRecordStore::hasQueued(const QString &type, const QString &id, bool *queued, QString *error)
{
    SyncStatement st(m_db, "SELECT 1 FROM upload_queue WHERE record_type = ? AND record_id = ? LIMIT 1");
    st.bind(1, type);
    st.bind(2, id);
    const auto r = st.step();
    *queued = r == SyncStatement::Step::Row;
    return r != SyncStatement::Step::Error || failStatement(error, st);
}

bool SyncRecordStore::writeServerRow(const QString &type, const QString &id, const ServerRow &row, bool insert,
                                     QString *error)
{
    QString zone = row.data.value(KeyZone).toString();
    if (zone.isEmpty()) {
        SyncStatement sel(m_db, "SELECT zone FROM records WHERE type = ? AND id = ?");
        sel.bind(1, type);
        sel.bind(2, id);
        if (sel.next())
            zone = sel.text(0);
    }
    if (zone.isEmpty()) {
        qWarning("sync: the server's %s %s has no zone; the local copy is left as it was", qPrintable(type),
                 qPrintable(id));
        return true;
    }
    SyncStatement st(m_db, insert ? "INSERT OR REPLACE INTO records (zone, version, dirty, data, type, id)"
                                    " VALUES (?, ?, 0, ?, ?, ?)"
                                  : "UPDATE records SET zone = ?, version = ?, dirty = 0, data = ?"
                                    " WHERE type = ? AND id = ?");
    st.bind(1, zone);
    st.bind(2, row.version);
    st.bind(3, compact(row.data));
    st.bind(4, type);
    st.bind(5, id);
    m_changed = true;
    if (!st.exec())
        return failStatement(error, st);
    return (!insert && SyncStatement::changes(m_db) == 0) || indexRow(type, id, row.data, error);
}

// --- pushing ------------------------------------------------------------------------------------------

bool SyncRecordStore::fillPushItems(QList<SyncPushItem> &items, QList<qint64> *obsolete, bool ownTransaction,
                                    QString *error)
{
    QSqlDatabase db = m_db;
    if (ownTransaction && !db.transaction())
        return fail(error, db.lastError().text());
    // Marked before the row is read: a save after the mark queues a put of its own.
    SyncStatement mark(m_db, "UPDATE upload_queue SET data = ? WHERE seq = ?");
    SyncStatement row(m_db, "SELECT data FROM records WHERE type = ? AND id = ?");
    const QByteArray marker = sentMarker().toUtf8();
    bool ok = true;
    for (auto it = items.begin(); ok && it != items.end();) {
        if (!handles(it->type) || it->op != QLatin1String("put")) {
            ++it;
            continue;
        }
        mark.bind(1, marker);
        mark.bind(2, it->seq);
        if (!mark.exec()) {
            ok = failStatement(error, mark);
            break;
        }
        row.bind(1, it->type);
        row.bind(2, it->id);
        if (!row.next()) {
            row.reset();
            *obsolete << it->seq; // deleted since: its queued delete (if it was synced) says it
            it = items.erase(it);
            continue;
        }
        it->data = QJsonDocument::fromJson(row.utf8(0)).object();
        row.reset();
        ++it;
    }
    if (!ownTransaction)
        return ok;
    if (ok && db.commit())
        return true;
    if (ok)
        fail(error, db.lastError().text());
    db.rollback();
    return false;
}

bool SyncRecordStore::acknowledge(const SyncPushResult &r, const QString &type, const QString &id,
                                  const QString &op, QString *error)
{
    if (r.status == SyncPushResult::Status::Rejected)
        return compensate(r, type, id, error);
    bool queued = false;
    if (!hasQueued(type, id, &queued, error))
        return false;
    if (!queued)
        return settle(r, type, id, op, error);
    // Later edits are still queued: the row stays dirty, but this write is now their base.
    if (r.status != SyncPushResult::Status::Applied || r.version <= 0 || op == QLatin1String("delete"))
        return true;
    SyncStatement row(m_db, "UPDATE records SET version = ?1 WHERE type = ?2 AND id = ?3 AND version < ?1");
    SyncStatement base(m_db, "UPDATE upload_queue SET base_version = ?1"
                             " WHERE record_type = ?2 AND record_id = ?3 AND base_version < ?1");
    for (SyncStatement *st : {&row, &base}) {
        st->bind(1, r.version);
        st->bind(2, type);
        st->bind(3, id);
        if (!st->exec())
            return failStatement(error, *st);
    }
    return true;
}

bool SyncRecordStore::settle(const SyncPushResult &r, const QString &type, const QString &id, const QString &op,
                             QString *error)
{
    ServerRow shadow;
    if (!takeShadow(id, &shadow, error))
        return false;
    if (op == QLatin1String("delete"))
        return true; // the REMOVE of this delete comes with the next pull
    // The newest server row we know of becomes the local row: the answer's, or one pulled meanwhile.
    const bool answered = r.row.isObject();
    ServerRow server;
    if (answered)
        server = ServerRow{versionOf(r, r.row.toObject()), r.row.toObject()};
    const bool pulledNewer = shadow.version > 0
        && (answered ? shadow.version > server.version : shadow.version >= r.version);
    if (pulledNewer)
        server = shadow;
    if (answered || pulledNewer)
        return writeServerRow(type, id, server, false, error);
    // No row: the local data is what the server stored (after a merge, its op brings the rest).
    SyncStatement st(m_db, "UPDATE records SET dirty = 0, version = max(version, ?) WHERE type = ? AND id = ?");
    st.bind(1, r.status == SyncPushResult::Status::Applied ? r.version : qint64(0));
    st.bind(2, type);
    st.bind(3, id);
    if (!st.exec())
        return failStatement(error, st);
    if (SyncStatement::changes(m_db) > 0)
        m_changed = true;
    return true;
}

bool SyncRecordStore::compensate(const SyncPushResult &r, const QString &type, const QString &id, QString *error)
{
    // Nothing was written: the server's row (or its absence) is the truth, and the other queued uploads
    // of the record, made on top of the refused one, go with it.
    if (!dropUploads(type, id, error) || !deleteShadow(id, error))
        return false;
    if (!r.row.isObject())
        return deleteRecord(type, id, true, error);
    const QJsonObject row = r.row.toObject();
    return writeServerRow(type, id, ServerRow{versionOf(r, row), row}, true, error);
}

} // namespace relais
