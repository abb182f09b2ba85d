#pragma once

#include "SecretKey.h"

#include <QCoreApplication>
#include <QString>

namespace relais {

/// "Remember on this computer": keeps a profile's database key in the OS keychain
/// (Secret Service / GNOME Keyring or KWallet on Linux, Keychain on macOS, Credential Store on Windows),
/// through QtKeychain. Synchronous wrappers over QtKeychain's asynchronous jobs: each call runs a local
/// event loop (user input excluded) until the job finishes or a timeout expires.
///
/// There is never a fallback to a plaintext file: when no keychain is available, probe() says so and
/// store() fails, and the UI shows that state explicitly.
///
/// Entries: service "Relais", key "profile-<profileId>", binary data (the 32 key bytes).
/// Needs a QCoreApplication.
class KeychainStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainStore)
public:
    struct Availability {
        enum State { Available, Unavailable };
        State state = Unavailable;
        QString reason; ///< translated, for the user; empty when available
        QString detail; ///< the keychain's own error text (not translated), for logs and tooltips
        bool isAvailable() const { return state == Available; }
    };

    static constexpr int DefaultTimeoutMs = 30000; ///< long enough to answer an "unlock the keyring" prompt
    static constexpr int ProbeTimeoutMs = 5000;

    /// Whether a keychain answers on this computer (reads an entry that does not exist).
    /// QtKeychain 0.13 reports a missing Secret Service as OtherError, not NoBackendAvailable: every error
    /// other than "entry not found" means unavailable.
    static Availability probe(int timeoutMs = ProbeTimeoutMs);
    /// Stores (or replaces) the key of a profile.
    static bool store(const QString &profileId, const SecretKey &key, QString *error,
                      int timeoutMs = DefaultTimeoutMs);
    /// The remembered key, or an invalid key. When there is simply no entry, *error is left empty;
    /// it is set when the keychain failed or the entry is damaged.
    static SecretKey load(const QString &profileId, QString *error, int timeoutMs = DefaultTimeoutMs);
    /// Forgets the key of a profile. Succeeds when there was nothing to forget.
    static bool remove(const QString &profileId, QString *error, int timeoutMs = DefaultTimeoutMs);

    static QString serviceName();
    static QString entryKey(const QString &profileId);
};

} // namespace relais
