#include "Migrations.h"

#include "ContactSearchIndex.h"
#include "SignatureIndex.h"

#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace relais {

namespace {

bool execAll(const QSqlDatabase &db, const QStringList &statements, QString *error)
{
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            *error = q.lastError().text() + QLatin1String(" in: ") + sql.left(80);
            return false;
        }
    }
    return true;
}

bool migrateTo1(const QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE contacts ("
            " lid INTEGER PRIMARY KEY,"
            " id TEXT NOT NULL UNIQUE,"           // UUIDv7
            " zone TEXT NOT NULL,"                // department bucket, e.g. D69
            " version INTEGER NOT NULL DEFAULT 0,"// server version (0: never synced)
            " dirty INTEGER NOT NULL DEFAULT 0,"  // local edits not yet acknowledged by the server
            " title TEXT, first_name TEXT NOT NULL DEFAULT '', last_name TEXT NOT NULL DEFAULT '',"
            " sort_key TEXT NOT NULL DEFAULT '', birthdate TEXT,"
            " email TEXT, other_emails TEXT, phone TEXT, other_phones TEXT,"
            " address TEXT, postal_code TEXT, commune_code TEXT,"
            " membership TEXT NOT NULL DEFAULT 'none', tags TEXT NOT NULL DEFAULT '', notes TEXT,"
            " consent_email INTEGER, consent_email_at TEXT, consent_email_source TEXT,"
            " consent_phone INTEGER, consent_phone_at TEXT, consent_phone_source TEXT,"
            " consent_sms INTEGER, consent_sms_at TEXT, consent_sms_source TEXT,"
            " custom TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,"
            " created_by TEXT, updated_by TEXT)"),
        QStringLiteral("CREATE INDEX contacts_sort ON contacts(sort_key)"),
        QStringLiteral("CREATE INDEX contacts_zone ON contacts(zone)"),
        QStringLiteral("CREATE INDEX contacts_email ON contacts(email)"),
        QStringLiteral("CREATE INDEX contacts_phone ON contacts(phone)"),
        QStringLiteral(
            "CREATE TABLE interactions ("
            " lid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, contact_id TEXT NOT NULL,"
            " zone TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 0, dirty INTEGER NOT NULL DEFAULT 1,"
            " kind TEXT NOT NULL, at TEXT NOT NULL, author TEXT, data TEXT)"),
        QStringLiteral("CREATE INDEX interactions_contact ON interactions(contact_id, at)"),
    }, error);
}

bool migrateTo2(const QSqlDatabase &db, QString *error)
{
    if (!execAll(db, {
            ContactSearchIndex::createTableSql(),
            QStringLiteral(
                "CREATE TABLE upload_queue ("
                " seq INTEGER PRIMARY KEY AUTOINCREMENT, record_type TEXT NOT NULL, record_id TEXT NOT NULL,"
                " op TEXT NOT NULL, fields TEXT, base_version INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE sync_buckets (bucket TEXT PRIMARY KEY, cursor INTEGER NOT NULL DEFAULT 0,"
                " op_count INTEGER NOT NULL DEFAULT 0, checksum INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE tag_names (name TEXT PRIMARY KEY COLLATE NOCASE) WITHOUT ROWID"),
            // Existing contacts are dirty local records: queue them for their first upload.
            QStringLiteral("INSERT INTO upload_queue (record_type, record_id, op, fields, base_version, created_at)"
                           " SELECT 'contact', id, 'put', '*', version, updated_at FROM contacts WHERE dirty = 1"),
        }, error))
        return false;
    // Tag names and the search index are derived from the rows already there.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT tags FROM contacts WHERE tags <> ''"))) {
        *error = q.lastError().text();
        return false;
    }
    QStringList tags;
    while (q.next())
        tags += q.value(0).toString().split(u'\n', Qt::SkipEmptyParts);
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT OR IGNORE INTO tag_names (name) VALUES (?)"));
    for (const QString &t : std::as_const(tags)) {
        ins.addBindValue(t);
        if (!ins.exec()) {
            *error = ins.lastError().text();
            return false;
        }
    }
    return ContactSearchIndex::rebuild(db, error);
}

bool migrateTo3(const QSqlDatabase &db, QString *error)
{
    // The list filters (department or region, membership, consent) answered by one index.
    return execAll(db, {
        QStringLiteral("DROP INDEX contacts_zone"),
        QStringLiteral("CREATE INDEX contacts_filter ON contacts(zone, membership, consent_email, consent_phone, consent_sms)"),
    }, error);
}

