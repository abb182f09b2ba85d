#include "Replica.h"

#include "Migrations.h"
#include "ProfileVault.h"
#include "SqlCipherDriver.h"

#include <QAtomicInt>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace relais {

namespace {
QAtomicInt connectionCounter;
}

Replica::Replica()
    : m_connection(QStringLiteral("relais-replica-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

Replica::~Replica() { close(); }

bool Replica::openProfile(const QString &profileDir, const SecretKey &key, QString *error)
{
    return open(ProfileVault::databasePath(profileDir), key, error);
}

bool Replica::open(const QString &path, const SecretKey &key, QString *error, int targetVersion)
{
    close();
    if (!key.isValid()) {
        *error = tr("No key to open the profile.");
        return false;
    }
    SqlCipherDriver::registerDriver();
    auto *driver = new SqlCipherDriver;
    QByteArray raw = key.toByteArray();
    driver->setKey(raw);
    SecretKey::wipe(raw);
    driver->setPageSize(ProfileVault::cipherPageSizeForDatabase(path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            *error = tr("The profile database cannot be opened: %1").arg(db.lastError().databaseText());
        } else if (!looksEncryptedOnDisk(path)) {
            *error = tr("The profile database is not encrypted; Relais refuses to use it.");
        } else if (!Migrations::migrate(db, error, targetVersion)) {
            // error set by migrate()
        } else {
            m_path = path;
            return true;
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
    return false;
}

void Replica::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_path.clear();
}

bool Replica::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

QSqlDatabase Replica::database() const { return QSqlDatabase::database(m_connection, false); }

int Replica::schemaVersion() const { return Migrations::currentVersion(database()); }

bool Replica::looksEncryptedOnDisk(const QString &path)
{
    for (const QString &p : QStringList{path, path + QStringLiteral("-wal")}) {
        QFile f(p);
        if (f.open(QIODevice::ReadOnly) && f.read(16).startsWith("SQLite format 3"))
            return false;
    }
    return true;
}

bool Replica::checkpoint()
{
    QSqlQuery q(database());
    return q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

} // namespace relais
