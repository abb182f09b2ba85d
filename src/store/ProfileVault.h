#pragma once

#include "SecretKey.h"

#include <QCoreApplication>
#include <QString>

namespace relais {

/// The key file of a profile folder (`profile.json`): the random 256-bit database key, wrapped
/// (XChaCha20-Poly1305) under a key derived from the user's passphrase with Argon2id.
/// The passphrase is never stored; the database key never touches the disk in clear.
class ProfileVault
{
    Q_DECLARE_TR_FUNCTIONS(ProfileVault)
public:
    enum class Status { Ok, WrongPassphrase, Missing, Corrupt, AlreadyExists, WeakPassphrase, IoError };
    struct Result {
        Status status = Status::Ok;
        QString message; ///< translated, for the user
        bool ok() const { return status == Status::Ok; }
    };
    struct KdfParams {
        quint64 opsLimit;
        quint64 memLimit;
    };
    /// libsodium's "interactive" Argon2id cost (2 passes, 64 MiB): about 0.1 s here.
    static KdfParams defaultParams();

    static QString keyFilePath(const QString &profileDir);
    static QString databasePath(const QString &profileDir);
    static bool exists(const QString &profileDir);

    /// Creates the profile folder's key file with a new random database key, returned in `key`.
    static Result create(const QString &profileDir, const QString &passphrase, SecretKey *key,
                         KdfParams params = defaultParams());
    /// Unwraps the database key. A wrong passphrase changes nothing on disk.
    static Result unlock(const QString &profileDir, const QString &passphrase, SecretKey *key);
    /// Re-wraps the same database key under a new passphrase (atomic file replace).
    static Result changePassphrase(const QString &profileDir, const QString &oldPassphrase,
                                   const QString &newPassphrase);
    /// A stable identifier of the profile (for the OS keychain entry), read from the key file.
    static QString profileId(const QString &profileDir);
    /// The replica's SQLCipher page size: what the key file records, 4096 for profiles made before it was
    /// recorded, NewCipherPageSize for a database that is not in a profile folder.
    static int cipherPageSize(const QString &profileDir);
    static int cipherPageSizeForDatabase(const QString &databasePath);
    /// 16 KiB pages: a quarter of the per-page HMACs, IVs and B-tree cells of 4 KiB pages (a 1M-contact
    /// first sync spent 25 % less time committing and building indexes).
    static constexpr int NewCipherPageSize = 16384;
    static constexpr int LegacyCipherPageSize = 4096;

    /// 0 (very weak) to 4 (strong), and a translated hint.
    static int passphraseStrength(const QString &passphrase, QString *hint = nullptr);
    static constexpr int MinimumLength = 8;

private:
    static Result write(const QString &profileDir, const QString &passphrase, const SecretKey &key,
                        const QString &profileId, KdfParams params, int cipherPageSize);
};

} // namespace relais
