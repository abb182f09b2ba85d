#include "SqlCipherResult.h"

#include "SqlCipherDriver.h"
#include "SqlCipherLibrary.h"

#include <QSqlError>
#include <QSqlField>

#include <sqlcipher/sqlite3.h>

namespace relais {

namespace {
const SqlCipherLibrary &lib() { return SqlCipherLibrary::instance(); }

QMetaType typeForDecl(const char *decl, int sqliteType)
{
    const QByteArray d = QByteArray(decl ? decl : "").toUpper();
    if (d.contains("INT"))
        return QMetaType(QMetaType::LongLong);
    if (d.contains("REAL") || d.contains("FLOA") || d.contains("DOUB"))
        return QMetaType(QMetaType::Double);
    if (d.contains("BLOB"))
        return QMetaType(QMetaType::QByteArray);
    if (!d.isEmpty())
        return QMetaType(QMetaType::QString);
    switch (sqliteType) {
    case SQLITE_INTEGER: return QMetaType(QMetaType::LongLong);
    case SQLITE_FLOAT: return QMetaType(QMetaType::Double);
    case SQLITE_BLOB: return QMetaType(QMetaType::QByteArray);
    default: return QMetaType(QMetaType::QString);
    }
}
} // namespace

SqlCipherResult::SqlCipherResult(const SqlCipherDriver *driver)
    : QSqlResult(driver), m_driver(driver)
{
    setForwardOnly(true);
}

SqlCipherResult::~SqlCipherResult() { finalize(); }

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(static_cast<void *>(m_stmt));
}

void SqlCipherResult::finalize()
{
    if (m_stmt) {
        lib().finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_row.clear();
    m_record.clear();
    m_pendingFirstRow = false;
    m_done = false;
}

void SqlCipherResult::setSqliteError(const QString &what, QSqlError::ErrorType type)
{
    sqlite3 *db = m_driver->connection();
    const int code = db ? lib().extended_errcode(db) : -1;
    const QString msg = db ? QString::fromUtf8(lib().errmsg(db)) : QStringLiteral("database is closed");
    setLastError(QSqlError(what, msg, type, QString::number(code)));
}

bool SqlCipherResult::reset(const QString &query)
{
    if (!prepare(query))
        return false;
    return exec();
}

bool SqlCipherResult::prepare(const QString &query)
{
    finalize();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    if (!m_driver->isOpen() || !m_driver->connection()) {
        setLastError(QSqlError(QStringLiteral("Unable to prepare statement"),
                               QStringLiteral("database is not open"), QSqlError::ConnectionError));
        return false;
    }
    const QByteArray sql = query.toUtf8();
    const char *tail = nullptr;
    const int rc = lib().prepare_v2(m_driver->connection(), sql.constData(), int(sql.size()), &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        setSqliteError(QStringLiteral("Unable to prepare statement"), QSqlError::StatementError);
        finalize();
        return false;
    }
    if (tail && *tail && QByteArray(tail).trimmed().size() > 0) {
        setLastError(QSqlError(QStringLiteral("Unable to prepare statement"),
                               QStringLiteral("only one statement at a time is executed"),
                               QSqlError::StatementError));
        finalize();
        return false;
    }
    return true;
}

bool SqlCipherResult::exec()
{
    if (!m_stmt) {
        // The query was set without prepare() (QSqlQuery::exec(QString) path handled by reset()).
        if (!prepare(lastQuery()))
            return false;
    }
    const SqlCipherLibrary &l = lib();
    l.reset(m_stmt);
    l.clear_bindings(m_stmt);
    m_row.clear();
    m_pendingFirstRow = false;
    m_done = false;
    setAt(QSql::BeforeFirstRow);
    setActive(false);

    const QVariantList values = boundValues();
    const int paramCount = l.bind_parameter_count(m_stmt);
    if (paramCount != values.size()) {
        setLastError(QSqlError(QStringLiteral("Unable to bind parameters"),
                               QStringLiteral("parameter count mismatch: %1 expected, %2 bound")
                                   .arg(paramCount).arg(values.size()),
                               QSqlError::StatementError));
        return false;
    }
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        int rc = SQLITE_OK;
        if (v.isNull()) {
            rc = l.bind_null(m_stmt, i + 1);
        } else {
            switch (v.typeId()) {
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
            case QMetaType::Long:
            case QMetaType::ULong:
            case QMetaType::Short:
            case QMetaType::UShort:
                rc = l.bind_int64(m_stmt, i + 1, v.toLongLong());
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                rc = l.bind_double(m_stmt, i + 1, v.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray b = v.toByteArray();
                rc = l.bind_blob(m_stmt, i + 1, b.constData(), int(b.size()), SQLITE_TRANSIENT);
                break;
            }
            default: {
                const QByteArray t = v.toString().toUtf8();
                rc = l.bind_text(m_stmt, i + 1, t.constData(), int(t.size()), SQLITE_TRANSIENT);
                break;
            }
            }
        }
        if (rc != SQLITE_OK) {
            setSqliteError(QStringLiteral("Unable to bind parameters"), QSqlError::StatementError);
            return false;
        }
    }

    const int rc = l.step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_pendingFirstRow = true;
    } else if (rc == SQLITE_DONE) {
        m_done = true;
    } else {
        setSqliteError(QStringLiteral("Unable to execute statement"), QSqlError::StatementError);
        l.reset(m_stmt);
        return false;
    }
    const int cols = l.column_count(m_stmt);
    setSelect(cols > 0);
    m_record.clear();
    for (int c = 0; c < cols; ++c) {
        QSqlField f(QString::fromUtf8(l.column_name(m_stmt, c)),
                    typeForDecl(l.column_decltype(m_stmt, c),
                                m_pendingFirstRow ? l.column_type(m_stmt, c) : SQLITE_NULL));
        m_record.append(f);
    }
    sqlite3 *db = m_driver->connection();
    m_rowsAffected = isSelect() ? -1 : l.changes(db);
    m_lastInsertId = l.last_insert_rowid(db);
    if (m_pendingFirstRow) {
        // Keep the first row: fetchNext() hands it out.
    } else {
        l.reset(m_stmt); // release locks held by a finished statement
    }
    setActive(true);
    return true;
}

