#pragma once

#include <QHash>
#include <QString>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

namespace relais::server {

/// Statements run with SQLite's C API on the handle of a Qt SQLite connection, for writes of many values (the
/// multi-row INSERTs of a batch of claims): Qt binds each value through a QVariant, a placeholder name made for it
/// and a hash lookup (about half a microsecond a value, most of such a statement's time); here a value is one
/// sqlite3_bind_* call, and a text is bound as UTF-8, as SQLite stores it. Same thread and transaction as the Qt
/// connection (it is the same connection). Statements are prepared once per SQL text and kept.
class SqliteStatements
{
public:
    explicit SqliteStatements(sqlite3 *handle) : m_handle(handle) {}
    ~SqliteStatements();
    SqliteStatements(const SqliteStatements &) = delete;
    SqliteStatements &operator=(const SqliteStatements &) = delete;

    /// Runs a statement that returns no rows; returns the rows it changed. Throws DbError (no bound value in the
    /// message). A null QString binds as '' and an invalid QVariant as NULL, as Db::exec does.
    int run(const QString &sql, const QVariantList &args);
    /// Finalizes every statement (before the connection closes).
    void clear();

private:
    sqlite3_stmt *prepared(const QString &sql);

    sqlite3 *m_handle;
    QHash<QString, sqlite3_stmt *> m_statements;
};

} // namespace relais::server
