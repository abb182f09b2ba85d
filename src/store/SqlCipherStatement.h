#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVector>

struct sqlite3;
struct sqlite3_stmt;

namespace relais {

/// A prepared statement straight on the SQLCipher connection behind a QSqlDatabase opened with
/// SqlCipherDriver. For the few hot loops that read hundreds of thousands of integers (the list
/// order, full-text matches), where QSqlQuery's per-row QVariant conversions would dominate.
class SqlCipherStatement
{
public:
    SqlCipherStatement(const QSqlDatabase &db, const char *sql);
    ~SqlCipherStatement();
    SqlCipherStatement(const SqlCipherStatement &) = delete;
    SqlCipherStatement &operator=(const SqlCipherStatement &) = delete;

    static sqlite3 *connection(const QSqlDatabase &db);

    bool isValid() const { return m_stmt != nullptr; }
    void bind(int index, qint64 value);
    void bind(int index, const QString &value);
    /// Steps through every row and collects the first column as integers. False on error.
    bool collectInt64(QVector<qint64> *out);
    /// One row: true and *value set if there is a row.
    bool firstText(QByteArray *value);
    QString errorMessage() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace relais
