#include "SyncStore.h"

#include "ContactJson.h"
#include "ContactOrder.h"
#include "ContactRow.h"
#include "ContactSearchIndex.h"
#include "SyncRecordColumns.h"
#include "SyncRecordStore.h"
#include "SyncStatement.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <limits>

namespace relais {

namespace {

const QString TypeContact = QStringLiteral("contact");
const QString TypeInteraction = QStringLiteral("interaction");
const QString TypeConflict = QStringLiteral("conflict");

const QString KeyClientId = QStringLiteral("client_id");
const QString KeyBulk = QStringLiteral("bulk_fill");
const QString KeyBulkFirstLid = QStringLiteral("bulk_fill_first_lid");
const QString KeyBulkIndexes = QStringLiteral("bulk_fill_indexes");
/// Indexes a fill leaves for afterwards (built by indexPendingSearch() before the search documents).
const QString KeyDeferredIndexes = QStringLiteral("deferred_indexes");
const QString KeySearchFrom = QStringLiteral("search_pending_from");
const QString KeySearchTo = QStringLiteral("search_pending_to");

/// The duplicate-detection lookups (import, kiosk) can wait a few seconds after a first sync; the list
/// order and the filters cannot.
bool deferredAfterFill(const QString &sql)
{
    return sql.contains(QLatin1String(" contacts_email ")) || sql.contains(QLatin1String(" contacts_phone "));
}

QString createIfNotExists(QString sql)
{
    if (sql.startsWith(QLatin1String("CREATE INDEX "), Qt::CaseInsensitive))
        return QStringLiteral("CREATE INDEX IF NOT EXISTS ") + sql.mid(13);
    if (sql.startsWith(QLatin1String("CREATE UNIQUE INDEX "), Qt::CaseInsensitive))
        return QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS ") + sql.mid(20);
    return sql;
}

/// A list of statements as kept in sync_state: a JSON array, or nothing when empty.
QString statementList(const QStringList &sql)
{
    return sql.isEmpty() ? QString()
                         : QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(sql)).toJson(QJsonDocument::Compact));
}

constexpr qint64 ChecksumModulo = qint64(1) << 32;
constexpr int NormalCacheKiB = 65536; // SqlCipherDriver's default

QString nowIso() { return ContactRow::isoTime(QDateTime::currentDateTimeUtc()); }

QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool failQuery(QString *error, const QSqlQuery &q) { return fail(error, q.lastError().text()); }

bool failStatement(QString *error, const SyncStatement &st) { return fail(error, st.errorMessage()); }

} // namespace

/// Prepared statements, compiled once per SyncStore (re-prepared by SQLite itself after schema changes).
struct SyncStore::Statements {
    SyncStatement rowInsert, rowSelect, rowUpdate, rowDelete, rowHeldIn;
    SyncStatement orphanInsert, orphanDelete;
    SyncStatement contactLid, contactInsert, contactUpdate, contactDelete;
    SyncStatement ftsInsert, ftsDelete;
    SyncStatement interactionInsert, interactionUpdate, interactionDelete;
    SyncStatement interactionsOfContact, interactionsOfContactDelete;
    SyncStatement conflictUpsert, conflictDelete, conflictsOfContactDelete;
    SyncStatement queueDeleteRecord, tagInsert;
    bool prepared = false;
};

SyncStore::SyncStore(const QSqlDatabase &db)
    : m_db(db), m_st(std::make_unique<Statements>()), m_columns(std::make_unique<SyncRecordColumns>()),
      m_records(std::make_unique<SyncRecordStore>(db))
{
    loadBulkState();
}

SyncStore::~SyncStore()
{
    if (m_inCheckpoint)
        abortCheckpoint();
}

bool SyncStore::ensurePrepared(QString *error)
{
    Statements &s = *m_st;
    if (s.prepared)
        return true;
    const QByteArray insertSql = ContactRow::insertSql().toUtf8();
    const QByteArray updateSql = ContactRow::updateSql().toUtf8();
    struct Item {
        SyncStatement *st;
        const char *sql;
    };
    const Item items[] = {
        {&s.rowInsert, "INSERT INTO sync_rows (bucket, type, id, op_id, checksum) VALUES (?, ?, ?, ?, ?)"},
        {&s.rowSelect, "SELECT checksum FROM sync_rows WHERE bucket = ? AND type = ? AND id = ?"},
        {&s.rowUpdate, "UPDATE sync_rows SET op_id = ?, checksum = ? WHERE bucket = ? AND type = ? AND id = ?"},
        {&s.rowDelete, "DELETE FROM sync_rows WHERE bucket = ? AND type = ? AND id = ?"},
        {&s.rowHeldIn, "SELECT 1 FROM sync_rows WHERE bucket = ? AND type = ? AND id = ?"},
        {&s.orphanInsert, "INSERT OR IGNORE INTO sync_orphans (type, id) VALUES (?, ?)"},
        {&s.orphanDelete, "DELETE FROM sync_orphans WHERE type = ? AND id = ?"},
        {&s.contactLid, "SELECT lid FROM contacts WHERE id = ?"},
        {&s.contactInsert, insertSql.constData()},
        {&s.contactUpdate, updateSql.constData()},
        {&s.contactDelete, "DELETE FROM contacts WHERE lid = ?"},
        // OR REPLACE: a document left behind for a row deleted elsewhere (or by hand) must not block a new row.
        {&s.ftsInsert, "INSERT OR REPLACE INTO contacts_fts (docid, names, contact, place, flags) VALUES (?, ?, ?, ?, ?)"},
        {&s.ftsDelete, "DELETE FROM contacts_fts WHERE docid = ?"},
        {&s.interactionInsert, "INSERT INTO interactions (id, contact_id, zone, version, dirty, kind, at, author, data)"
                               " VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?)"},
        {&s.interactionUpdate, "UPDATE interactions SET contact_id = ?, zone = ?, version = 1, dirty = ?, kind = ?,"
                               " at = ?, author = ?, data = ? WHERE id = ?"},
        {&s.interactionDelete, "DELETE FROM interactions WHERE id = ?"},
        {&s.interactionsOfContact, "SELECT id FROM interactions WHERE contact_id = ?"},
        {&s.interactionsOfContactDelete, "DELETE FROM interactions WHERE contact_id = ?"},
        {&s.conflictUpsert, "INSERT OR REPLACE INTO conflicts (id, zone, contact_id, field, data) VALUES (?, ?, ?, ?, ?)"},
        {&s.conflictDelete, "DELETE FROM conflicts WHERE id = ?"},
        {&s.conflictsOfContactDelete, "DELETE FROM conflicts WHERE contact_id = ?"},
        {&s.queueDeleteRecord, "DELETE FROM upload_queue WHERE record_type = ? AND record_id = ?"},
        {&s.tagInsert, "INSERT OR IGNORE INTO tag_names (name) VALUES (?)"},
    };
    for (const Item &it : items) {
        if (!it.st->prepare(m_db, it.sql))
            return fail(error, it.st->errorMessage());
    }
    s.prepared = true;
    return true;
}

bool SyncStore::exec(const char *sql, QString *error) { return SyncStatement::execute(m_db, sql, error); }

bool SyncStore::begin(QString *error)
{
    QSqlDatabase db = m_db;
    if (!db.transaction())
        return fail(error, db.lastError().text());
    m_heldBuckets.clear();
    m_contactsChanged = false;
    m_conflictsChanged = false;
    m_records->resetChanged();
    return true;
}

bool SyncStore::commit(QString *error)
{
    QSqlDatabase db = m_db;
    QElapsedTimer timer;
    timer.start();
    const bool ok = db.commit();
    m_timings.commit += timer.nsecsElapsed();
    if (!ok) {
        const QString message = db.lastError().text();
        rollback();
        return fail(error, message);
    }
    afterCommit();
    return true;
}

void SyncStore::rollback()
{
    QSqlDatabase db = m_db;
    db.rollback();
    m_acc.clear();
    m_pendingContacts.clear();
    m_pendingInteractions.clear();
    m_pendingResolves.clear();
    m_records->clearPending();
    // What was in memory may no longer match the file.
    if (auto order = ContactOrder::forConnection(m_db))
        order->invalidate();
}

