#pragma once

#include "ContactRepository.h"
#include "ProfileVault.h"
#include "Replica.h"
#include "SecretKey.h"

#include <QObject>

#include <memory>

namespace relais {

/// An open (unlocked) profile: its folder, its decrypted replica and the repositories over it.
/// lock() closes the database and wipes the key from memory; unlocking again needs the passphrase
/// (or the key from the OS keychain).
class ProfileSession : public QObject
{
    Q_OBJECT
public:
    explicit ProfileSession(QObject *parent = nullptr);
    ~ProfileSession() override;

    /// Creates a new profile in `dir` and opens it.
    bool create(const QString &dir, const QString &passphrase, QString *error);
    /// Opens an existing profile with its passphrase. A wrong passphrase changes nothing on disk.
    bool unlock(const QString &dir, const QString &passphrase, QString *error);
    /// Opens an existing profile with its database key (from the OS keychain).
    bool unlockWithKey(const QString &dir, const SecretKey &key, QString *error);
    /// Checks a passphrase against the open profile without reopening it (to leave the kiosk).
    bool verifyPassphrase(const QString &passphrase) const;
    void lock();

    bool isUnlocked() const { return m_replica && m_replica->isOpen(); }
    QString profileDir() const { return m_dir; }
    /// The key of the open profile, for "remember on this computer". Invalid when locked.
    const SecretKey &key() const { return m_key; }
    Replica *replica() const { return m_replica.get(); }
    ContactRepository *contacts() const { return m_contacts.get(); }

Q_SIGNALS:
    void unlocked();
    void locked();
    /// Emitted after any write to contacts through this session's views (for lists to refresh).
    void contactsChanged();

private:
    bool openWith(const QString &dir, SecretKey key, QString *error);

    QString m_dir;
    SecretKey m_key;
    std::unique_ptr<Replica> m_replica;
    std::unique_ptr<ContactRepository> m_contacts;
};

} // namespace relais
