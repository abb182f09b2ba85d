#pragma once

#include <QByteArray>
#include <QString>

namespace relais::server {

/// Random tokens, token digests and password hashes (libsodium: Argon2id, CSPRNG, constant-time compare).
class Secrets
{
public:
    /// sodium_init(); false if libsodium cannot start. Safe to call many times, from any thread.
    static bool init();
    /// 32 random bytes, base64url without padding (43 characters).
    static QString newToken();
    /// Lowercase hex SHA-256 of the token's UTF-8 bytes: what the database stores.
    static QString tokenDigest(const QString &token);
    /// A random password of `length` letters and digits.
    static QString newPassword(int length = 20);
    /// Argon2id hash string (crypto_pwhash_str, interactive limits). Empty on failure (out of memory).
    /// At most two hashes run at once (64 MiB each).
    static QString hashPassword(const QString &password);
    static bool verifyPassword(const QString &hash, const QString &password);
    /// Burns the same time as a verification, for unknown user names.
    static void dummyVerify(const QString &password);
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
};

} // namespace relais::server