void SyncStore::afterCommit()
{
    if (m_contactsChanged) {
        if (auto order = ContactOrder::forConnection(m_db))
            order->invalidate();
    }
}

void SyncStore::contactsChangedElsewhere(const QSqlDatabase &db)
{
    if (auto order = ContactOrder::forConnection(db))
        order->invalidate();
}

// --- sync_state -------------------------------------------------------------------------------------

QString SyncStore::stateValue(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

bool SyncStore::setStateValue(const QString &key, const QString &value, QString *error)
{
    QSqlQuery q(m_db);
    if (value.isNull()) {
        q.prepare(QStringLiteral("DELETE FROM sync_state WHERE key = ?"));
        q.addBindValue(key);
    } else {
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"));
        q.addBindValue(key);
        q.addBindValue(value);
    }
    return q.exec() || failQuery(error, q);
}

QString SyncStore::clientId()
{
    QString id = stateValue(KeyClientId);
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!setStateValue(KeyClientId, id))
            return {};
    }
    return id;
}

// --- buckets ----------------------------------------------------------------------------------------

BucketStates SyncStore::cursors() const
{
    BucketStates out;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT bucket, cursor, op_count, checksum FROM sync_buckets ORDER BY bucket")))
        return out;
    while (q.next()) {
        BucketState s;
        s.cursor = q.value(1).toLongLong();
        s.count = q.value(2).toLongLong();
        s.checksum = quint32(q.value(3).toLongLong());
        out.insert(q.value(0).toString(), s);
    }
    return out;
}

BucketState SyncStore::localState(const QString &bucket) const
{
    BucketState s;
    qint64 addChecksum = 0;
    SyncStatement b(m_db, "SELECT cursor, add_checksum, add_count FROM sync_buckets WHERE bucket = ?");
    b.bind(1, bucket);
    if (b.next()) {
        s.cursor = b.int64(0);
        addChecksum = b.int64(1);
        s.count = b.int64(2);
    }
    SyncStatement r(m_db, "SELECT count(*), sum(checksum) FROM sync_rows WHERE bucket = ?");
    r.bind(1, bucket);
    qint64 sum = 0;
    if (r.next()) {
        s.count += r.int64(0);
        sum = r.int64(1);
    }
    s.checksum = quint32((addChecksum + sum) % ChecksumModulo);
    return s;
}

void SyncStore::beginPull() { m_refetch.clear(); }

bool SyncStore::heldElsewhere(const QString &type, const QString &id, const QString &bucket, bool *held,
                              QString *error)
{
    // Probes the primary key of every other bucket held: no (type, id) index to maintain on a million
    // rows for the rare REMOVE, drop and purge. A national user holds about 130 buckets.
    Statements &s = *m_st;
    *held = false;
    if (m_heldBuckets.isEmpty()) {
        m_heldBuckets = cursors().keys();
        for (auto it = m_acc.cbegin(); it != m_acc.cend(); ++it)
            if (!m_heldBuckets.contains(it.key()))
                m_heldBuckets << it.key();
    }
    const QByteArray t = type.toUtf8();
    const QByteArray i = id.toUtf8();
    for (const QString &b : std::as_const(m_heldBuckets)) {
        if (b == bucket)
            continue;
        s.rowHeldIn.bind(1, b);
        s.rowHeldIn.bindStatic(2, t);
        s.rowHeldIn.bindStatic(3, i);
        const auto r = s.rowHeldIn.step();
        s.rowHeldIn.reset();
        if (r == SyncStatement::Step::Error)
            return failStatement(error, s.rowHeldIn);
        if (r == SyncStatement::Step::Row) {
            *held = true;
            return true;
        }
    }
    return true;
}

bool SyncStore::forgetBucket(const QString &bucket, bool purge, QString *error)
{
    if (!ensurePrepared(error))
        return false;
    QList<QPair<QString, QString>> records;
    {
        SyncStatement sel(m_db, "SELECT type, id FROM sync_rows WHERE bucket = ?");
        sel.bind(1, bucket);
        SyncStatement::Step r;
        while ((r = sel.step()) == SyncStatement::Step::Row)
            records.append({sel.text(0), sel.text(1)});
        if (r != SyncStatement::Step::Done)
            return failStatement(error, sel);
    }
    {
        SyncStatement del(m_db, "DELETE FROM sync_rows WHERE bucket = ?");
        del.bind(1, bucket);
        if (!del.exec())
            return failStatement(error, del);
    }
    for (const auto &[type, id] : std::as_const(records)) {
        bool held = false;
        if (!heldElsewhere(type, id, bucket, &held, error))
            return false;
        if (held)
            continue;
        if (type == TypeContact) {
            // A drop (checksum mismatch) keeps local edits: the row is rebased when the bucket comes again.
            if (!purge && hasPendingUploads(TypeContact, id))
                continue;
            if (!deleteContact(id, true, error))
                return false;
        } else if (type == TypeInteraction) {
            if (!purge && hasPendingUploads(TypeInteraction, id))
                continue;
            if (!deleteInteraction(id, error))
                return false;
        } else if (type == TypeConflict) {
            if (!deleteConflict(id, error))
                return false;
        } else if (SyncRecordStore::handles(type)) {
            if (!purge && m_records->hasPending(type, id))
                continue;
            if (!m_records->deleteRecord(type, id, true, error))
                return false;
        }
    }
    m_acc.remove(bucket);
    m_heldBuckets.clear();
    QSqlQuery q(m_db);
    if (purge) {
        q.prepare(QStringLiteral("DELETE FROM sync_buckets WHERE bucket = ?"));
    } else {
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_buckets (bucket, cursor, op_count, checksum,"
                                 " add_checksum, add_count) VALUES (?, 0, 0, 0, 0, 0)"));
    }
    q.addBindValue(bucket);
    return q.exec() || failQuery(error, q);
}

bool SyncStore::dropBucket(const QString &bucket, QString *error)
{
    if (m_inCheckpoint) {
        if (!loadPending(error))
            return false;
        return forgetBucket(bucket, false, error);
    }
    if (!begin(error))
        return false;
    if (!loadPending(error) || !forgetBucket(bucket, false, error)) {
        rollback();
        return false;
    }
    return commit(error);
}

bool SyncStore::purgeBucketsNotIn(const QStringList &keep, QString *error)
{
    const bool own = !m_inCheckpoint;
    if (own && !begin(error))
        return false;
    bool ok = loadPending(error);
    const QStringList held = cursors().keys();
    for (const QString &b : held) {
        if (!ok)
            break;
        if (!keep.contains(b))
            ok = forgetBucket(b, true, error);
    }
    if (ok)
        ok = purgeOrphans(error);
    if (!own)
        return ok;
    if (!ok) {
        rollback();
        return false;
    }
    return commit(error);
}

// --- applying ops ---------------------------------------------------------------------------------

bool SyncStore::loadPending(QString *error)
{
    m_pendingContacts.clear();
    m_pendingInteractions.clear();
    m_pendingResolves.clear();
    m_records->clearPending();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT record_type, record_id, op, fields, data FROM upload_queue")))
        return failQuery(error, q);
    while (q.next()) {
        const QString type = q.value(0).toString();
        const QString id = q.value(1).toString();
        const QString op = q.value(2).toString();
        if (type == TypeContact) {
            Pending &p = m_pendingContacts[id];
            if (op == QLatin1String("delete")) {
                p.deleted = true;
            } else {
                const QStringList fields = q.value(3).toString().split(u',', Qt::SkipEmptyParts);
                for (const QString &f : fields) {
                    if (f == QLatin1String("*"))
                        p.all = true;
                    else
                        p.fields.insert(f);
                }
                if (op == QLatin1String("put"))
                    p.all = true;
            }
        } else if (type == TypeInteraction) {
            m_pendingInteractions.insert(id);
        } else if (type == TypeConflict) {
            m_pendingResolves.insert(id);
            const QJsonObject data = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
            const QString contactId = data.value(QLatin1String("contact_id")).toString();
            if (!contactId.isEmpty())
                m_pendingContacts[contactId].fields.insert(q.value(3).toString());
        } else {
            m_records->notePending(type, id);
        }
    }
    return true;
}

bool SyncStore::hasPendingUploads(const QString &type, const QString &id) const
{
    if (type == TypeContact)
        return m_pendingContacts.contains(id);
    if (type == TypeInteraction)
        return m_pendingInteractions.contains(id);
    if (type == TypeConflict)
        return m_pendingResolves.contains(id);
    return m_records->hasPending(type, id);
}

