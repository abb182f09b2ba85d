#include "SyncStatement.h"

#include "SqlCipherLibrary.h"
#include "SqlCipherStatement.h"

#include <sqlcipher/sqlite3.h>

namespace relais {

namespace {
const SqlCipherLibrary &lib() { return SqlCipherLibrary::instance(); }
} // namespace

SyncStatement::SyncStatement(const QSqlDatabase &db, const char *sql) { prepare(db, sql); }

SyncStatement::~SyncStatement() { finalize(); }

bool SyncStatement::prepare(const QSqlDatabase &db, const char *sql)
{
    finalize();
    m_db = SqlCipherStatement::connection(db);
    if (!m_db) {
        m_prepareError = QStringLiteral("database is closed");
        return false;
    }
    if (lib().prepare_v2(m_db, sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
        m_prepareError = QString::fromUtf8(lib().errmsg(m_db));
        lib().finalize(m_stmt);
        m_stmt = nullptr;
        return false;
    }
    m_prepareError.clear();
    return true;
}

void SyncStatement::finalize()
{
    if (m_stmt)
        lib().finalize(m_stmt);
    m_stmt = nullptr;
}

void SyncStatement::bindNull(int index)
{
    if (m_stmt)
        lib().bind_null(m_stmt, index);
}

void SyncStatement::bind(int index, qint64 value)
{
    if (m_stmt)
        lib().bind_int64(m_stmt, index, value);
}

void SyncStatement::bind(int index, const QByteArray &utf8)
{
    if (!m_stmt)
        return;
    if (utf8.isNull())
        lib().bind_null(m_stmt, index);
    else
        lib().bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SyncStatement::bindStatic(int index, const QByteArray &utf8)
{
    if (!m_stmt)
        return;
    if (utf8.isNull())
        lib().bind_null(m_stmt, index);
    else
        lib().bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void SyncStatement::bind(int index, const QString &value)
{
    if (value.isNull())
        bindNull(index);
    else
        bind(index, value.toUtf8());
}

void SyncStatement::bind(int index, const QVariant &value)
{
    if (value.isNull()) {
        bindNull(index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        bind(index, value.toLongLong());
        break;
    default: {
        // A QVariant holding an empty QString is text, not NULL (nullable columns use null variants).
        const QByteArray utf8 = value.toString().toUtf8();
        if (m_stmt)
            lib().bind_text(m_stmt, index, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        break;
    }
    }
}

SyncStatement::Step SyncStatement::step()
{
    if (!m_stmt)
        return Step::Error;
    const int rc = lib().step(m_stmt);
    if (rc == SQLITE_ROW)
        return Step::Row;
    if (rc == SQLITE_DONE)
        return Step::Done;
    if (rc == SQLITE_CONSTRAINT) {
        // Unique and primary keys only: other constraints (NOT NULL, CHECK) are errors.
        const int ext = lib().extended_errcode(m_db);
        if (ext == SQLITE_CONSTRAINT_UNIQUE || ext == SQLITE_CONSTRAINT_PRIMARYKEY)
            return Step::Constraint;
    }
    return Step::Error;
}

bool SyncStatement::exec()
{
    const Step s = step();
    const bool ok = s == Step::Done || s == Step::Row;
    if (ok)
        reset();
    return ok;
}

void SyncStatement::reset()
{
    if (!m_stmt)
        return;
    lib().reset(m_stmt);
    lib().clear_bindings(m_stmt);
}

bool SyncStatement::isNull(int column) const
{
    return !m_stmt || lib().column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SyncStatement::int64(int column) const { return m_stmt ? lib().column_int64(m_stmt, column) : 0; }

QByteArray SyncStatement::utf8(int column) const
{
    if (!m_stmt)
        return {};
    const auto *p = reinterpret_cast<const char *>(lib().column_text(m_stmt, column));
    if (!p)
        return {};
    return QByteArray(p, lib().column_bytes(m_stmt, column));
}

QString SyncStatement::text(int column) const
{
    if (!m_stmt)
        return {};
    const auto *p = reinterpret_cast<const char *>(lib().column_text(m_stmt, column));
    if (!p)
        return {};
    return QString::fromUtf8(p, lib().column_bytes(m_stmt, column));
}

QString SyncStatement::errorMessage() const
{
    if (!m_prepareError.isEmpty())
        return m_prepareError;
    return m_db ? QString::fromUtf8(lib().errmsg(m_db)) : QStringLiteral("database is closed");
}

qint64 SyncStatement::lastInsertRowId(const QSqlDatabase &db)
{
    sqlite3 *h = SqlCipherStatement::connection(db);
    return h ? lib().last_insert_rowid(h) : 0;
}

int SyncStatement::changes(const QSqlDatabase &db)
{
    sqlite3 *h = SqlCipherStatement::connection(db);
    return h ? lib().changes(h) : 0;
}

bool SyncStatement::execute(const QSqlDatabase &db, const char *sql, QString *error)
{
    sqlite3 *h = SqlCipherStatement::connection(db);
    if (!h) {
        if (error)
            *error = QStringLiteral("database is closed");
        return false;
    }
    char *err = nullptr;
    if (lib().exec(h, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(err ? err : "unknown error");
        lib().free(err);
        return false;
    }
    return true;
}

} // namespace relais