bool migrateTo4(const QSqlDatabase &db, QString *error)
{
    // Sync bookkeeping (SyncStore): the op that last wrote each record of each bucket, the checksums of
    // ops that no longer have a row, contacts left without a bucket, synced conflict records, sync
    // settings (client id, server), and the data of queued items that carry their own (conflict resolve).
    return execAll(db, {
        QStringLiteral("CREATE TABLE sync_rows (bucket TEXT NOT NULL, type TEXT NOT NULL, id TEXT NOT NULL,"
                       " op_id INTEGER NOT NULL, checksum INTEGER NOT NULL, PRIMARY KEY (bucket, type, id)) WITHOUT ROWID"),
        QStringLiteral("ALTER TABLE sync_buckets ADD COLUMN add_checksum INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE sync_buckets ADD COLUMN add_count INTEGER NOT NULL DEFAULT 0"),
        // The server's row as last pulled for a contact whose local edits were kept on top of it (rebase):
        // put back once the server has answered those edits.
        QStringLiteral("CREATE TABLE sync_shadows (id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE sync_orphans (type TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (type, id)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE conflicts (id TEXT PRIMARY KEY, zone TEXT NOT NULL, contact_id TEXT NOT NULL,"
                       " field TEXT NOT NULL, data TEXT NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX conflicts_contact ON conflicts(contact_id)"),
        QStringLiteral("ALTER TABLE upload_queue ADD COLUMN data TEXT"),
        QStringLiteral("CREATE INDEX upload_queue_record ON upload_queue(record_type, record_id)"),
    }, error);
}

bool migrateTo5(const QSqlDatabase &db, QString *error)
{
    // Synced records of the other types (newsletters, segments, senders...), each stored whole as the JSON
    // the server sent (SyncRecordStore, RecordRepository).
    return execAll(db, {
        QStringLiteral("CREATE TABLE records (type TEXT NOT NULL, id TEXT NOT NULL, zone TEXT NOT NULL,"
                       " version INTEGER NOT NULL DEFAULT 0, dirty INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL,"
                       " PRIMARY KEY (type, id)) WITHOUT ROWID"),
    }, error);
}

bool migrateTo6(const QSqlDatabase &db, QString *error)
{
    // Petition signatures in columns of their own (SignatureIndex): the results of a petition are SQL over
    // indexes (this SQLite has no JSON functions).
    return execAll(db, SignatureIndex::createSql(), error) && SignatureIndex::rebuild(db, error);
}

struct Step {
    int version;
    std::function<bool(const QSqlDatabase &, QString *)> apply;
};

const QList<Step> &steps()
{
    static const QList<Step> s{{1, migrateTo1}, {2, migrateTo2}, {3, migrateTo3}, {4, migrateTo4},
                                     {5, migrateTo5}, {6, migrateTo6}};
    return s;
}

} // namespace

int Migrations::latestVersion() { return steps().last().version; }

int Migrations::currentVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='schema_version'"))
        || !q.next() || q.value(0).toInt() == 0)
        return 0;
    if (!q.exec(QStringLiteral("SELECT version FROM schema_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool Migrations::migrate(const QSqlDatabase &db, QString *error, int target)
{
    if (target < 0)
        target = latestVersion();
    const int current = currentVersion(db);
    if (current > latestVersion()) {
        *error = tr("This profile was written by a newer version of Relais (schema %1, this program knows %2). "
                    "Update Relais to open it.").arg(current).arg(latestVersion());
        return false;
    }
    QSqlDatabase d = db;
    for (const Step &step : steps()) {
        if (step.version <= current || step.version > target)
            continue;
        if (!d.transaction()) {
            *error = d.lastError().text();
            return false;
        }
        QString stepError;
        QSqlQuery q(d);
        bool ok = step.apply(d, &stepError);
        if (ok && step.version == 1)
            ok = q.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"))
                && q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (0)"));
        if (ok) {
            q.prepare(QStringLiteral("UPDATE schema_version SET version = ?"));
            q.addBindValue(step.version);
            ok = q.exec();
            if (!ok)
                stepError = q.lastError().text();
        }
        if (!ok || !d.commit()) {
            d.rollback();
            *error = tr("Upgrading the profile to schema %1 failed: %2").arg(step.version).arg(stepError);
            return false;
        }
    }
    return true;
}

} // namespace relais