bool SyncStore::beginCheckpoint(QString *error)
{
    if (m_inCheckpoint)
        return true;
    if (!ensurePrepared(error) || !begin(error))
        return false;
    m_acc.clear();
    m_touchedBuckets.clear();
    if (!loadPending(error)) {
        rollback();
        return false;
    }
    m_inCheckpoint = true;
    return true;
}

void SyncStore::abortCheckpoint()
{
    if (!m_inCheckpoint)
        return;
    m_inCheckpoint = false;
    rollback();
}

bool SyncStore::applyOps(const QList<SyncOp> &ops, QString *error)
{
    if (!m_inCheckpoint && !beginCheckpoint(error))
        return false;
    for (const SyncOp &op : ops) {
        if (m_refetch.contains(op.bucket))
            continue;
        if (!recordOp(op, error) || !applyOne(op, error))
            return false;
    }
    return true;
}

bool SyncStore::recordOp(const SyncOp &op, QString *error)
{
    Statements &s = *m_st;
    if (!m_acc.contains(op.bucket))
        m_heldBuckets.clear(); // maybe a bucket seen for the first time
    Accumulator &acc = m_acc[op.bucket];
    m_touchedBuckets.insert(op.bucket);
    const QByteArray bucket = op.bucket.toUtf8();
    const QByteArray type = op.type.toUtf8();
    const QByteArray id = op.id.toUtf8();
    auto previous = [&](bool *found) -> bool {
        s.rowSelect.bindStatic(1, bucket);
        s.rowSelect.bindStatic(2, type);
        s.rowSelect.bindStatic(3, id);
        const auto r = s.rowSelect.step();
        *found = r == SyncStatement::Step::Row;
        if (*found) {
            acc.checksum += s.rowSelect.int64(0);
            acc.count += 1;
        }
        s.rowSelect.reset();
        return r != SyncStatement::Step::Error || failStatement(error, s.rowSelect);
    };
    if (op.kind == SyncOp::Kind::Put) {
        s.rowInsert.bindStatic(1, bucket);
        s.rowInsert.bindStatic(2, type);
        s.rowInsert.bindStatic(3, id);
        s.rowInsert.bind(4, op.opId);
        s.rowInsert.bind(5, qint64(op.checksum));
        const auto r = s.rowInsert.step();
        s.rowInsert.reset();
        if (r == SyncStatement::Step::Done)
            return true;
        if (r != SyncStatement::Step::Constraint)
            return failStatement(error, s.rowInsert);
        // The record was already in this bucket: its previous op is superseded.
        bool found = false;
        if (!previous(&found))
            return false;
        s.rowUpdate.bind(1, op.opId);
        s.rowUpdate.bind(2, qint64(op.checksum));
        s.rowUpdate.bindStatic(3, bucket);
        s.rowUpdate.bindStatic(4, type);
        s.rowUpdate.bindStatic(5, id);
        return s.rowUpdate.exec() || failStatement(error, s.rowUpdate);
    }
    bool found = false;
    if (!previous(&found))
        return false;
    if (found) {
        s.rowDelete.bindStatic(1, bucket);
        s.rowDelete.bindStatic(2, type);
        s.rowDelete.bindStatic(3, id);
        if (!s.rowDelete.exec())
            return failStatement(error, s.rowDelete);
    }
    // The REMOVE itself keeps no row: its checksum goes straight to the bucket's sum.
    acc.checksum += op.checksum;
    acc.count += 1;
    return true;
}

bool SyncStore::applyOne(const SyncOp &op, QString *error)
{
    Statements &s = *m_st;
    if (op.kind == SyncOp::Kind::Put) {
        if (op.type == TypeContact)
            return putContact(op, error);
        if (op.type == TypeInteraction)
            return putInteraction(op, error);
        if (op.type == TypeConflict)
            return putConflict(op, error);
        return m_records->put(op, error); // newsletters, segments, senders...
    }
    bool held = false;
    if (!heldElsewhere(op.type, op.id, op.bucket, &held, error))
        return false;
    if (held)
        return true;
    if (op.type == TypeContact) {
        // Deleted at the complete checkpoint unless a PUT in another bucket (a zone move) claims it first.
        s.orphanInsert.bind(1, op.type);
        s.orphanInsert.bind(2, op.id);
        return s.orphanInsert.exec() || failStatement(error, s.orphanInsert);
    }
    if (op.type == TypeInteraction)
        return deleteInteraction(op.id, error);
    if (op.type == TypeConflict)
        return deleteConflict(op.id, error);
    return m_records->removed(op.type, op.id, error);
}

bool SyncStore::putContact(const SyncOp &op, QString *error)
{
    Contact c = ContactJson::fromJson(op.data);
    c.id = op.id; // the op names the record; the data cannot move it
    if (c.zone.isEmpty())
        c.zone = op.bucket;
    c.dirty = false;
    return writeServerContact(std::move(c), error);
}

bool SyncStore::writeServerContact(Contact c, QString *error)
{
    const auto pending = m_pendingContacts.constFind(c.id);
    const bool hasPending = pending != m_pendingContacts.cend();
    if (hasPending && pending->deleted)
        return true; // deleted here, not yet told to the server: stays deleted
    m_contactsChanged = true;
    qint64 lid = 0;
    if (m_bulk && !hasPending) {
        // Filling: almost every record is new. Try the insert; an existing id falls through to the update.
        bool duplicate = false;
        if (!insertContact(c, &duplicate, error))
            return false;
        if (!duplicate)
            return true;
    }
    lid = contactLid(c.id, error);
    if (lid < 0)
        return false;
    if (lid == 0) {
        bool duplicate = false;
        if (!insertContact(c, &duplicate, error))
            return false;
        if (duplicate)
            return fail(error, QStringLiteral("contact inserted twice"));
        if (searchDeferred(c.localId))
            return rememberTags(c.tags, error);
        return writeSearchDocument(c, false, error) && rememberTags(c.tags, error);
    }
    c.localId = lid;
    if (hasPending) {
        // Rebase: the local edits not yet acknowledged stay on top of the server's row. The server's row is
        // kept aside: when the server answers the edits (a conflict keeps its value), it comes back.
        SyncStatement shadow(m_db, "INSERT OR REPLACE INTO sync_shadows (id, version, data) VALUES (?, ?, ?)");
        shadow.bind(1, c.id);
        shadow.bind(2, c.version);
        shadow.bind(3, compact(ContactJson::toJson(c)));
        if (!shadow.exec())
            return failStatement(error, shadow);
        QSqlQuery q(m_db);
        q.prepare(ContactRow::selectSql() + QStringLiteral(" WHERE lid = ?"));
        q.addBindValue(lid);
        if (!q.exec())
            return failQuery(error, q);
        if (q.next()) {
            const Contact local = ContactRow::fromQuery(q);
            const QStringList fields = pending->all ? ContactJson::editableFields()
                                                    : QStringList(pending->fields.cbegin(), pending->fields.cend());
            ContactJson::applyFields(c, ContactJson::fields(local, fields));
        }
        c.dirty = true;
    }
    if (!updateContact(c, error))
        return false;
    if (searchDeferred(lid))
        return rememberTags(c.tags, error);
    return writeSearchDocument(c, true, error) && rememberTags(c.tags, error);
}

qint64 SyncStore::contactLid(const QString &id, QString *error)
{
    SyncStatement &st = m_st->contactLid;
    st.bind(1, id);
    const auto r = st.step();
    const qint64 lid = r == SyncStatement::Step::Row ? st.int64(0) : 0;
    st.reset();
    if (r == SyncStatement::Step::Error) {
        failStatement(error, st);
        return -1;
    }
    return lid;
}

bool SyncStore::insertContact(Contact &c, bool *duplicate, QString *error)
{
    SyncStatement &st = m_st->contactInsert;
    const QVariantList values = ContactRow::values(c);
    for (int i = 0; i < values.size(); ++i)
        st.bind(i + 1, values.at(i));
    const auto r = st.step();
    st.reset();
    *duplicate = r == SyncStatement::Step::Constraint;
    if (*duplicate)
        return true;
    if (r != SyncStatement::Step::Done)
        return failStatement(error, st);
    c.localId = SyncStatement::lastInsertRowId(m_db);
    return true;
}

