#include "SqlCipherDriver.h"

#include "SqlCipherLibrary.h"
#include "SqlCipherResult.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlDriverCreator>

#include <sodium.h>
#include <sqlcipher/sqlite3.h>

namespace relais {

namespace {
const SqlCipherLibrary &lib() { return SqlCipherLibrary::instance(); }

constexpr char PlainHeader[] = "SQLite format 3";

bool fileHasPlainHeader(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(16);
    return head.startsWith(QByteArray(PlainHeader));
}

/// Runs a statement returning a single text value (PRAGMA cipher_version and the like).
bool queryText(sqlite3 *db, const char *sql, QString *out, int *rcOut)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = lib().prepare_v2(db, sql, -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        rc = lib().step(stmt);
        if (rc == SQLITE_ROW) {
            const auto *t = reinterpret_cast<const char *>(lib().column_text(stmt, 0));
            *out = t ? QString::fromUtf8(t) : QString();
            rc = SQLITE_OK;
        } else if (rc == SQLITE_DONE) {
            out->clear();
            rc = SQLITE_OK;
        }
    }
    lib().finalize(stmt);
    *rcOut = rc;
    return rc == SQLITE_OK;
}

QByteArray keySpec(const QByteArray &rawKey)
{
    // SQLCipher's raw-key syntax x'<64 hex>' skips its own PBKDF2: the key already comes from Argon2id.
    QByteArray spec(3 + rawKey.size() * 2, '\0');
    spec[0] = 'x';
    spec[1] = '\'';
    sodium_bin2hex(spec.data() + 2, size_t(rawKey.size() * 2 + 1),
                   reinterpret_cast<const unsigned char *>(rawKey.constData()), size_t(rawKey.size()));
    spec[spec.size() - 1] = '\'';
    return spec;
}

void wipe(QByteArray &b)
{
    if (!b.isEmpty())
        sodium_memzero(b.data(), size_t(b.size()));
    b.clear();
}
} // namespace

void SqlCipherDriver::registerDriver()
{
    static const bool once = [] {
        QSqlDatabase::registerSqlDriver(QString::fromLatin1(DriverName),
                                        new QSqlDriverCreator<SqlCipherDriver>);
        return true;
    }();
    Q_UNUSED(once);
}

SqlCipherDriver::SqlCipherDriver(QObject *parent) : QSqlDriver(parent) {}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
    wipe(m_key);
}

void SqlCipherDriver::setKey(const QByteArray &rawKey)
{
    wipe(m_key);
    m_key = rawKey;
    m_key.detach();
}

bool SqlCipherDriver::hasFeature(DriverFeature f) const
{
    switch (f) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case FinishQuery:
    case LowPrecisionNumbers:
        return true;
    default:
        return false;
    }
}

bool SqlCipherDriver::failOpen(const QString &message, QSqlError::ErrorType type)
{
    if (m_db) {
        lib().close_v2(m_db);
        m_db = nullptr;
    }
    wipe(m_key);
    setLastError(QSqlError(QStringLiteral("Unable to open encrypted database"), message, type));
    setOpenError(true);
    setOpen(false);
    return false;
}

