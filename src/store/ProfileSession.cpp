#include "ProfileSession.h"

#include <QDir>
#include <QFileInfo>

namespace relais {

ProfileSession::ProfileSession(QObject *parent) : QObject(parent) {}

ProfileSession::~ProfileSession() { lock(); }

bool ProfileSession::create(const QString &dir, const QString &passphrase, QString *error)
{
    SecretKey key;
    const auto r = ProfileVault::create(dir, passphrase, &key);
    if (!r.ok()) {
        *error = r.message;
        return false;
    }
    return openWith(dir, std::move(key), error);
}

bool ProfileSession::unlock(const QString &dir, const QString &passphrase, QString *error)
{
    SecretKey key;
    const auto r = ProfileVault::unlock(dir, passphrase, &key);
    if (!r.ok()) {
        *error = r.message;
        return false;
    }
    return openWith(dir, std::move(key), error);
}

bool ProfileSession::unlockWithKey(const QString &dir, const SecretKey &key, QString *error)
{
    return openWith(dir, key, error);
}

bool ProfileSession::verifyPassphrase(const QString &passphrase) const
{
    if (m_dir.isEmpty())
        return false;
    return ProfileVault::unlock(m_dir, passphrase, nullptr).ok();
}

bool ProfileSession::openWith(const QString &dir, SecretKey key, QString *error)
{
    lock();
    auto replica = std::make_unique<Replica>();
    if (!replica->openProfile(dir, key, error))
        return false;
    m_dir = QFileInfo(dir).absoluteFilePath();
    m_key = std::move(key);
    m_replica = std::move(replica);
    m_contacts = std::make_unique<ContactRepository>(m_replica->database(), qEnvironmentVariable("USER"));
    Q_EMIT unlocked();
    return true;
}

void ProfileSession::lock()
{
    const bool wasOpen = m_replica != nullptr;
    m_contacts.reset();
    m_replica.reset();
    m_key.clear();
    if (wasOpen)
        Q_EMIT locked();
}

} // namespace relais