bool SyncStore::updateContact(const Contact &c, QString *error)
{
    SyncStatement &st = m_st->contactUpdate;
    const QVariantList values = ContactRow::values(c);
    for (int i = 0; i < values.size(); ++i)
        st.bind(i + 1, values.at(i));
    st.bind(int(values.size()) + 1, c.localId);
    return st.exec() || failStatement(error, st);
}

bool SyncStore::writeSearchDocument(const Contact &c, bool replace, QString *error)
{
    Statements &s = *m_st;
    if (replace) {
        s.ftsDelete.bind(1, c.localId);
        if (!s.ftsDelete.exec())
            return failStatement(error, s.ftsDelete);
    }
    const ContactSearchIndex::Document d = ContactSearchIndex::document(c);
    s.ftsInsert.bind(1, c.localId);
    s.ftsInsert.bind(2, d.names);
    s.ftsInsert.bind(3, d.contact);
    s.ftsInsert.bind(4, d.place);
    s.ftsInsert.bind(5, d.flags);
    return s.ftsInsert.exec() || failStatement(error, s.ftsInsert);
}

bool SyncStore::rememberTags(const QStringList &tags, QString *error)
{
    for (const QString &t : tags) {
        if (m_newTags.contains(t))
            continue;
        m_st->tagInsert.bind(1, t);
        if (!m_st->tagInsert.exec())
            return failStatement(error, m_st->tagInsert);
        m_newTags.insert(t);
    }
    return true;
}

bool SyncStore::putInteraction(const SyncOp &op, QString *error)
{
    SyncRecordColumns &cols = *m_columns;
    const QByteArray json = compact(op.data); // the columns point into it
    if (!cols.readInteraction(json, op.id.toUtf8(), op.bucket.toUtf8(), m_pendingInteractions.contains(op.id)))
        return fail(error, QStringLiteral("malformed interaction"));
    return writeInteraction(cols, error);
}

bool SyncStore::writeInteraction(const SyncRecordColumns &cols, QString *error)
{
    // Columns: id, contact_id, zone, dirty, kind, at, author, data.
    Statements &s = *m_st;
    if (m_bulk) {
        cols.bind(s.interactionInsert);
        const auto r = s.interactionInsert.step();
        s.interactionInsert.reset();
        if (r == SyncStatement::Step::Done)
            return true;
        if (r != SyncStatement::Step::Constraint)
            return failStatement(error, s.interactionInsert);
    }
    // UPDATE ... SET contact_id, zone, dirty, kind, at, author, data WHERE id: the same values, id last.
    for (int i = 1; i < cols.size(); ++i) {
        switch (cols.kind(i)) {
        case SyncRecordColumns::Kind::Null: s.interactionUpdate.bindNull(i); break;
        case SyncRecordColumns::Kind::Int: s.interactionUpdate.bind(i, cols.integer(i)); break;
        case SyncRecordColumns::Kind::Text: s.interactionUpdate.bindStatic(i, cols.text(i)); break;
        }
    }
    s.interactionUpdate.bindStatic(cols.size(), cols.text(0));
    if (!s.interactionUpdate.exec())
        return failStatement(error, s.interactionUpdate);
    if (SyncStatement::changes(m_db) > 0)
        return true;
    cols.bind(s.interactionInsert);
    return s.interactionInsert.exec() || failStatement(error, s.interactionInsert);
}

bool SyncStore::applyOps(const QList<SyncRawOp> &ops, QString *error)
{
    if (!m_inCheckpoint && !beginCheckpoint(error))
        return false;
    QElapsedTimer timer;
    for (const SyncRawOp &op : ops) {
        if (m_refetch.contains(op.op.bucket))
            continue;
        timer.start();
        const bool recorded = recordOp(op.op, error);
        m_timings.bookkeeping += timer.nsecsElapsed();
        if (!recorded || !applyRaw(op, error))
            return false;
    }
    return true;
}

bool SyncStore::applyRaw(const SyncRawOp &raw, QString *error)
{
    const SyncOp &op = raw.op;
    if (op.kind == SyncOp::Kind::Put && op.type == TypeInteraction) {
        SyncRecordColumns &cols = *m_columns;
        if (cols.readInteraction(raw.data, op.id.toUtf8(), op.bucket.toUtf8(), m_pendingInteractions.contains(op.id)))
            return writeInteraction(cols, error);
    } else if (op.kind == SyncOp::Kind::Put && op.type == TypeContact && m_bulk
               && !m_pendingContacts.contains(op.id)) {
        // A new row of a fill, straight from its JSON: no QJsonObject, Contact or QVariant on the way.
        const SyncRecordColumns *decodedCols = raw.columns.get(); // decoded by PullDecoder
        QElapsedTimer timer;
        if (!decodedCols) {
            timer.start();
            if (m_columns->readContact(raw.data, op.id.toUtf8(), op.bucket.toUtf8()))
                decodedCols = m_columns.get();
            m_timings.decode += timer.nsecsElapsed();
        }
        if (decodedCols) {
            const SyncRecordColumns &cols = *decodedCols;
            Statements &s = *m_st;
            timer.start();
            cols.bind(s.contactInsert);
            const auto r = s.contactInsert.step();
            s.contactInsert.reset();
            m_timings.write += timer.nsecsElapsed();
            if (r == SyncStatement::Step::Done) {
                m_contactsChanged = true;
                const QByteArray &tags = cols.text(SyncRecordColumns::TagsColumn);
                if (!tags.isEmpty() && !m_bulkTagSets.contains(tags)) {
                    m_bulkTagSets.insert(tags);
                    const QStringList list = QString::fromUtf8(tags).split(u'\n', Qt::SkipEmptyParts);
                    for (const QString &t : list)
                        m_bulkTags.insert(t);
                }
                return true;
            }
            if (r != SyncStatement::Step::Constraint)
                return failStatement(error, s.contactInsert);
            // Already there (another bucket holds it, or an earlier op of this stream): the general path.
        }
    }
    SyncOp full = op;
    if (op.kind == SyncOp::Kind::Put) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(raw.data, &pe);
        if (!doc.isObject()) {
            // Bad data from the server must not stop the sync: the op still counts for the checksums.
            // Null data is normal: the server scrubs the ops of erased records.
            if (raw.data.trimmed() == "null")
                return true;
            qWarning("sync: op %lld carries malformed data (%s); its record is left as it was", op.opId,
                     qPrintable(pe.errorString()));
            return true;
        }
        full.data = doc.object();
    }
    return applyOne(full, error);
}

bool SyncStore::putConflict(const SyncOp &op, QString *error)
{
    if (m_pendingResolves.contains(op.id))
        return true; // resolved here, the server has not heard yet
    SyncStatement &st = m_st->conflictUpsert;
    QString zone = op.data.value(QLatin1String("zone")).toString();
    if (zone.isEmpty())
        zone = op.bucket;
    st.bind(1, op.id);
    st.bind(2, zone);
    st.bind(3, op.data.value(QLatin1String("record_id")).toString());
    st.bind(4, op.data.value(QLatin1String("field")).toString());
    st.bind(5, compact(op.data));
    m_conflictsChanged = true;
    return st.exec() || failStatement(error, st);
}

