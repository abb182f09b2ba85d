#pragma once

#include <QByteArray>
#include <QSqlDriver>
#include <QSqlError>

struct sqlite3;

namespace relais {

/// A QSqlDriver over SQLCipher (see SqlCipherLibrary for why it is loaded with dlopen).
///
/// It fails closed: open() succeeds only if the library really is SQLCipher
/// (`PRAGMA cipher_version` answers), the key decrypts the file (a read is made: a wrong key only
/// shows at the first read) and the file on disk does not start with the plaintext SQLite header.
///
/// The key is the raw 32-byte database key given with setKey() before open(); it is wiped from
/// this object as soon as it has been handed to SQLCipher. For name-based use through
/// QSqlDatabase::addDatabase(QString), the password may carry the key as 64 hex digits instead.
class SqlCipherDriver : public QSqlDriver
{
    Q_OBJECT
public:
    static constexpr auto DriverName = "RELAIS_SQLCIPHER";
    /// Registers the driver under DriverName with QSqlDatabase (idempotent).
    static void registerDriver();

    explicit SqlCipherDriver(QObject *parent = nullptr);
    ~SqlCipherDriver() override;

    void setKey(const QByteArray &rawKey);
    /// SQLCipher's page size for this file, fixed when the file is created (1024 to 65536, a power of two).
    void setPageSize(int bytes) { m_pageSize = bytes; }
    /// Re-encrypts the open database under a new raw key.
    bool rekey(const QByteArray &newRawKey);

    bool hasFeature(DriverFeature f) const override;
    bool open(const QString &db, const QString &user, const QString &password, const QString &host,
              int port, const QString &connOpts) override;
    void close() override;
    QSqlResult *createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    QVariant handle() const override;

    sqlite3 *connection() const { return m_db; }
    /// The SQLCipher version the open database answered with.
    QString cipherVersion() const { return m_cipherVersion; }

private:
    bool execSimple(const char *sql, QSqlError::ErrorType type, const QString &what);
    bool failOpen(const QString &message, QSqlError::ErrorType type = QSqlError::ConnectionError);

    sqlite3 *m_db = nullptr;
    QByteArray m_key;
    int m_pageSize = 4096;
    QString m_cipherVersion;
};

} // namespace relais
