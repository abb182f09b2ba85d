#include "SqlCipherStatement.h"

#include "SqlCipherLibrary.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlcipher/sqlite3.h>

namespace relais {

namespace {
const SqlCipherLibrary &lib() { return SqlCipherLibrary::instance(); }
} // namespace

sqlite3 *SqlCipherStatement::connection(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    return v.isValid() ? static_cast<sqlite3 *>(v.value<void *>()) : nullptr;
}

SqlCipherStatement::SqlCipherStatement(const QSqlDatabase &db, const char *sql) : m_db(connection(db))
{
    if (m_db && lib().prepare_v2(m_db, sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
        lib().finalize(m_stmt);
        m_stmt = nullptr;
    }
}

SqlCipherStatement::~SqlCipherStatement()
{
    if (m_stmt)
        lib().finalize(m_stmt);
}

void SqlCipherStatement::bind(int index, qint64 value)
{
    if (m_stmt)
        lib().bind_int64(m_stmt, index, value);
}

void SqlCipherStatement::bind(int index, const QString &value)
{
    if (!m_stmt)
        return;
    const QByteArray utf8 = value.toUtf8();
    lib().bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

bool SqlCipherStatement::collectInt64(QVector<qint64> *out)
{
    if (!m_stmt)
        return false;
    int rc;
    while ((rc = lib().step(m_stmt)) == SQLITE_ROW)
        out->append(lib().column_int64(m_stmt, 0));
    return rc == SQLITE_DONE;
}

bool SqlCipherStatement::firstText(QByteArray *value)
{
    if (!m_stmt || lib().step(m_stmt) != SQLITE_ROW)
        return false;
    *value = QByteArray(reinterpret_cast<const char *>(lib().column_text(m_stmt, 0)), lib().column_bytes(m_stmt, 0));
    return true;
}

QString SqlCipherStatement::errorMessage() const
{
    return m_db ? QString::fromUtf8(lib().errmsg(m_db)) : QStringLiteral("database is closed");
}

} // namespace relais