bool SyncStore::deleteContact(const QString &id, bool withUploads, QString *error)
{
    Statements &s = *m_st;
    const qint64 lid = contactLid(id, error);
    if (lid < 0)
        return false;
    if (lid > 0 && !searchDeferred(lid)) {
        s.ftsDelete.bind(1, lid);
        if (!s.ftsDelete.exec())
            return failStatement(error, s.ftsDelete);
    }
    if (withUploads) {
        // The timeline's pending uploads go with it (an erased person must not come back through them).
        QStringList interactionIds;
        s.interactionsOfContact.bind(1, id);
        while (s.interactionsOfContact.next())
            interactionIds << s.interactionsOfContact.text(0);
        s.interactionsOfContact.reset();
        for (const QString &iid : std::as_const(interactionIds)) {
            s.queueDeleteRecord.bind(1, TypeInteraction);
            s.queueDeleteRecord.bind(2, iid);
            if (!s.queueDeleteRecord.exec())
                return failStatement(error, s.queueDeleteRecord);
            m_pendingInteractions.remove(iid);
        }
        s.queueDeleteRecord.bind(1, TypeContact);
        s.queueDeleteRecord.bind(2, id);
        if (!s.queueDeleteRecord.exec())
            return failStatement(error, s.queueDeleteRecord);
        m_pendingContacts.remove(id);
    }
    s.interactionsOfContactDelete.bind(1, id);
    if (!s.interactionsOfContactDelete.exec())
        return failStatement(error, s.interactionsOfContactDelete);
    s.conflictsOfContactDelete.bind(1, id);
    if (!s.conflictsOfContactDelete.exec())
        return failStatement(error, s.conflictsOfContactDelete);
    if (SyncStatement::changes(m_db) > 0)
        m_conflictsChanged = true;
    s.orphanDelete.bind(1, TypeContact);
    s.orphanDelete.bind(2, id);
    if (!s.orphanDelete.exec())
        return failStatement(error, s.orphanDelete);
    {
        SyncStatement shadow(m_db, "DELETE FROM sync_shadows WHERE id = ?");
        shadow.bind(1, id);
        if (!shadow.exec())
            return failStatement(error, shadow);
    }
    if (lid > 0) {
        s.contactDelete.bind(1, lid);
        if (!s.contactDelete.exec())
            return failStatement(error, s.contactDelete);
        m_contactsChanged = true;
    }
    return true;
}

bool SyncStore::deleteInteraction(const QString &id, QString *error)
{
    Statements &s = *m_st;
    s.interactionDelete.bind(1, id);
    if (!s.interactionDelete.exec())
        return failStatement(error, s.interactionDelete);
    s.queueDeleteRecord.bind(1, TypeInteraction);
    s.queueDeleteRecord.bind(2, id);
    m_pendingInteractions.remove(id);
    return s.queueDeleteRecord.exec() || failStatement(error, s.queueDeleteRecord);
}

bool SyncStore::deleteConflict(const QString &id, QString *error)
{
    m_st->conflictDelete.bind(1, id);
    if (!m_st->conflictDelete.exec())
        return failStatement(error, m_st->conflictDelete);
    if (SyncStatement::changes(m_db) > 0)
        m_conflictsChanged = true;
    return true;
}

bool SyncStore::flushAccumulators(QString *error)
{
    SyncStatement ensure(m_db, "INSERT OR IGNORE INTO sync_buckets (bucket) VALUES (?)");
    SyncStatement add(m_db, "UPDATE sync_buckets SET add_checksum = (add_checksum + ?) % 4294967296,"
                            " add_count = add_count + ? WHERE bucket = ?");
    for (auto it = m_acc.cbegin(); it != m_acc.cend(); ++it) {
        ensure.bind(1, it.key());
        if (!ensure.exec())
            return failStatement(error, ensure);
        if (it->count == 0)
            continue;
        add.bind(1, it->checksum % ChecksumModulo);
        add.bind(2, it->count);
        add.bind(3, it.key());
        if (!add.exec())
            return failStatement(error, add);
    }
    m_acc.clear();
    return true;
}

bool SyncStore::purgeOrphans(QString *error)
{
    QStringList orphans;
    {
        SyncStatement sel(m_db, "SELECT id FROM sync_orphans WHERE type = 'contact'");
        while (sel.next())
            orphans << sel.text(0);
    }
    for (const QString &id : std::as_const(orphans)) {
        bool held = false;
        if (!heldElsewhere(TypeContact, id, QString(), &held, error))
            return false;
        if (!held && !deleteContact(id, true, error))
            return false;
    }
    QList<QPair<QString, QString>> records;
    if (!m_records->orphans(&records, error))
        return false;
    for (const auto &[type, id] : std::as_const(records)) {
        bool held = false;
        if (!heldElsewhere(type, id, QString(), &held, error))
            return false;
        if (!held && !m_records->deleteRecord(type, id, true, error))
            return false;
    }
    return exec("DELETE FROM sync_orphans", error);
}

bool SyncStore::applyCheckpoint(const BucketStates &states, bool complete, SyncCheckpointResult *result,
                                QString *error)
{
    return verifyCheckpoint(states, complete, result, error) && commitCheckpoint(error);
}

bool SyncStore::verifyCheckpoint(const BucketStates &states, bool complete, SyncCheckpointResult *result,
                                 QString *error)
{
    SyncCheckpointResult local;
    SyncCheckpointResult &res = result ? *result : local;
    if (!m_inCheckpoint && !beginCheckpoint(error))
        return false;
    auto abort = [this] {
        abortCheckpoint();
        return false;
    };
    QElapsedTimer timer;
    timer.start();
    if (!flushAccumulators(error))
        return abort();
    SyncStatement store(m_db, "INSERT OR REPLACE INTO sync_buckets (bucket, cursor, op_count, checksum, add_checksum,"
                              " add_count) VALUES (?, ?, ?, ?, coalesce((SELECT add_checksum FROM sync_buckets"
                              " WHERE bucket = ?), 0), coalesce((SELECT add_count FROM sync_buckets WHERE bucket = ?), 0))");
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        const QString &bucket = it.key();
        if (m_refetch.contains(bucket))
            continue;
        const BucketState mine = localState(bucket);
        if (mine.count == it->count && mine.checksum == it->checksum) {
            store.bind(1, bucket);
            store.bind(2, it->cursor);
            store.bind(3, it->count);
            store.bind(4, qint64(it->checksum));
            store.bind(5, bucket);
            store.bind(6, bucket);
            if (!store.exec()) {
                failStatement(error, store);
                return abort();
            }
            res.applied << bucket;
        } else {
            qWarning("sync: bucket %s disagrees with the server (%lld ops, checksum %u; server %lld, %u): fetching it again",
                     qPrintable(bucket), mine.count, mine.checksum, it->count, it->checksum);
            if (!forgetBucket(bucket, false, error))
                return abort();
            m_refetch.insert(bucket);
            res.mismatched << bucket;
        }
    }
    if (complete) {
        QStringList keep = states.keys();
        for (const QString &b : std::as_const(m_refetch))
            if (!keep.contains(b))
                keep << b;
        const QStringList held = cursors().keys();
        for (const QString &b : held) {
            if (keep.contains(b))
                continue;
            if (!forgetBucket(b, true, error))
                return abort();
            res.purged << b;
        }
        if (!purgeOrphans(error))
            return abort();
    }
    res.contactsChanged = res.contactsChanged || m_contactsChanged;
    res.conflictsChanged = res.conflictsChanged || m_conflictsChanged;
    res.recordsChanged = res.recordsChanged || m_records->changed();
    m_timings.verify += timer.nsecsElapsed();
    return true;
}

bool SyncStore::commitCheckpoint(QString *error)
{
    if (!m_inCheckpoint)
        return true;
    m_inCheckpoint = false;
    return commit(error);
}

// --- bulk fill ------------------------------------------------------------------------------------

bool SyncStore::loadBulkState()
{
    m_deferredIndexes.clear();
    const QJsonArray deferred = QJsonDocument::fromJson(stateValue(KeyDeferredIndexes).toUtf8()).array();
    for (const QJsonValue &v : deferred)
        m_deferredIndexes << v.toString();
    m_bulk = stateValue(KeyBulk) == QLatin1String("1");
    m_bulkFirstLid = m_bulk ? stateValue(KeyBulkFirstLid).toLongLong() : 0;
    const QString from = stateValue(KeySearchFrom);
    if (from.isEmpty()) {
        m_unindexedFrom = m_unindexedTo = 0;
    } else {
        m_unindexedFrom = from.toLongLong();
        const QString to = stateValue(KeySearchTo);
        m_unindexedTo = to.isEmpty() ? std::numeric_limits<qint64>::max() : to.toLongLong();
    }
    return m_bulk;
}

bool SyncStore::searchDeferred(qint64 lid) const { return lid > m_unindexedFrom && lid <= m_unindexedTo; }

bool SyncStore::shouldBulkFill(qint64 expectedOps) const
{
    if (expectedOps < m_bulkThreshold)
        return false;
    SyncStatement st(m_db, "SELECT coalesce(max(lid), 0) FROM contacts");
    const qint64 rows = st.next() ? st.int64(0) : 0;
    return expectedOps >= rows;
}

