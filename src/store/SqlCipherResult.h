#pragma once

#include <QSqlError>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariantList>

struct sqlite3_stmt;

namespace relais {

class SqlCipherDriver;

/// Forward-only result over one prepared SQLCipher statement.
class SqlCipherResult : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver *driver);
    ~SqlCipherResult() override;

    QVariant handle() const override;

protected:
    bool reset(const QString &query) override;
    bool prepare(const QString &query) override;
    bool exec() override;
    QVariant data(int field) override;
    bool isNull(int field) override;
    bool fetch(int index) override;
    bool fetchNext() override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QVariant lastInsertId() const override;
    QSqlRecord record() const override;
    void detachFromResultSet() override;

private:
    bool stepRow();
    void finalize();
    void setSqliteError(const QString &what, QSqlError::ErrorType type);

    const SqlCipherDriver *m_driver;
    sqlite3_stmt *m_stmt = nullptr;
    QVariantList m_row;
    QSqlRecord m_record;
    bool m_pendingFirstRow = false;
    bool m_done = false;
    int m_rowsAffected = -1;
    qint64 m_lastInsertId = 0;
};

} // namespace relais