bool SqlCipherResult::stepRow()
{
    const SqlCipherLibrary &l = lib();
    if (m_done || !m_stmt)
        return false;
    if (!m_pendingFirstRow) {
        const int rc = l.step(m_stmt);
        if (rc == SQLITE_DONE) {
            m_done = true;
            l.reset(m_stmt);
            return false;
        }
        if (rc != SQLITE_ROW) {
            setSqliteError(QStringLiteral("Unable to fetch row"), QSqlError::StatementError);
            m_done = true;
            l.reset(m_stmt);
            return false;
        }
    }
    m_pendingFirstRow = false;
    const int cols = l.column_count(m_stmt);
    m_row.resize(cols);
    for (int c = 0; c < cols; ++c) {
        switch (l.column_type(m_stmt, c)) {
        case SQLITE_INTEGER:
            m_row[c] = QVariant(qint64(l.column_int64(m_stmt, c)));
            break;
        case SQLITE_FLOAT:
            m_row[c] = QVariant(l.column_double(m_stmt, c));
            break;
        case SQLITE_BLOB: {
            const auto *p = static_cast<const char *>(l.column_blob(m_stmt, c));
            m_row[c] = QVariant(QByteArray(p, l.column_bytes(m_stmt, c)));
            break;
        }
        case SQLITE_NULL:
            m_row[c] = QVariant(m_record.field(c).metaType());
            break;
        default: {
            const auto *p = reinterpret_cast<const char *>(l.column_text(m_stmt, c));
            m_row[c] = QVariant(QString::fromUtf8(p, l.column_bytes(m_stmt, c)));
            break;
        }
        }
    }
    return true;
}

bool SqlCipherResult::fetch(int index)
{
    if (index == at() + 1)
        return fetchNext();
    return false; // forward-only
}

bool SqlCipherResult::fetchNext()
{
    if (!isActive() || !isSelect())
        return false;
    if (!stepRow()) {
        setAt(QSql::AfterLastRow);
        return false;
    }
    setAt(at() < 0 ? 0 : at() + 1);
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    if (at() == QSql::BeforeFirstRow)
        return fetchNext();
    return false;
}

bool SqlCipherResult::fetchLast()
{
    if (!fetchNext())
        return false;
    QVariantList last = m_row;
    int pos = at();
    while (fetchNext()) {
        last = m_row;
        pos = at();
    }
    m_row = last;
    setAt(pos);
    return true;
}

QVariant SqlCipherResult::data(int field)
{
    if (field < 0 || field >= m_row.size())
        return {};
    return m_row.at(field);
}

bool SqlCipherResult::isNull(int field)
{
    return field < 0 || field >= m_row.size() || m_row.at(field).isNull();
}

int SqlCipherResult::size() { return -1; }

int SqlCipherResult::numRowsAffected() { return m_rowsAffected; }

QVariant SqlCipherResult::lastInsertId() const { return QVariant(m_lastInsertId); }

QSqlRecord SqlCipherResult::record() const { return isSelect() ? m_record : QSqlRecord(); }

void SqlCipherResult::detachFromResultSet()
{
    if (m_stmt)
        lib().reset(m_stmt);
    m_pendingFirstRow = false;
    m_done = true;
}

} // namespace relais