bool SqlCipherDriver::open(const QString &db, const QString &, const QString &password,
                           const QString &, int, const QString &connOpts)
{
    if (isOpen())
        close();
    const SqlCipherLibrary &l = lib();
    if (!l.isLoaded())
        return failOpen(QStringLiteral("SQLCipher could not be loaded: %1").arg(l.loadError()));
    if (m_key.isEmpty() && !password.isEmpty()) {
        m_key = QByteArray::fromHex(password.toLatin1());
    }
    if (m_key.size() != 32)
        return failOpen(QStringLiteral("a 256-bit database key is required"));
    if (fileHasPlainHeader(db))
        return failOpen(QStringLiteral("the file is a plaintext SQLite database, refusing to use it"));

    const bool readOnly = connOpts.contains(QLatin1String("QSQLITE_OPEN_READONLY"));
    const int flags = (readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE))
        | SQLITE_OPEN_NOMUTEX;
    const QByteArray path = db.toUtf8();
    if (l.open_v2(path.constData(), &m_db, flags, nullptr) != SQLITE_OK) {
        const QString msg = m_db ? QString::fromUtf8(l.errmsg(m_db)) : QStringLiteral("out of memory");
        return failOpen(msg);
    }
    QByteArray spec = keySpec(m_key);
    const int krc = l.key(m_db, spec.constData(), int(spec.size()));
    wipe(spec);
    wipe(m_key);
    if (krc != SQLITE_OK)
        return failOpen(QStringLiteral("SQLCipher refused the key"));

    int rc = SQLITE_OK;
    QString value;
    // Larger pages than SQLCipher 3's 1 KiB default: fewer HMACs and decryptions per row.
    if (m_pageSize < 1024 || m_pageSize > 65536 || (m_pageSize & (m_pageSize - 1)) != 0)
        return failOpen(QStringLiteral("invalid cipher page size %1").arg(m_pageSize));
    const QByteArray pageSize = "PRAGMA cipher_page_size = " + QByteArray::number(m_pageSize);
    if (!queryText(m_db, pageSize.constData(), &value, &rc))
        return failOpen(QStringLiteral("cannot set the cipher page size"));
    if (!queryText(m_db, "PRAGMA cipher_version", &value, &rc) || value.isEmpty())
        return failOpen(QStringLiteral("the loaded library is not SQLCipher; refusing to write unencrypted data"));
    m_cipherVersion = value;
    // A wrong key is only noticed at the first read of a page.
    if (!queryText(m_db, "SELECT count(*) FROM sqlite_master", &value, &rc)) {
        if (rc == SQLITE_NOTADB)
            return failOpen(QStringLiteral("wrong key, or not a Relais database"), QSqlError::ConnectionError);
        return failOpen(QString::fromUtf8(l.errmsg(m_db)));
    }
    l.busy_timeout(m_db, 5000);
    static const char *const pragmas[] = {
        "PRAGMA secure_delete = ON",     // erased data is overwritten, not left in free pages
        "PRAGMA foreign_keys = ON",
        "PRAGMA journal_mode = WAL",     // WAL frames are encrypted like the main file
        "PRAGMA synchronous = NORMAL",
        "PRAGMA temp_store = MEMORY",    // no temporary files at all
        "PRAGMA cache_size = -65536",    // 64 MiB of decrypted pages
    };
    for (const char *p : pragmas) {
        if (readOnly && QByteArray(p).contains("journal_mode"))
            continue;
        if (!queryText(m_db, p, &value, &rc))
            return failOpen(QStringLiteral("cannot configure the database: %1").arg(QString::fromUtf8(l.errmsg(m_db))));
    }
    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close()
{
    if (m_db) {
        lib().close_v2(m_db);
        m_db = nullptr;
    }
    if (isOpen()) {
        setOpen(false);
        setOpenError(false);
    }
}

bool SqlCipherDriver::rekey(const QByteArray &newRawKey)
{
    if (!m_db)
        return false;
    QByteArray spec = keySpec(newRawKey);
    const int rc = lib().rekey(m_db, spec.constData(), int(spec.size()));
    wipe(spec);
    return rc == SQLITE_OK;
}

QSqlResult *SqlCipherDriver::createResult() const { return new SqlCipherResult(this); }

bool SqlCipherDriver::execSimple(const char *sql, QSqlError::ErrorType type, const QString &what)
{
    if (!m_db)
        return false;
    char *err = nullptr;
    if (lib().exec(m_db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        setLastError(QSqlError(what, QString::fromUtf8(err ? err : ""), type));
        lib().free(err);
        return false;
    }
    return true;
}

bool SqlCipherDriver::beginTransaction()
{
    return execSimple("BEGIN IMMEDIATE", QSqlError::TransactionError, QStringLiteral("Unable to begin transaction"));
}

bool SqlCipherDriver::commitTransaction()
{
    return execSimple("COMMIT", QSqlError::TransactionError, QStringLiteral("Unable to commit transaction"));
}

bool SqlCipherDriver::rollbackTransaction()
{
    return execSimple("ROLLBACK", QSqlError::TransactionError, QStringLiteral("Unable to roll back transaction"));
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList out;
    if (!m_db)
        return out;
    QString sql;
    if (type & QSql::Tables)
        sql = QStringLiteral("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'");
    if (type & QSql::Views)
        sql += (sql.isEmpty() ? QString() : QStringLiteral(" UNION ALL "))
            + QStringLiteral("SELECT name FROM sqlite_master WHERE type='view'");
    if (type & QSql::SystemTables)
        sql += (sql.isEmpty() ? QString() : QStringLiteral(" UNION ALL "))
            + QStringLiteral("SELECT name FROM sqlite_master WHERE name LIKE 'sqlite_%'");
    if (sql.isEmpty())
        return out;
    const QByteArray q = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    if (lib().prepare_v2(m_db, q.constData(), -1, &stmt, nullptr) == SQLITE_OK) {
        while (lib().step(stmt) == SQLITE_ROW)
            out << QString::fromUtf8(reinterpret_cast<const char *>(lib().column_text(stmt, 0)));
    }
    lib().finalize(stmt);
    return out;
}

QString SqlCipherDriver::escapeIdentifier(const QString &identifier, IdentifierType) const
{
    QString id = identifier;
    if (id.startsWith(u'"') && id.endsWith(u'"'))
        return id;
    id.replace(u'"', QLatin1String("\"\""));
    return u'"' + id + u'"';
}

QVariant SqlCipherDriver::handle() const { return QVariant::fromValue(static_cast<void *>(m_db)); }

} // namespace relais
