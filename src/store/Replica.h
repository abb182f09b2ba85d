#pragma once

#include "SecretKey.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace relais {

/// The encrypted local replica of one profile: one SQLCipher connection, migrated to the latest
/// schema on open. Each Replica owns a distinct QSqlDatabase connection name.
class Replica
{
    Q_DECLARE_TR_FUNCTIONS(Replica)
public:
    Replica();
    ~Replica();
    Replica(const Replica &) = delete;
    Replica &operator=(const Replica &) = delete;

    /// Opens (creating if needed) the database at `path` with `key`, then migrates it to
    /// `targetVersion` (-1 = latest). Fails closed (see SqlCipherDriver) with a translated message.
    bool open(const QString &path, const SecretKey &key, QString *error, int targetVersion = -1);
    /// Opens the database of a profile folder (see ProfileVault).
    bool openProfile(const QString &profileDir, const SecretKey &key, QString *error);
    void close();
    bool isOpen() const;
    QSqlDatabase database() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    /// True if the main file and its WAL hold no plaintext SQLite header.
    static bool looksEncryptedOnDisk(const QString &path);
    /// Writes the WAL back into the main file (for backups and on-disk checks).
    bool checkpoint();

private:
    QString m_connection;
    QString m_path;
};

} // namespace relais