bool SyncStore::setPragmas(bool bulk)
{
    QString error;
    const QByteArray cache = "PRAGMA cache_size = -" + QByteArray::number(bulk ? m_bulkCacheKiB : NormalCacheKiB);
    bool ok = exec(cache.constData(), &error);
    if (m_bulkNoCheckpoint)
        ok = exec(bulk ? "PRAGMA wal_autocheckpoint = 0" : "PRAGMA wal_autocheckpoint = 1000", &error) && ok;
    return ok;
}

bool SyncStore::beginBulkFill(QString *error)
{
    if (m_bulk)
        return true;
    if (m_inCheckpoint)
        return fail(error, QStringLiteral("bulk fill requested inside a checkpoint"));
    QStringList indexSql;
    QStringList names;
    if (m_bulkDropIndexes) {
        // The secondary indexes of the tables a fill writes most (random inserts over the whole table).
        SyncStatement st(m_db, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                               " AND tbl_name IN ('contacts', 'sync_rows') ORDER BY name");
        while (st.next()) {
            names << st.text(0);
            indexSql << st.text(1);
        }
    }
    qint64 firstLid = 0;
    {
        SyncStatement st(m_db, "SELECT coalesce(max(lid), 0) FROM contacts");
        if (st.next())
            firstLid = st.int64(0);
    }
    // Rows above firstLid get their search documents after the fill (indexPendingSearch); a range still
    // pending from an earlier fill is extended.
    const qint64 from = m_unindexedTo > m_unindexedFrom ? m_unindexedFrom : firstLid;
    if (!begin(error))
        return false;
    bool ok = setStateValue(KeyBulk, QStringLiteral("1"), error)
        && setStateValue(KeyBulkFirstLid, QString::number(firstLid), error)
        && setStateValue(KeyBulkIndexes, statementList(indexSql), error)
        && setStateValue(KeySearchFrom, QString::number(from), error) && setStateValue(KeySearchTo, QString(), error);
    for (const QString &name : std::as_const(names)) {
        if (!ok)
            break;
        const QByteArray sql = QByteArray("DROP INDEX IF EXISTS \"") + name.toUtf8() + '"';
        ok = exec(sql.constData(), error);
    }
    if (!ok) {
        rollback();
        return false;
    }
    if (!commit(error))
        return false;
    m_bulk = true;
    m_bulkFirstLid = firstLid;
    m_unindexedFrom = from;
    m_unindexedTo = std::numeric_limits<qint64>::max();
    m_bulkTags.clear();
    m_bulkTagSets.clear();
    setPragmas(true);
    return true;
}

bool SyncStore::endBulkFill(QString *error)
{
    if (!m_bulk)
        return true;
    if (m_inCheckpoint)
        return fail(error, QStringLiteral("bulk fill ended inside a checkpoint"));
    const QJsonArray indexes = QJsonDocument::fromJson(stateValue(KeyBulkIndexes).toUtf8()).array();
    QElapsedTimer timer;
    timer.start();
    if (!begin(error))
        return false;
    QStringList deferred = m_deferredIndexes;
    for (const QJsonValue &v : indexes) {
        const QString sql = createIfNotExists(v.toString());
        if (deferredAfterFill(sql)) {
            if (!deferred.contains(sql))
                deferred << sql;
            continue;
        }
        const QByteArray utf8 = sql.toUtf8();
        QElapsedTimer one;
        one.start();
        if (!exec(utf8.constData(), error)) {
            rollback();
            return false;
        }
        if (qEnvironmentVariableIsSet("RELAIS_SYNC_TRACE"))
            qInfo("sync: %s in %lld ms", qPrintable(sql.left(60)), one.elapsed());
    }
    // Tag names of the new rows: collected while filling, or read back after an interrupted fill.
    QSet<QString> tags = m_bulkTags;
    if (m_bulkTagsLost) {
        SyncStatement sel(m_db, "SELECT DISTINCT tags FROM contacts WHERE lid > ? AND tags <> ''");
        sel.bind(1, m_bulkFirstLid);
        while (sel.next()) {
            const QStringList list = sel.text(0).split(u'\n', Qt::SkipEmptyParts);
            for (const QString &t : list)
                tags.insert(t);
        }
    }
    qint64 lastLid = 0;
    {
        SyncStatement st(m_db, "SELECT coalesce(max(lid), 0) FROM contacts");
        if (st.next())
            lastLid = st.int64(0);
    }
    m_newTags.clear();
    const bool ok = ensurePrepared(error) && rememberTags(QStringList(tags.cbegin(), tags.cend()), error)
        && setStateValue(KeyBulk, QString(), error) && setStateValue(KeyBulkFirstLid, QString(), error)
        && setStateValue(KeyBulkIndexes, QString(), error)
        && setStateValue(KeyDeferredIndexes, statementList(deferred), error)
        && setStateValue(KeySearchTo, QString::number(lastLid), error);
    if (!ok) {
        rollback();
        return false;
    }
    m_contactsChanged = true;
    if (!commit(error))
        return false;
    m_timings.indexes += timer.nsecsElapsed();
    m_bulk = false;
    m_bulkFirstLid = 0;
    m_bulkTags.clear();
    m_bulkTagsLost = false;
    m_deferredIndexes = deferred;
    m_unindexedTo = lastLid;
    setPragmas(false);
    if (m_unindexedFrom >= m_unindexedTo)
        return indexPendingSearch(0, nullptr, error);
    return true;
}

bool SyncStore::recoverBulkFill(QString *error)
{
    if (!loadBulkState())
        return true;
    m_bulkTagsLost = true;
    return endBulkFill(error);
}

qint64 SyncStore::pendingSearchDocuments() const
{
    // Local ids are dense: the width of the range is the count, without reading a million rows.
    if (m_unindexedTo <= m_unindexedFrom)
        return 0;
    if (m_unindexedTo == std::numeric_limits<qint64>::max()) {
        SyncStatement st(m_db, "SELECT coalesce(max(lid), 0) FROM contacts");
        return st.next() ? qMax<qint64>(0, st.int64(0) - m_unindexedFrom) : 0;
    }
    return m_unindexedTo - m_unindexedFrom;
}

qint64 SyncStore::pendingBackgroundWork() const
{
    return pendingSearchDocuments() + m_deferredIndexes.size();
}

bool SyncStore::buildDeferredIndex(QString *error)
{
    const QString sql = m_deferredIndexes.first();
    QElapsedTimer timer;
    timer.start();
    const QStringList rest = m_deferredIndexes.mid(1);
    const bool ok = begin(error) && exec(sql.toUtf8().constData(), error)
        && setStateValue(KeyDeferredIndexes, statementList(rest), error);
    if (!ok) {
        rollback();
        return false;
    }
    if (!commit(error))
        return false;
    m_deferredIndexes = rest;
    if (qEnvironmentVariableIsSet("RELAIS_SYNC_TRACE"))
        qInfo("sync: %s in %lld ms (after the fill)", qPrintable(sql.left(60)), timer.elapsed());
    return true;
}

