#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace relais {

/// A reusable prepared statement on the SQLCipher connection behind a QSqlDatabase opened with
/// SqlCipherDriver, for the sync hot paths (applying hundreds of thousands of pulled ops), where
/// QSqlQuery's per-value QVariant round trips dominate. Bind, step, read, reset: the C API, typed.
class SyncStatement
{
public:
    /// Constraint: a unique or primary key already holds the value (other constraint failures are Error).
    enum class Step { Row, Done, Constraint, Error };

    SyncStatement() = default;
    SyncStatement(const QSqlDatabase &db, const char *sql);
    ~SyncStatement();
    SyncStatement(const SyncStatement &) = delete;
    SyncStatement &operator=(const SyncStatement &) = delete;

    /// (Re)prepares; false with errorMessage() set if the SQL does not compile.
    bool prepare(const QSqlDatabase &db, const char *sql);
    void finalize();
    bool isValid() const { return m_stmt != nullptr; }

    void bindNull(int index);
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    /// UTF-8 text, copied by SQLite.
    void bind(int index, const QByteArray &utf8);
    void bind(int index, const QString &value);
    /// Null, integer or text by the variant's type (a null variant binds NULL).
    void bind(int index, const QVariant &value);
    /// Text that stays valid until the statement is reset: not copied.
    void bindStatic(int index, const QByteArray &utf8);

    Step step();
    /// Steps once expecting no row; resets the statement. True on success.
    bool exec();
    /// Steps once; true if there is a row (read it before reset()).
    bool next() { return step() == Step::Row; }
    void reset(); ///< resets and clears the bindings

    bool isNull(int column) const;
    qint64 int64(int column) const;
    QByteArray utf8(int column) const;
    QString text(int column) const;

    QString errorMessage() const;
    static qint64 lastInsertRowId(const QSqlDatabase &db);
    static int changes(const QSqlDatabase &db);
    /// Runs one or more statements without results.
    static bool execute(const QSqlDatabase &db, const char *sql, QString *error);

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_prepareError;
};

} // namespace relais
