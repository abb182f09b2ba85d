#pragma once

#include "DbSettings.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <memory>
#include <stdexcept>

namespace relais::server {

class SqliteStatements;

/// A database failure. The message is safe for logs: SQLSTATE/driver code, the first line of the
/// database's message and the start of the statement, never bound values.
class DbError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// One database connection, owned by exactly one thread (Qt Sql connections must not cross threads).
/// Keeps one prepared statement per SQL text and reuses it.
class Db
{
public:
    explicit Db(DbSettings settings);
    ~Db();
    Db(const Db &) = delete;
    Db &operator=(const Db &) = delete;

    bool open(QString *error);
    void close();
    bool isOpen() const;
    const DbSettings &settings() const { return m_settings; }
    bool isPostgres() const { return m_settings.isPostgres(); }
    QSqlDatabase database() const;

    /// The cached prepared statement for `sql` (forward-only). Throws DbError if it does not prepare.
    QSqlQuery &prepared(const QString &sql);
    /// Prepares (cached), binds `args` positionally and executes. Throws DbError.
    /// A null QString binds as '' (text columns are NOT NULL); pass QVariant() for SQL NULL.
    QSqlQuery &exec(const QString &sql, const QVariantList &args = {});
    /// Runs a statement that returns no rows (INSERT, UPDATE, DELETE); returns the rows it changed. Throws DbError.
    /// On SQLite the values are bound with SQLite's C API (SqliteStatements), without Qt's cost per value: for
    /// statements of many values, such as multi-row INSERTs. Same binding rules as exec().
    int run(const QString &sql, const QVariantList &args = {});
    /// Runs a statement without caching it (DDL, PRAGMA). Throws DbError.
    void execDirect(const QString &sql);
    /// Rows per multi-row statement (values per statement stay far below SQLite's and PostgreSQL's limits).
    static constexpr int RowsPerStatement = 64;
    /// The rows of the next multi-row statement out of `remaining`: the largest power of two up to
    /// RowsPerStatement, so that few statement shapes are ever prepared (7 per kind of statement).
    static int chunk(qsizetype remaining);
    /// "?, ?, ?": `n` placeholders, for an IN list.
    static QString marks(int n);
    /// "(?, ?), (?, ?)": `rows` rows of `columns` placeholders, for a multi-row VALUES.
    static QString rowMarks(int rows, int columns);
    /// First column of the first row, or `fallback` when there is none.
    QVariant scalar(const QString &sql, const QVariantList &args = {}, const QVariant &fallback = {});

    /// Starts a transaction; `write` takes SQLite's write lock at once (BEGIN IMMEDIATE).
    void begin(bool write);
    void commit();
    void rollback() noexcept;
    bool inTransaction() const { return m_inTransaction; }
    /// Resets every statement that still holds a result (releases SQLite read snapshots).
    void resetStatements();
    /// True when the connection still answers (used after a failed job).
    bool ping();
    /// True (once) if a statement failed since the last call: the worker then checks the connection.
    bool takeFailure()
    {
        const bool f = m_failed;
        m_failed = false;
        return f;
    }

    /// A UTF-8 JSON text as a bound value: bytes as they are for SQLite (no round trip through UTF-16; read back
    /// with CAST(x AS BLOB) or toString()), a QString for PostgreSQL's TEXT.
    QVariant utf8(const QByteArray &text) const
    {
        return isPostgres() ? QVariant(QString::fromUtf8(text)) : QVariant(text);
    }

    static QString errorText(const QSqlError &e, const QString &sql);

private:
    DbSettings m_settings;
    QString m_connectionName;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    std::unique_ptr<SqliteStatements> m_sqlite; ///< SQLite only: run()'s statements
    bool m_inTransaction = false;
    bool m_failed = false;
};

/// Rolls back on scope exit unless commit() was called.
class Transaction
{
public:
    Transaction(Db &db, bool write) : m_db(db) { m_db.begin(write); }
    ~Transaction()
    {
        if (!m_done)
            m_db.rollback();
    }
    void commit()
    {
        m_db.commit();
        m_done = true;
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

private:
    Db &m_db;
    bool m_done = false;
};

} // namespace relais::server