bool SyncStore::indexPendingSearch(int maxDocs, int *indexed, QString *error)
{
    if (indexed)
        *indexed = 0;
    if (m_bulk || m_inCheckpoint)
        return true; // after the fill
    if (!m_deferredIndexes.isEmpty())
        return buildDeferredIndex(error); // one step of its own: the engine checks for new ops in between
    if (m_unindexedTo <= m_unindexedFrom) {
        if (!stateValue(KeySearchFrom).isEmpty())
            return setStateValue(KeySearchFrom, QString(), error) && setStateValue(KeySearchTo, QString(), error);
        return true;
    }
    QElapsedTimer timer;
    timer.start();
    if (!begin(error))
        return false;
    auto abort = [this] {
        rollback();
        return false;
    };
    qint64 last = m_unindexedFrom;
    int count = 0;
    {
        SyncStatement sel(m_db, "SELECT lid, title, first_name, last_name, email, other_emails, phone, other_phones,"
                                " commune_code, postal_code, address, zone, membership, consent_email, consent_phone,"
                                " consent_sms, tags FROM contacts WHERE lid > ? AND lid <= ? ORDER BY lid LIMIT ?");
        // Delete first: a row edited through ContactRepository meanwhile already has its document.
        SyncStatement del(m_db, "DELETE FROM contacts_fts WHERE docid = ?");
        SyncStatement ins(m_db, "INSERT INTO contacts_fts (docid, names, contact, place, flags) VALUES (?, ?, ?, ?, ?)");
        sel.bind(1, m_unindexedFrom);
        sel.bind(2, m_unindexedTo);
        sel.bind(3, qint64(maxDocs > 0 ? maxDocs : std::numeric_limits<int>::max()));
        QSet<qint64> documented; // rows of the range that have a document already (edited since)
        {
            SyncStatement have(m_db, "SELECT docid FROM contacts_fts WHERE docid > ? AND docid <= ?");
            have.bind(1, m_unindexedFrom);
            have.bind(2, m_unindexedTo);
            while (have.next())
                documented.insert(have.int64(0));
        }
        const QString separator = QStringLiteral("\n");
        SyncStatement::Step r;
        while ((r = sel.step()) == SyncStatement::Step::Row) {
            Contact c;
            c.localId = sel.int64(0);
            c.title = sel.text(1);
            c.firstName = sel.text(2);
            c.lastName = sel.text(3);
            c.email = sel.text(4);
            c.otherEmails = sel.text(5).split(separator, Qt::SkipEmptyParts);
            c.phone = sel.text(6);
            c.otherPhones = sel.text(7).split(separator, Qt::SkipEmptyParts);
            c.communeCode = sel.text(8);
            c.postalCode = sel.text(9);
            c.address = sel.text(10);
            c.zone = sel.text(11);
            c.membership = membershipFromId(sel.text(12)).value_or(Membership::None);
            for (int ch = 0; ch < 3; ++ch) {
                if (!sel.isNull(13 + ch))
                    c.consent[std::size_t(ch)].granted = sel.int64(13 + ch) != 0;
            }
            c.tags = sel.text(16).split(separator, Qt::SkipEmptyParts);
            const ContactSearchIndex::Document d = ContactSearchIndex::document(c);
            del.bind(1, c.localId);
            if (documented.contains(c.localId) && !del.exec()) {
                failStatement(error, del);
                return abort();
            }
            ins.bind(1, c.localId);
            ins.bind(2, d.names);
            ins.bind(3, d.contact);
            ins.bind(4, d.place);
            ins.bind(5, d.flags);
            if (!ins.exec()) {
                failStatement(error, ins);
                return abort();
            }
            last = c.localId;
            ++count;
        }
        if (r != SyncStatement::Step::Done) {
            failStatement(error, sel);
            return abort();
        }
    }
    const bool done = count == 0 || (maxDocs > 0 && count < maxDocs) || maxDocs <= 0 || last >= m_unindexedTo;
    const bool ok = done ? setStateValue(KeySearchFrom, QString(), error) && setStateValue(KeySearchTo, QString(), error)
                         : setStateValue(KeySearchFrom, QString::number(last), error);
    if (!ok)
        return abort();
    m_contactsChanged = count > 0;
    if (!commit(error))
        return false;
    if (done)
        m_unindexedFrom = m_unindexedTo = 0;
    else
        m_unindexedFrom = last;
    m_timings.search += timer.nsecsElapsed();
    if (indexed)
        *indexed = count;
    return true;
}

// --- pushing --------------------------------------------------------------------------------------

int SyncStore::pendingUploadCount() const
{
    SyncStatement st(m_db, "SELECT count(*) FROM upload_queue");
    return st.next() ? int(st.int64(0)) : 0;
}

QList<SyncPushItem> SyncStore::pendingUploads(int limit, QString *error)
{
    QList<SyncPushItem> items;
    QList<qint64> obsolete;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, record_type, record_id, op, fields, base_version, data FROM upload_queue"
                             " ORDER BY seq LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec()) {
        failQuery(error, q);
        return items;
    }
    QSqlQuery row(m_db);
    while (q.next()) {
        SyncPushItem item;
        item.seq = q.value(0).toLongLong();
        item.type = q.value(1).toString();
        item.id = q.value(2).toString();
        item.op = q.value(3).toString();
        const QStringList fields = q.value(4).toString().split(u',', Qt::SkipEmptyParts);
        item.baseVersion = q.value(5).toLongLong();
        if (item.type == TypeContact && item.op != QLatin1String("delete")) {
            row.prepare(ContactRow::selectSql() + QStringLiteral(" WHERE id = ?"));
            row.addBindValue(item.id);
            if (!row.exec() || !row.next()) {
                obsolete << item.seq; // deleted since: the queued delete (if synced) says it
                continue;
            }
            const Contact c = ContactRow::fromQuery(row);
            if (item.op == QLatin1String("put") || fields.contains(QLatin1String("*")))
                item.data = ContactJson::toJson(c);
            else
                item.data = ContactJson::fields(c, fields);
        } else if (item.type == TypeInteraction) {
            row.prepare(QStringLiteral("SELECT id, contact_id, zone, kind, at, author, data FROM interactions WHERE id = ?"));
            row.addBindValue(item.id);
            if (!row.exec() || !row.next()) {
                obsolete << item.seq;
                continue;
            }
            Interaction i;
            i.id = row.value(0).toString();
            i.contactId = row.value(1).toString();
            i.zone = row.value(2).toString();
            i.kind = row.value(3).toString();
            i.at = ContactRow::fromIso(row.value(4).toString());
            i.author = row.value(5).toString();
            i.data = QJsonDocument::fromJson(row.value(6).toString().toUtf8()).object();
            item.data = ContactJson::toJson(i);
        } else if (item.type == TypeConflict) {
            const QJsonObject stored = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
            item.data = QJsonObject{{QStringLiteral("value"), stored.value(QLatin1String("value"))}};
        } else if (SyncRecordStore::handles(item.type)) {
            // The data of generic puts is read below, once this scan of the queue is over.
        } else if (item.type != TypeContact) {
            obsolete << item.seq;
            continue;
        }
        items << item;
    }
    q.finish();
    row.finish();
    if (!m_records->fillPushItems(items, &obsolete, !m_inCheckpoint, error))
        return {};
    if (!obsolete.isEmpty()) {
        QSqlQuery del(m_db);
        del.prepare(QStringLiteral("DELETE FROM upload_queue WHERE seq = ?"));
        for (qint64 seq : std::as_const(obsolete)) {
            del.addBindValue(seq);
            del.exec();
        }
    }
    return items;
}

bool SyncStore::clearDirtyIfSettled(const QString &type, const QString &id, QString *error)
{
    SyncStatement left(m_db, "SELECT 1 FROM upload_queue WHERE record_type = ? AND record_id = ? LIMIT 1");
    left.bind(1, type);
    left.bind(2, id);
    if (left.next())
        return true;
    const char *sql = type == TypeContact ? "UPDATE contacts SET dirty = 0 WHERE id = ? AND dirty <> 0"
        : type == TypeInteraction         ? "UPDATE interactions SET dirty = 0 WHERE id = ? AND dirty <> 0"
                                          : nullptr;
    if (!sql)
        return true;
    SyncStatement up(m_db, sql);
    up.bind(1, id);
    return up.exec() || failStatement(error, up);
}

bool SyncStore::settleContact(const QString &id, qint64 answeredVersion, bool *changed, QString *error)
{
    if (!loadPending(error))
        return false;
    if (m_pendingContacts.contains(id))
        return true; // more local edits on the way: the shadow stays for them
    SyncStatement sel(m_db, "SELECT version, data FROM sync_shadows WHERE id = ?");
    sel.bind(1, id);
    if (!sel.next())
        return true;
    const qint64 version = sel.int64(0);
    const QJsonObject data = QJsonDocument::fromJson(sel.utf8(1)).object();
    sel.reset();
    SyncStatement del(m_db, "DELETE FROM sync_shadows WHERE id = ?");
    del.bind(1, id);
    if (!del.exec())
        return failStatement(error, del);
    // Older than the answer: the op of this write is still to come and brings the server's row.
    if (version < answeredVersion)
        return true;
    Contact c = ContactJson::fromJson(data);
    c.id = id;
    c.dirty = false;
    *changed = true;
    return writeServerContact(std::move(c), error);
}

bool SyncStore::acknowledge(const QList<SyncPushResult> &results, SyncAckResult *out, QString *error)
{
    SyncAckResult local;
    SyncAckResult &res = out ? *out : local;
    if (m_inCheckpoint)
        return fail(error, QStringLiteral("acknowledge inside a checkpoint"));
    if (!ensurePrepared(error) || !begin(error))
        return false;
    auto abort = [this] {
        rollback();
        return false;
    };
    SyncStatement entry(m_db, "SELECT record_type, record_id, op, data FROM upload_queue WHERE seq = ?");
    SyncStatement remove(m_db, "DELETE FROM upload_queue WHERE seq = ?");
    SyncStatement version(m_db, "UPDATE contacts SET version = ? WHERE id = ? AND version < ?");
    for (const SyncPushResult &r : results) {
        if (r.status == SyncPushResult::Status::Unknown)
            continue; // not answered in a way this version understands: try again later
        entry.bind(1, r.seq);
        if (!entry.next()) {
            entry.reset();
            continue; // answered before
        }
        const QString type = entry.text(0);
        const QString id = entry.text(1);
        const QString op = entry.text(2);
        // The contact a resolve is about (its field was kept locally like an edit).
        const QString resolvedContact = type == TypeConflict
            ? QJsonDocument::fromJson(entry.utf8(3)).object().value(QLatin1String("contact_id")).toString()
            : QString();
        entry.reset();
        remove.bind(1, r.seq);
        if (!remove.exec()) {
            failStatement(error, remove);
            return abort();
        }
        ++res.answered;
        if (SyncRecordStore::handles(type)) {
            if (!acknowledgeRecord(r, type, id, op, &res, error))
                return abort();
            continue;
        }
        switch (r.status) {
        case SyncPushResult::Status::Applied:
        case SyncPushResult::Status::Merged:
        case SyncPushResult::Status::Conflict:
        case SyncPushResult::Status::Duplicate:
            if (r.status == SyncPushResult::Status::Conflict)
                ++res.conflicts;
            // Only an `applied` write leaves the local row equal to the server's version; after a merge the
            // next pull brings the fields others changed, with their version.
            if (type == TypeContact && r.status == SyncPushResult::Status::Applied && r.version > 0) {
                version.bind(1, r.version);
                version.bind(2, id);
                version.bind(3, r.version);
                if (!version.exec()) {
                    failStatement(error, version);
                    return abort();
                }
            }
            if (!clearDirtyIfSettled(type, id, error))
                return abort();
            if (type == TypeContact || !resolvedContact.isEmpty()) {
                bool changed = false;
                if (!settleContact(type == TypeContact ? id : resolvedContact, r.version, &changed, error))
                    return abort();
                res.contactsChanged = res.contactsChanged || changed;
            }
            break;
        case SyncPushResult::Status::Rejected: {
            ++res.rejected;
            if (!loadPending(error))
                return abort();
            m_contactsChanged = false;
            m_conflictsChanged = false;
            if (r.row.isObject()) {
                // The compensating write: the server's record replaces ours (other pending edits stay on top).
                const QJsonObject row = r.row.toObject();
                SyncOp compensating;
                compensating.type = type;
                compensating.id = id;
                compensating.data = row;
                compensating.bucket = row.value(QLatin1String("zone")).toString();
                bool ok = true;
                if (type == TypeContact) {
                    ok = putContact(compensating, error) && clearDirtyIfSettled(type, id, error);
                    bool changed = false;
                    // The compensating row is newer than any shadow.
                    ok = ok && settleContact(id, std::numeric_limits<qint64>::max(), &changed, error);
                }
                else if (type == TypeInteraction)
                    ok = putInteraction(compensating, error) && clearDirtyIfSettled(type, id, error);
                else if (type == TypeConflict)
                    ok = putConflict(compensating, error);
                if (!ok)
                    return abort();
            } else {
                bool ok = true;
                if (type == TypeContact)
                    ok = deleteContact(id, true, error);
                else if (type == TypeInteraction)
                    ok = deleteInteraction(id, error);
                else if (type == TypeConflict)
                    ok = deleteConflict(id, error);
                if (!ok)
                    return abort();
            }
            // The resolve's local value was a guess: the conflict (or its removal) comes with the server's row.
            if (type == TypeConflict && op == QLatin1String("resolve"))
                m_conflictsChanged = true;
            res.contactsChanged = res.contactsChanged || m_contactsChanged;
            res.conflictsChanged = res.conflictsChanged || m_conflictsChanged;
            break;
        }
        case SyncPushResult::Status::Unknown:
            break;
        }
    }
    m_contactsChanged = res.contactsChanged;
    m_conflictsChanged = res.conflictsChanged;
    return commit(error);
}

bool SyncStore::acknowledgeRecord(const SyncPushResult &r, const QString &type, const QString &id,
                                  const QString &op, SyncAckResult *res, QString *error)
{
    if (r.status == SyncPushResult::Status::Rejected)
        ++res->rejected;
    else if (r.status == SyncPushResult::Status::Conflict)
        ++res->conflicts;
    m_records->resetChanged();
    if (!m_records->acknowledge(r, type, id, op, error))
        return false;
    res->recordsChanged = res->recordsChanged || m_records->changed();
    return true;
}

// --- conflicts ------------------------------------------------------------------------------------

QList<SyncConflict> SyncStore::listConflicts() const
{
    QList<SyncConflict> out;
    SyncStatement st(m_db, "SELECT id, zone, contact_id, field, data FROM conflicts ORDER BY id");
    while (st.next()) {
        SyncConflict c = SyncConflict::fromJson(QJsonDocument::fromJson(st.utf8(4)).object());
        c.id = st.text(0);
        c.zone = st.text(1);
        c.contactId = st.text(2);
        c.field = st.text(3);
        if (c.recordType.isEmpty())
            c.recordType = TypeContact;
        out << c;
    }
    return out;
}

int SyncStore::conflictCount() const
{
    SyncStatement st(m_db, "SELECT count(*) FROM conflicts");
    return st.next() ? int(st.int64(0)) : 0;
}

bool SyncStore::resolveConflict(const QString &conflictId, const QJsonValue &chosen, QString *error)
{
    if (m_inCheckpoint)
        return fail(error, QStringLiteral("resolve inside a checkpoint"));
    if (!ensurePrepared(error) || !begin(error))
        return false;
    QString contactId, field;
    {
        SyncStatement st(m_db, "SELECT contact_id, field FROM conflicts WHERE id = ?");
        st.bind(1, conflictId);
        if (!st.next()) {
            rollback();
            return fail(error, tr("This conflict no longer exists."));
        }
        contactId = st.text(0);
        field = st.text(1);
    }
    if (!ContactJson::editableFields().contains(field)) {
        rollback();
        return fail(error, tr("This conflict is about a field this version of Relais does not know."));
    }
    qint64 baseVersion = 0;
    QSqlQuery q(m_db);
    q.prepare(ContactRow::selectSql() + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(contactId);
    if (!q.exec()) {
        failQuery(error, q);
        rollback();
        return false;
    }
    if (q.next()) {
        Contact c = ContactRow::fromQuery(q);
        q.finish();
        baseVersion = c.version;
        ContactJson::applyFields(c, QJsonObject{{field, chosen}});
        c.dirty = true;
        c.updatedAt = QDateTime::currentDateTimeUtc();
        const bool indexed = !searchDeferred(c.localId); // else indexed by indexPendingSearch()
        if (!updateContact(c, error) || (indexed && !writeSearchDocument(c, true, error))
            || !rememberTags(c.tags, error)) {
            rollback();
            return false;
        }
        m_contactsChanged = true;
    }
    QSqlQuery up(m_db);
    up.prepare(QStringLiteral("INSERT INTO upload_queue (record_type, record_id, op, fields, base_version, created_at, data)"
                              " VALUES ('conflict', ?, 'resolve', ?, ?, ?, ?)"));
    up.addBindValue(conflictId);
    up.addBindValue(field);
    up.addBindValue(baseVersion);
    up.addBindValue(nowIso());
    up.addBindValue(QString::fromUtf8(compact(QJsonObject{{QStringLiteral("value"), chosen},
                                                          {QStringLiteral("contact_id"), contactId}})));
    if (!up.exec()) {
        failQuery(error, up);
        rollback();
        return false;
    }
    if (!deleteConflict(conflictId, error)) {
        rollback();
        return false;
    }
    return commit(error);
}

} // namespace relais
